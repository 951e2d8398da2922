package dev.okenet.key;

/**
 * The key of a local peering gateway, by the name of its {@code LocalPeering}: {@code lpg:<name>}.
 *
 * <pre>{@code
 * ResourceKey.localPeeringGateway("shared").toString();   // "lpg:shared"
 * }</pre>
 *
 * @param name its name in the model
 */
public record LocalPeeringGatewayKey(String name) implements GatewayKey {
  /** Refuses a name that cannot be part of a key. */
  public LocalPeeringGatewayKey {
    KeyNames.name(name, "LocalPeeringGatewayKey name", "\"shared\"");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
