package dev.okenet.check.internal;

import dev.okenet.check.PlacedSubnet;
import dev.okenet.vcn.SubnetRole;

/**
 * Translates between the resolved network's logical keys and the intent paths findings use, so
 * that a finding about a generated NSG or route table names what the user wrote. Not for users.
 */
final class ResolvedKeys {
  private ResolvedKeys() {}

  /** The resolved subnet key of a placed subnet: "subnet:workers", "subnet:extra:bastion". */
  static String subnet(PlacedSubnet s) {
    return s.role() == SubnetRole.CUSTOM ? "subnet:extra:" + s.name() : "subnet:" + s.role().key();
  }

  /** The intent path of a rule set key: "nsg:workers" → "workers", "nsg:custom:x" → "nsgs[x]", lists likewise. */
  static String ruleSetPath(String key) {
    if (key.startsWith("nsg:custom:")) {
      return Paths.nsg(key.substring("nsg:custom:".length()));
    }
    String rest = key.startsWith("nsg:") ? key.substring(4) : key.startsWith("security-list:") ? key.substring(14) : key;
    String subnetPart = rest;
    String list = null;
    if (rest.startsWith("extra:")) {
      String[] parts = rest.split(":", 3);
      subnetPart = parts.length > 1 ? "extra:" + parts[1] : rest;
      list = parts.length > 2 ? parts[2] : null;
    } else if (rest.contains(":")) {
      subnetPart = rest.substring(0, rest.indexOf(':'));
      list = rest.substring(rest.indexOf(':') + 1);
    }
    String path = subnetPath(subnetPart);
    return list == null ? path : path + ".securityLists[" + list + "]";
  }

  private static String subnetPath(String suffix) {
    if (suffix.startsWith("extra:")) {
      return Paths.subnet(SubnetRole.CUSTOM, suffix.substring(6));
    }
    for (SubnetRole role : SubnetRole.values()) {
      if (role != SubnetRole.CUSTOM && role.key().equals(suffix)) {
        return Paths.subnet(role, suffix);
      }
    }
    return suffix;
  }
}
