package dev.okenet.key;

/**
 * The key of an extra subnet (the model's {@code extraSubnets}), by its name:
 * {@code subnet:extra:<name>}.
 *
 * <pre>{@code
 * ResourceKey.extraSubnet("bastion").toString();   // "subnet:extra:bastion"
 * }</pre>
 *
 * @param name the subnet's name
 */
public record ExtraSubnetKey(String name) implements SubnetKey {
  /** Refuses a name that cannot be part of a key. */
  public ExtraSubnetKey {
    KeyNames.name(name, "ExtraSubnetKey name", "\"bastion\"");
  }

  @Override
  public String suffix() {
    return "extra:" + name;
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
