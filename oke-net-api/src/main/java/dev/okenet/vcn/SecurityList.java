package dev.okenet.vcn;

import dev.okenet.internal.AppendOnlyList;
import dev.okenet.internal.Require;
import java.util.List;
import java.util.Objects;

/**
 * A custom security list attached to a subnet, beside the rules oke-net generates. OCI allows up
 * to 5 security lists per subnet and 200 ingress plus 200 egress rules per list. An immutable
 * value: adding one rule costs the same however many there are.
 *
 * <pre>{@code
 * SecurityList monitoring = SecurityList.named("monitoring")
 *     .addRule(SecurityRule.ingress(Peer.ipv4("10.20.0.0/16"), Port.tcp(9100)));
 * Subnet.privateSubnet(24).addSecurityList(monitoring);
 * }</pre>
 */
public final class SecurityList {
  private final String name;
  private final AppendOnlyList<SecurityRule> rules;

  private SecurityList(String name, AppendOnlyList<SecurityRule> rules) {
    this.name = Require.keyName(name, "SecurityList name", "SecurityList.named(\"monitoring\")");
    this.rules = rules;
  }

  /** The name, unique within the subnet. */
  public String name() {
    return name;
  }

  /** The rules, in declaration order. */
  public List<SecurityRule> rules() {
    return rules;
  }

  /** A security list with no rules yet. */
  public static SecurityList named(String name) {
    return new SecurityList(name, AppendOnlyList.empty());
  }

  /** A copy with one more rule. */
  public SecurityList addRule(SecurityRule rule) {
    Require.notNull(rule, "SecurityList '" + name + "' addRule(rule): rule",
        "Give a rule, e.g. SecurityRule.ingress(Peer.ipv4(\"10.20.0.0/16\"), Port.tcp(9100)).");
    return new SecurityList(name, rules.with(rule));
  }

  /** A copy with these rules added, in order: one copy, however many there are. */
  public SecurityList addAllRules(Iterable<SecurityRule> rules) {
    return new SecurityList(name, this.rules.withAll(SecurityRules.listOf(rules, "SecurityList '" + name + "' addAllRules(rules)")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecurityList && ((SecurityList) o).name.equals(name) && ((SecurityList) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rules);
  }

  /** E.g. "SecurityList{name=monitoring, rules=[ingress from 10.20.0.0/16 TCP 9100]}". */
  @Override
  public String toString() {
    return "SecurityList{name=" + name + ", rules=" + rules + "}";
  }
}
