package dev.okenet.internal.resolve;

import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;

/**
 * A subnet of the intent with its role, logical key and display name, in carving order.
 *
 * @param key "subnet:&lt;role key&gt;" or "subnet:extra:&lt;name&gt;"
 * @param role the role
 * @param label the short name used in keys and display names ("workers", "bastion")
 * @param subnet the intent
 */
public record SubnetSlot(String key, SubnetRole role, String label, Subnet subnet) {

  /** The prefix length carved when a subnet of this role gives neither CIDR nor prefix. */
  public static int defaultPrefixLength(SubnetRole role) {
    return role.defaultPrefixLength();
  }

  /** The prefix length this subnet will have. */
  public int prefixLength() {
    return subnet.cidr().map(c -> c.prefixLength())
        .orElseGet(() -> subnet.prefixLength().orElse(defaultPrefixLength(role)));
  }

  /** The suffix of route table and rule set keys for this subnet: "workers" or "extra:bastion". */
  public String keySuffix() {
    return role == SubnetRole.CUSTOM ? "extra:" + label : label;
  }
}
