package dev.okenet.key;

/**
 * The key of the service gateway: {@code sgw}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.serviceGateway().toString();   // "sgw"
 * }</pre>
 */
public record ServiceGatewayKey() implements GatewayKey {
  static final ServiceGatewayKey INSTANCE = new ServiceGatewayKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
