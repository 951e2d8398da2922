package dev.okenet.key;

import dev.okenet.internal.Require;

/**
 * The key of a security list a subnet declares by name ({@code SecurityList.named("monitoring")}):
 * {@code security-list:<subnet>:<name>}.
 *
 * <pre>{@code
 * ResourceKey.securityList(ResourceKey.extraSubnet("db"), "monitoring").toString();
 * // "security-list:extra:db:monitoring"
 * }</pre>
 *
 * @param subnet the subnet that declares it
 * @param name the list's name
 */
public record NamedSecurityListKey(SubnetKey subnet, String name) implements RuleSetKey {
  /** Refuses a missing subnet and a name that cannot be part of a key. */
  public NamedSecurityListKey {
    Require.notNull(subnet, "NamedSecurityListKey subnet", "Give the subnet's key, e.g. ResourceKey.extraSubnet(\"db\").");
    KeyNames.name(name, "NamedSecurityListKey name", "\"monitoring\"");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
