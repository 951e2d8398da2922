package dev.okenet.resolved;

import dev.okenet.key.RuleSetKey;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * An NSG or a security list with its rules. Built by {@code OkeNetwork.resolve()}; equal when
 * every component is.
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * ResolvedRuleSet workers = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow();
 * workers.kind();               // NSG
 * workers.ingress().size();     // OKE's worker ingress rules, each citing its source
 * }</pre>
 */
public final class ResolvedRuleSet {
  /** NSG or security list. */
  public enum Kind {
    /** A network security group, attached to VNICs and load balancers. */
    NSG,
    /** A security list, attached to subnets. */
    SECURITY_LIST
  }

  private final RuleSetKey key;
  private final String name;
  private final Kind kind;
  private final Optional<SubnetRole> role;
  private final List<ResolvedSecurityRule> rules;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedRuleSet(RuleSetKey key, String name, Kind kind, Optional<SubnetRole> role, List<ResolvedSecurityRule> rules) {
    this.key = Components.value(key, "ResolvedRuleSet", "key");
    this.name = Components.value(name, "ResolvedRuleSet", "name");
    this.kind = Components.value(kind, "ResolvedRuleSet", "kind");
    this.role = Components.optional(role, "ResolvedRuleSet", "role");
    this.rules = Components.list(rules, "ResolvedRuleSet", "rules");
  }

  /** The logical key, e.g. {@code nsg:workers}, {@code security-list:pods}, {@code nsg:custom:bastion}. */
  public RuleSetKey key() {
    return key;
  }

  /** The display name, e.g. "prod-nsg-workers". */
  public String name() {
    return name;
  }

  /** NSG or security list. */
  public Kind kind() {
    return kind;
  }

  /** The role it protects, if it belongs to one. */
  public Optional<SubnetRole> role() {
    return role;
  }

  /** The rules, de-duplicated, in a stable order. */
  public List<ResolvedSecurityRule> rules() {
    return rules;
  }

  /** The ingress rules. */
  public List<ResolvedSecurityRule> ingress() {
    return rules.stream().filter(r -> r.direction() == Direction.INGRESS).toList();
  }

  /** The egress rules. */
  public List<ResolvedSecurityRule> egress() {
    return rules.stream().filter(r -> r.direction() == Direction.EGRESS).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedRuleSet s && key.equals(s.key) && name.equals(s.name) && kind == s.kind
        && role.equals(s.role) && rules.equals(s.rules);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + kind.hashCode();
    h = 31 * h + role.hashCode();
    return 31 * h + rules.hashCode();
  }

  /** {@code ResolvedRuleSet[key=nsg:workers, name=prod-nsg-workers, kind=NSG, role=..., rules=[...]]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedRuleSet[key=" + key + ", name=" + name + ", kind=" + kind + ", role=" + role + ", rules=" + rules + "]";
  }
}
