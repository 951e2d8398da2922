package dev.okenet.manifest.internal;

import static dev.okenet.manifest.CcmAnnotations.BACKEND_NSG;
import static dev.okenet.manifest.CcmAnnotations.LB_BACKEND_PROTOCOL;
import static dev.okenet.manifest.CcmAnnotations.LB_INTERNAL;
import static dev.okenet.manifest.CcmAnnotations.LB_NSGS;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE_FLEX_MAX;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE_FLEX_MIN;
import static dev.okenet.manifest.CcmAnnotations.LB_SSL_PORTS;
import static dev.okenet.manifest.CcmAnnotations.LB_SUBNET1;
import static dev.okenet.manifest.CcmAnnotations.LB_TLS_SECRET;
import static dev.okenet.manifest.CcmAnnotations.LOAD_BALANCER_TYPE;
import static dev.okenet.manifest.CcmAnnotations.NLB_BACKEND_POLICY;
import static dev.okenet.manifest.CcmAnnotations.NLB_INTERNAL;
import static dev.okenet.manifest.CcmAnnotations.NLB_NSGS;
import static dev.okenet.manifest.CcmAnnotations.NLB_PRESERVE_SOURCE;
import static dev.okenet.manifest.CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE;
import static dev.okenet.manifest.CcmAnnotations.NLB_SUBNET;
import static dev.okenet.manifest.CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.manifest.ManifestException;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.SubnetRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cloud controller manager annotations a LoadBalancer Service's options imply, in a fixed
 * order (type, visibility, shape, placement, security, TLS, backend). Defaults are written out
 * rather than left implicit, so the manifest says what the CCM will do without knowing its
 * defaults, except where the CCM refuses an explicit value: {@code is-preserve-source} is written
 * only with externalTrafficPolicy Local. Every value is one oracle/oci-cloud-controller-manager
 * v1.35.0 accepts ({@code pkg/cloudprovider/providers/oci/load_balancer_spec.go}); options it
 * would refuse or silently change are refused first ({@link LoadBalancerOptionChecks}).
 */
final class LoadBalancerAnnotations {
  private final ResolvedNetwork network;
  private final OcidLookup ids;

  LoadBalancerAnnotations(ResolvedNetwork network, OcidLookup ids) {
    this.network = network;
    this.ids = ids;
  }

  /** The annotations of {@code service}'s load balancer. */
  Map<String, String> of(Service service, LoadBalancerOptions options) {
    String subject = "Service " + service.ref();
    ResolvedLoadBalancer lb = network.loadBalancers().stream().filter(l -> l.service().ref().equals(service.ref())).findFirst()
        .orElseThrow(() -> new ManifestException(subject, "has no resolved load balancer in network '" + network.name()
            + "'. Render manifests from the ResolvedNetwork of the same OkeNetwork that declares the Service."));
    String subnetOcid = ids.require(subnetKeyOf(lb, options, subject), subject, "its load balancer subnet");
    List<String> nsgOcids = lb.nsgKeys().stream().map(k -> ids.require(k, subject, "an NSG of its load balancer")).toList();
    if (options.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER) {
      LoadBalancerOptionChecks.networkLoadBalancer(service, options, nsgOcids.size());
      return networkLoadBalancer(subject, service, options, subnetOcid, nsgOcids);
    }
    LoadBalancerOptionChecks.loadBalancer(service, options, nsgOcids.size());
    return loadBalancer(subject, options, subnetOcid, nsgOcids);
  }

  private SubnetKey subnetKeyOf(ResolvedLoadBalancer lb, LoadBalancerOptions options, String subject) {
    return lb.subnetKey().orElseThrow(() -> {
      String kind = options.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "load balancer";
      String fix = options.isInternal()
          ? "Add .internalLoadBalancers(Subnet.privateSubnet(26)) to the network, or drop withInternal() from the Service."
          : "Add .publicLoadBalancers(Subnet.publicSubnet(24)) to the network, or make the Service withInternal().";
      return new ManifestException(subject, "asks for " + (options.isInternal() ? "an internal " : "a public ") + kind
          + ", but network '" + network.name() + "' has no " + (options.isInternal() ? SubnetRole.INTERNAL_LOAD_BALANCERS : SubnetRole.PUBLIC_LOAD_BALANCERS).label()
          + " subnet, so the cloud controller manager would have nowhere to put it. " + fix);
    });
  }

  private Map<String, String> loadBalancer(String subject, LoadBalancerOptions o, String subnet, List<String> nsgs) {
    if (o.tlsSecret().isPresent() != !o.tlsPorts().isEmpty()) {
      throw new ManifestException(subject, o.tlsSecret().isPresent()
          ? "names TLS secret '" + o.tlsSecret().get() + "' but no TLS port, so nothing would terminate TLS. Give the listener ports: withTls(\"" + o.tlsSecret().get() + "\", 443)."
          : "terminates TLS on ports " + o.tlsPorts() + " without a TLS secret. Name the secret: withTls(\"my-tls\", 443).");
    }
    Map<String, String> a = new LinkedHashMap<>();
    a.put(LOAD_BALANCER_TYPE, LoadBalancerKind.LOAD_BALANCER.annotationValue());
    a.put(LB_INTERNAL, Boolean.toString(o.isInternal()));
    a.put(LB_SHAPE, o.shape());
    if (LoadBalancerOptions.FLEXIBLE.equalsIgnoreCase(o.shape())) {
      // getLBShape reads the bandwidths of the flexible shape only.
      a.put(LB_SHAPE_FLEX_MIN, o.minMbps().orElseThrow().toString());
      a.put(LB_SHAPE_FLEX_MAX, o.maxMbps().orElseThrow().toString());
    }
    a.put(LB_SUBNET1, subnet);
    if (!nsgs.isEmpty()) {
      a.put(LB_NSGS, String.join(",", nsgs));
    }
    SecurityRuleManagement mode = o.effectiveSecurityRuleManagement();
    a.put(SECURITY_RULE_MANAGEMENT_MODE, mode.annotationValue());
    backendNsg(mode, subject).ifPresent(id -> a.put(BACKEND_NSG, id));
    if (!o.tlsPorts().isEmpty()) {
      a.put(LB_SSL_PORTS, o.tlsPorts().stream().map(String::valueOf).collect(Collectors.joining(",")));
      a.put(LB_TLS_SECRET, o.tlsSecret().get());
    }
    o.backendProtocol().ifPresent(p -> a.put(LB_BACKEND_PROTOCOL, p));
    return a;
  }

  private Map<String, String> networkLoadBalancer(String subject, Service service, LoadBalancerOptions o, String subnet,
      List<String> nsgs) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put(LOAD_BALANCER_TYPE, LoadBalancerKind.NETWORK_LOAD_BALANCER.annotationValue());
    a.put(NLB_INTERNAL, Boolean.toString(o.isInternal()));
    a.put(NLB_SUBNET, subnet);
    if (!nsgs.isEmpty()) {
      a.put(NLB_NSGS, String.join(",", nsgs));
    }
    a.put(NLB_BACKEND_POLICY, o.backendPolicy());
    if (o.externalTrafficPolicy() == ExternalTrafficPolicy.LOCAL) {
      // getPreserveSource refuses the annotation, whatever its value, with externalTrafficPolicy Cluster;
      // with Local its absence means true, written out so the manifest says it.
      a.put(NLB_PRESERVE_SOURCE, Boolean.toString(o.preservesSource()));
    }
    SecurityRuleManagement mode = o.effectiveSecurityRuleManagement();
    if (mode == SecurityRuleManagement.NSG) {
      // NLBs take NSG mode through the same annotation as LBs; the security-list mode has no NSG value.
      a.put(SECURITY_RULE_MANAGEMENT_MODE, mode.annotationValue());
      backendNsg(mode, subject).ifPresent(id -> a.put(BACKEND_NSG, id));
    } else {
      a.put(NLB_SECURITY_LIST_MANAGEMENT_MODE, securityListModeOf(mode, service));
    }
    return a;
  }

  /**
   * The NLB's security-list mode. validateService ({@code load_balancer_spec.go}, with
   * validateProtocols in {@code load_balancer_util.go}) takes only "None" when a port is UDP, and
   * the CCM writes TCP rules only: the network's own rules must then carry the load balancer's
   * traffic, which resolve() writes.
   */
  private static String securityListModeOf(SecurityRuleManagement mode, Service service) {
    if (service.ports().stream().anyMatch(p -> p.protocol() == Protocol.UDP)) {
      return "None";
    }
    switch (mode) {
      case SL_ALL:
        return "All";
      case SL_FRONTEND:
        return "Frontend";
      default:
        return "None";
    }
  }

  /** In NSG mode the CCM writes backend rules into the workers' NSG, which the network generates. */
  private Optional<String> backendNsg(SecurityRuleManagement mode, String subject) {
    if (mode != SecurityRuleManagement.NSG) {
      return Optional.empty();
    }
    return network.ruleSetsOf(SubnetRole.WORKERS).stream()
        .filter(r -> r.kind() == dev.okenet.resolved.ResolvedRuleSet.Kind.NSG).findFirst()
        .map(r -> ids.require(r.key(), subject, "the workers' NSG, where the CCM writes backend rules in NSG mode"));
  }
}
