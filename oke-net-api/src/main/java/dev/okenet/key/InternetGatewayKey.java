package dev.okenet.key;

/**
 * The key of the internet gateway: {@code igw}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.internetGateway().toString();   // "igw"
 * }</pre>
 */
public record InternetGatewayKey() implements GatewayKey {
  static final InternetGatewayKey INSTANCE = new InternetGatewayKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
