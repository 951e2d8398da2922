package dev.okenet.key;

/**
 * The key of the NAT gateway: {@code nat}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.natGateway().toString();   // "nat"
 * }</pre>
 */
public record NatGatewayKey() implements GatewayKey {
  static final NatGatewayKey INSTANCE = new NatGatewayKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
