package dev.okenet.kube;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A Kubernetes Service as the network sees it: type, ports, the pods it selects and, for
 * LoadBalancer services, how OCI exposes it. An immutable value: {@code with*} methods return a
 * copy with one setting changed, {@code add*} methods a copy with more of something (ports,
 * source ranges, NSGs).
 *
 * <pre>{@code
 * Service web = Service.loadBalancer("shop", "web").addPort(443, 8443)
 *     .withNetworkLoadBalancer().withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL);
 * Service grafana = Service.loadBalancer("ops", "grafana").addPort(3000).withInternal().withFlexibleShape(10, 100);
 * Service api = Service.clusterIp("shop", "api").addPort(8080);
 * }</pre>
 */
@Value.Immutable
public abstract class Service {
  /** The namespace. */
  public abstract String namespace();

  /** The name. */
  public abstract String name();

  /** The type. */
  public abstract ServiceType type();

  /** The ports. */
  public abstract List<ServicePort> ports();

  /** The pods it selects; defaults to {@code app=<name>}. */
  @Value.Default
  public Selector selector() {
    return Selector.parse("app=" + name());
  }

  /** How OCI exposes it; present exactly for LoadBalancer services. */
  public abstract Optional<LoadBalancerOptions> loadBalancer();

  /** {@code namespace/name}. */
  public ServiceRef ref() {
    return ServiceRef.of(namespace(), name());
  }

  /** A ClusterIP service. */
  public static Service clusterIp(String namespace, String name) {
    return ImmutableService.builder().namespace(namespace).name(name).type(ServiceType.CLUSTER_IP).build();
  }

  /** A NodePort service. */
  public static Service nodePort(String namespace, String name) {
    return ImmutableService.builder().namespace(namespace).name(name).type(ServiceType.NODE_PORT).build();
  }

  /** A LoadBalancer service on a public OCI load balancer (the CCM's default). */
  public static Service loadBalancer(String namespace, String name) {
    return ImmutableService.builder().namespace(namespace).name(name).type(ServiceType.LOAD_BALANCER)
        .loadBalancer(LoadBalancerOptions.defaults()).build();
  }

  /** A copy with one more TCP port whose target port is the same. */
  public Service addPort(int port) {
    return addPort(port, port);
  }

  /** A copy with one more TCP port forwarding to {@code targetPort}. */
  public Service addPort(int port, int targetPort) {
    return addPort(ServicePort.tcp(port, targetPort));
  }

  /** A copy with one more UDP port. */
  public Service addUdpPort(int port, int targetPort) {
    return addPort(ServicePort.udp(port, targetPort));
  }

  /** A copy with one more port. */
  public Service addPort(ServicePort port) {
    Require.notNull(port, "Service " + ref() + " addPort(port): port", "Give a port, e.g. ServicePort.tcp(443, 8443).");
    return ((ImmutableService) ImmutableService.copyOf(this)).withPorts(Lists.plus(ports(), port));
  }

  /** A copy selecting these pods, e.g. "app=web". */
  public Service withSelector(String selector) {
    return withSelector(Selector.parse(selector));
  }

  /** A copy selecting these pods. */
  public abstract Service withSelector(Selector selector);

  /** A copy on an OCI network load balancer. */
  public Service withNetworkLoadBalancer() {
    return lb("withNetworkLoadBalancer()", o -> o.kind(LoadBalancerKind.NETWORK_LOAD_BALANCER));
  }

  /** A copy that is internal (private). */
  public Service withInternal() {
    return lb("withInternal()", o -> o.isInternal(true));
  }

  /** A copy on the flexible LB shape with this bandwidth range. */
  public Service withFlexibleShape(int minMbps, int maxMbps) {
    return lb("withFlexibleShape(..)", o -> o.shape(LoadBalancerOptions.FLEXIBLE).minMbps(minMbps).maxMbps(maxMbps));
  }

  /** A copy on this LB shape, e.g. "100Mbps" or "flexible". */
  public Service withShape(String shape) {
    return lb("withShape(..)", o -> o.shape(Require.nonBlank(shape, "Load balancer shape", "\"flexible\"")));
  }

  /** A copy with this externalTrafficPolicy. */
  public Service withExternalTrafficPolicy(ExternalTrafficPolicy policy) {
    return lb("withExternalTrafficPolicy(..)", o -> o.externalTrafficPolicy(policy));
  }

  /**
   * A copy that only admits these client CIDRs (IPv4: the load balancer subnets oke-net creates
   * carry no IPv6 prefix, so an IPv6 range would admit nobody).
   */
  public Service addSourceRanges(String... cidrs) {
    Require.elements(cidrs, "Service " + ref() + " addSourceRanges(cidrs)", "cidrs", "Give client CIDRs, e.g. \"203.0.113.0/24\".");
    return lb("addSourceRanges(..)", o -> {
      for (String c : cidrs) {
        o.addSourceRange(CidrArguments.ipv4(CidrArguments.cidr(c, "Service " + ref() + " source range"), "Service " + ref() + " source range"));
      }
      return o;
    });
  }

  /**
   * A copy terminating TLS on these listener ports with this Kubernetes secret ({@code name}, or
   * {@code namespace/name} as the CCM's {@code oci-load-balancer-tls-secret} annotation takes it).
   * Each port 1-65535; {@code validate()} checks that there is one and that each is one of the
   * Service's ports (OKE-LB-015).
   */
  public Service withTls(String secretName, Integer... ports) {
    String where = "Service " + ref() + " withTls(secretName, ports)";
    Require.secretName(secretName, where + " secretName");
    Require.elements(ports, where, "ports", "Give the listener ports that terminate TLS, e.g. 443.");
    for (Integer p : ports) {
      Require.between(p, 1, 65535, where + " TLS port");
    }
    return lb("withTls(..)", o -> o.tlsSecret(secretName).addAllTlsPorts(Arrays.asList(ports)));
  }

  /** A copy with this security-rule management mode. */
  public Service withSecurityRuleManagement(SecurityRuleManagement mode) {
    Require.notNull(mode, "Service " + ref() + " withSecurityRuleManagement(mode): mode", "Give a mode, e.g. SecurityRuleManagement.NSG.");
    return lb("withSecurityRuleManagement(..)", o -> o.securityRuleManagement(mode));
  }

  /** A copy whose load balancer also carries these custom NSGs (by name). */
  public Service addNsgs(String... names) {
    Require.elements(names, "Service " + ref() + " addNsgs(names)", "names", "Give NSG names, e.g. \"bastion\".");
    return lb("addNsgs(..)", o -> o.addNsgNames(names));
  }

  /**
   * A copy with this backend protocol: {@code TCP}, {@code HTTP} or {@code GRPC}, the values the
   * CCM accepts (case-insensitively; stored upper-case) in its
   * {@code oci-load-balancer-backend-protocol} annotation (oracle/oci-cloud-controller-manager
   * {@code load_balancer_spec.go}, {@code getListenersOciLoadBalancer}); any other value makes the
   * CCM refuse the Service. GRPC also needs {@link #withTls} (the CCM: "SSL configuration cannot be
   * empty for GRPC protocol"), which {@code validate()} checks (OKE-LB-015).
   */
  public Service withBackendProtocol(String protocol) {
    Require.notNull(protocol, "Service " + ref() + " withBackendProtocol(protocol): protocol", "Give TCP, HTTP or GRPC.");
    String upper = protocol.strip().toUpperCase(java.util.Locale.ROOT);
    if (!java.util.Set.of("TCP", "HTTP", "GRPC").contains(upper)) {
      throw new IllegalArgumentException("Service " + ref() + " backend protocol '" + protocol
          + "' is not one the CCM takes. Give TCP, HTTP or GRPC.");
    }
    return lb("withBackendProtocol(..)", o -> o.backendProtocol(upper));
  }

  /** A copy with this NLB backend policy: "FIVE_TUPLE" (default), "THREE_TUPLE" or "TWO_TUPLE". */
  public Service withBackendPolicy(String policy) {
    Require.notNull(policy, "Service " + ref() + " withBackendPolicy(policy): policy", "Give FIVE_TUPLE, THREE_TUPLE or TWO_TUPLE.");
    if (!java.util.Set.of("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE").contains(policy)) {
      throw new IllegalArgumentException("NLB backend policy '" + policy + "' of Service " + ref()
          + " is not one of FIVE_TUPLE, THREE_TUPLE, TWO_TUPLE. Give one of them.");
    }
    return lb("withBackendPolicy(..)", o -> o.backendPolicy(policy));
  }

  /** A copy with a fixed health-check node port (externalTrafficPolicy Local). */
  public Service withHealthCheckNodePort(int port) {
    return lb("withHealthCheckNodePort(..)", o -> o.healthCheckNodePort(Require.between(port, 30000, 32767, "healthCheckNodePort")));
  }

  private Service lb(String option, UnaryOperator<ImmutableLoadBalancerOptions.Builder> change) {
    if (loadBalancer().isEmpty()) {
      throw new IllegalArgumentException(
          "Service " + ref() + " is " + type() + "; " + option
              + " applies to LoadBalancer services only. Start from Service.loadBalancer(\"" + namespace() + "\", \"" + name() + "\").");
    }
    return ((ImmutableService) ImmutableService.copyOf(this)).withLoadBalancer(change.apply(LoadBalancerOptions.copy(loadBalancer().get())).build());
  }

  @Value.Check
  void check() {
    Require.kubeName(namespace(), "Service namespace");
    Require.kubeName(name(), "Service name");
    if ((type() == ServiceType.LOAD_BALANCER) != loadBalancer().isPresent()) {
      throw new IllegalArgumentException(
          "Service " + namespace() + "/" + name() + " of type " + type()
              + (loadBalancer().isPresent() ? " has load balancer options; only LoadBalancer services do." : " has no load balancer options. Use Service.loadBalancer(..)."));
    }
  }
}
