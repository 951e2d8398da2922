package dev.okenet.check.internal;

import dev.okenet.check.PlacedSubnet;
import dev.okenet.key.CustomNsgKey;
import dev.okenet.key.ExtraSubnetKey;
import dev.okenet.key.NamedSecurityListKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RoleNsgKey;
import dev.okenet.key.RoleSubnetKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SecurityListKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.SubnetRole;

/**
 * Translates between the resolved network's logical keys and the intent paths findings use, so
 * that a finding about a generated NSG or route table names what the user wrote. Not for users.
 */
final class ResolvedKeys {
  private ResolvedKeys() {}

  /** The resolved subnet key of a placed subnet: subnet:workers, subnet:extra:bastion. */
  static SubnetKey subnet(PlacedSubnet s) {
    return s.role() == SubnetRole.CUSTOM ? ResourceKey.extraSubnet(s.name()) : ResourceKey.subnet(s.role());
  }

  /**
   * The intent path of a rule set: nsg:workers → "workers", nsg:custom:x → "nsgs[x]",
   * security-list:extra:db:m → "extraSubnets[db].securityLists[m]"; the default security list,
   * which no intent declares, by its key.
   */
  static String ruleSetPath(RuleSetKey key) {
    if (key instanceof CustomNsgKey) {
      return Paths.nsg(((CustomNsgKey) key).name());
    } else if (key instanceof RoleNsgKey) {
      SubnetRole role = ((RoleNsgKey) key).role();
      return Paths.subnet(role, role.key());
    } else if (key instanceof SecurityListKey) {
      return subnetPath(((SecurityListKey) key).subnet());
    } else if (key instanceof NamedSecurityListKey) {
      NamedSecurityListKey list = (NamedSecurityListKey) key;
      return subnetPath(list.subnet()) + ".securityLists[" + list.name() + "]";
    }
    return key.toString();
  }

  private static String subnetPath(SubnetKey subnet) {
    if (subnet instanceof ExtraSubnetKey) {
      return Paths.subnet(SubnetRole.CUSTOM, ((ExtraSubnetKey) subnet).name());
    }
    SubnetRole role = ((RoleSubnetKey) subnet).role();
    return Paths.subnet(role, role.key());
  }
}
