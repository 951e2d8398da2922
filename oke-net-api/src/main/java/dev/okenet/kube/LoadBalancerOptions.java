package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a LoadBalancer Service is exposed on OCI: LB or NLB, public or internal, shape, TLS,
 * source ranges, traffic policy and rule management. Each maps to a CCM annotation.
 *
 * <pre>{@code
 * Service.loadBalancer("ops", "grafana").addPort(3000, 3000).withInternal().withFlexibleShape(10, 100)
 *     .loadBalancer().get().maxMbps();   // Optional[100]
 * }</pre>
 */
@Value.Immutable
public abstract class LoadBalancerOptions {
  /** The OCI fixed shape that new tenancies have little quota for. */
  public static final String FIXED_100MBPS = "100Mbps";
  /** The flexible shape. */
  public static final String FLEXIBLE = "flexible";

  /** LB or NLB. */
  @Value.Default
  public LoadBalancerKind kind() {
    return LoadBalancerKind.LOAD_BALANCER;
  }

  /** Whether the load balancer is private (internal); immutable once created. */
  @Value.Default
  public boolean isInternal() {
    return false;
  }

  /** LB shape: "flexible" or a fixed shape such as "100Mbps" (CCM default). NLBs have none. */
  @Value.Default
  public String shape() {
    return FIXED_100MBPS;
  }

  /** Flexible shape minimum bandwidth. */
  public abstract Optional<Integer> minMbps();

  /** Flexible shape maximum bandwidth. */
  public abstract Optional<Integer> maxMbps();

  /** Listener ports that terminate TLS (LB only). */
  public abstract List<Integer> tlsPorts();

  /** The TLS secret for {@link #tlsPorts()}. */
  public abstract Optional<String> tlsSecret();

  /** Client CIDRs allowed (loadBalancerSourceRanges); empty means 0.0.0.0/0. */
  public abstract List<Cidr> sourceRanges();

  /** Cluster or Local. */
  @Value.Default
  public ExternalTrafficPolicy externalTrafficPolicy() {
    return ExternalTrafficPolicy.CLUSTER;
  }

  /** Who writes the load balancer's security rules; CCM's default is SL-All for LBs, None for NLBs. */
  public abstract Optional<SecurityRuleManagement> securityRuleManagement();

  /** Custom NSGs (by name) attached to the load balancer, beside the generated one. */
  public abstract List<String> nsgNames();

  /** Backend protocol (LB only): "TCP" or "HTTP". */
  public abstract Optional<String> backendProtocol();

  /** The health-check node port for externalTrafficPolicy Local (Kubernetes picks one when empty). */
  public abstract Optional<Integer> healthCheckNodePort();

  /** NLB backend policy: FIVE_TUPLE (default), THREE_TUPLE or TWO_TUPLE. */
  @Value.Default
  public String backendPolicy() {
    return "FIVE_TUPLE";
  }

  /** Rule management in effect: the explicit choice, else the CCM's default for the kind. */
  public SecurityRuleManagement effectiveSecurityRuleManagement() {
    return securityRuleManagement().orElse(
        kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? SecurityRuleManagement.NONE : SecurityRuleManagement.SL_ALL);
  }

  /** Whether the client's address reaches the nodes (NLB with externalTrafficPolicy Local). */
  public boolean preservesSource() {
    return kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER && externalTrafficPolicy() == ExternalTrafficPolicy.LOCAL;
  }

  /** The client CIDRs in effect: the source ranges, or 0.0.0.0/0. */
  public List<Cidr> effectiveSourceRanges() {
    return sourceRanges().isEmpty() ? List.of(Cidr.ANY_IPV4) : sourceRanges();
  }

  /** The defaults of a public OCI LB. */
  public static LoadBalancerOptions defaults() {
    return ImmutableLoadBalancerOptions.builder().build();
  }

  static ImmutableLoadBalancerOptions.Builder copy(LoadBalancerOptions o) {
    return ImmutableLoadBalancerOptions.builder().from(o);
  }

  /** The invariants of each option, whichever way it was set; the Service's methods say the fix first. */
  @Value.Check
  void check() {
    for (int p : tlsPorts()) {
      Require.between(p, 1, 65535, "Load balancer TLS port");
    }
    tlsSecret().ifPresent(s -> Require.secretName(s, "Load balancer TLS secret"));
    for (Cidr c : sourceRanges()) {
      CidrArguments.ipv4(c, "Load balancer source range");
    }
    backendProtocol().ifPresent(p -> {
      if (!java.util.Set.of("TCP", "HTTP", "GRPC").contains(p)) {
        throw new IllegalArgumentException("Load balancer backend protocol '" + p + "' is not one the CCM takes. Give TCP, HTTP or GRPC.");
      }
    });
    if (!java.util.Set.of("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE").contains(backendPolicy())) {
      throw new IllegalArgumentException("NLB backend policy '" + backendPolicy() + "' is not one of FIVE_TUPLE, THREE_TUPLE, TWO_TUPLE. Give one of them.");
    }
  }
}
