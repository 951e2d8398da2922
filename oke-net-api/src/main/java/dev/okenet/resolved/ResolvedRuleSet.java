package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.key.RuleSetKey;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * An NSG or a security list with its rules.
 *
 * <pre>{@code
 * ResolvedRuleSet workers = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow();
 * workers.ingress().size();
 * }</pre>
 *
 * @param key the logical key, e.g. {@code nsg:workers}, {@code security-list:pods}, {@code nsg:custom:bastion}
 * @param name the display name
 * @param kind NSG or security list
 * @param role the role it protects, if it belongs to one
 * @param rules the rules, de-duplicated, in a stable order
 */
public record ResolvedRuleSet(RuleSetKey key, String name, Kind kind, Optional<SubnetRole> role, List<ResolvedSecurityRule> rules) {
  /** NSG or security list. */
  public enum Kind {
    /** A network security group, attached to VNICs and load balancers. */
    NSG,
    /** A security list, attached to subnets. */
    SECURITY_LIST
  }

  /** Copies the list so the record stays immutable. */
  public ResolvedRuleSet {
    Require.components(ResolvedRuleSet.class, key, name, kind, role, rules);
    rules = List.copyOf(rules);
  }

  /** The ingress rules. */
  public List<ResolvedSecurityRule> ingress() {
    return rules.stream().filter(r -> r.direction() == Direction.INGRESS).toList();
  }

  /** The egress rules. */
  public List<ResolvedSecurityRule> egress() {
    return rules.stream().filter(r -> r.direction() == Direction.EGRESS).toList();
  }
}
