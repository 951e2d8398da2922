package dev.okenet.internal.resolve;

import dev.okenet.key.NamedSecurityListKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RouteTableKey;
import dev.okenet.key.SecurityListKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;

/**
 * A subnet of the intent with its role, logical key and display name, in carving order.
 *
 * @param key {@code subnet:<role key>} or {@code subnet:extra:<name>}
 * @param role the role
 * @param label the short name used in keys and display names ("workers", "bastion")
 * @param subnet the intent
 */
public record SubnetSlot(SubnetKey key, SubnetRole role, String label, Subnet subnet) {

  /** The prefix length carved when a subnet of this role gives neither CIDR nor prefix. */
  public static int defaultPrefixLength(SubnetRole role) {
    return role.defaultPrefixLength();
  }

  /** The prefix length this subnet will have. */
  public int prefixLength() {
    return subnet.cidr().map(c -> c.prefixLength())
        .orElseGet(() -> subnet.prefixLength().orElse(defaultPrefixLength(role)));
  }

  /** The part of this subnet's route table and security list names after the network's: "workers" or "extra-bastion". */
  public String nameSuffix() {
    return key.suffix().replace(':', '-');
  }

  /** The key of this subnet's route table. */
  public RouteTableKey routeTableKey() {
    return ResourceKey.routeTable(key);
  }

  /** The key of this subnet's own security list (a role's in security-list mode, an extra subnet's with rules). */
  public SecurityListKey securityListKey() {
    return ResourceKey.securityList(key);
  }

  /** The key of a security list this subnet declares by name. */
  public NamedSecurityListKey securityListKey(SecurityList list) {
    return ResourceKey.securityList(key, list.name());
  }
}
