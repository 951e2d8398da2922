package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * A custom security list attached to a subnet, beside the rules oke-net generates. OCI allows up
 * to 5 security lists per subnet and 200 ingress plus 200 egress rules per list.
 *
 * <pre>{@code
 * SecurityList monitoring = SecurityList.named("monitoring")
 *     .withRule(SecurityRule.ingress(Peer.ipv4("10.20.0.0/16"), Port.tcp(9100)));
 * Subnet.privateSubnet().prefixLength(24).addSecurityList(monitoring);
 * }</pre>
 */
@Value.Immutable
public abstract class SecurityList {
  /** The name, unique within the subnet. */
  public abstract String name();

  /** The rules, in declaration order. */
  public abstract List<SecurityRule> rules();

  /** A security list with no rules yet. */
  public static SecurityList named(String name) {
    return ImmutableSecurityList.builder().name(name).build();
  }

  /** A copy with one more rule. */
  public SecurityList withRule(SecurityRule rule) {
    return ImmutableSecurityList.builder().from(this).addRule(rule).build();
  }

  /** A copy with more rules. */
  public SecurityList withAllRules(Iterable<SecurityRule> rules) {
    Require.notNull(rules, "SecurityList.withAllRules(rules): rules", "Give the rules, or List.of() for none.");
    return ImmutableSecurityList.builder().from(this).addAllRules(rules).build();
  }

  @Value.Check
  void check() {
    Require.keyName(name(), "SecurityList name", "SecurityList.named(\"monitoring\")");
  }
}
