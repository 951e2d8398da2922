package dev.okenet.key;

import dev.okenet.internal.Require;

/**
 * The key of a subnet's route table (every subnet has its own): {@code route-table:<subnet>}.
 *
 * <pre>{@code
 * ResourceKey.routeTable(ResourceKey.extraSubnet("bastion")).toString();   // "route-table:extra:bastion"
 * }</pre>
 *
 * @param subnet the subnet the table serves
 */
public record RouteTableKey(SubnetKey subnet) implements ResourceKey {
  /** Refuses a missing subnet. */
  public RouteTableKey {
    Require.notNull(subnet, "RouteTableKey subnet", "Give the subnet's key, e.g. ResourceKey.subnet(SubnetRole.WORKERS).");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
