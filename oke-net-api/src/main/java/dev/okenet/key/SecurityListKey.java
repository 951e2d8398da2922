package dev.okenet.key;

import dev.okenet.internal.Require;

/**
 * The key of a subnet's own security list: a role's in security-list mode, or an extra subnet's
 * that declares rules. {@code security-list:<subnet>}.
 *
 * <pre>{@code
 * ResourceKey.securityList(ResourceKey.subnet(SubnetRole.WORKERS)).toString();   // "security-list:workers"
 * }</pre>
 *
 * @param subnet the subnet it protects
 */
public record SecurityListKey(SubnetKey subnet) implements RuleSetKey {
  /** Refuses a missing subnet. */
  public SecurityListKey {
    Require.notNull(subnet, "SecurityListKey subnet", "Give the subnet's key, e.g. ResourceKey.extraSubnet(\"bastion\").");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
