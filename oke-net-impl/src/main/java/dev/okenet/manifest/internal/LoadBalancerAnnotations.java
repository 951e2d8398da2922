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
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.manifest.ManifestException;
import dev.okenet.resolved.ResolvedLoadBalancer;
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
 * defaults.
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
    return options.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER
        ? networkLoadBalancer(subject, options, subnetOcid, nsgOcids)
        : loadBalancer(subject, options, subnetOcid, nsgOcids);
  }

  private String subnetKeyOf(ResolvedLoadBalancer lb, LoadBalancerOptions options, String subject) {
    return lb.subnetKey().orElseThrow(() -> {
      String kind = options.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "load balancer";
      String fix = options.isInternal()
          ? "Add .internalLoadBalancers(Subnet.privateSubnet().prefixLength(26)) to the network, or drop internal() from the Service."
          : "Add .publicLoadBalancers(Subnet.publicSubnet().prefixLength(24)) to the network, or make the Service internal().";
      return new ManifestException(subject, "asks for " + (options.isInternal() ? "an internal " : "a public ") + kind
          + ", but network '" + network.name() + "' has no " + (options.isInternal() ? SubnetRole.INTERNAL_LOAD_BALANCERS : SubnetRole.PUBLIC_LOAD_BALANCERS).label()
          + " subnet, so the cloud controller manager would have nowhere to put it. " + fix);
    });
  }

  private Map<String, String> loadBalancer(String subject, LoadBalancerOptions o, String subnet, List<String> nsgs) {
    if (o.tlsSecret().isPresent() != !o.tlsPorts().isEmpty()) {
      throw new ManifestException(subject, o.tlsSecret().isPresent()
          ? "names TLS secret '" + o.tlsSecret().get() + "' but no TLS port, so nothing would terminate TLS. Give the listener ports: tls(\"" + o.tlsSecret().get() + "\", 443)."
          : "terminates TLS on ports " + o.tlsPorts() + " without a TLS secret. Name the secret: tls(\"my-tls\", 443).");
    }
    Map<String, String> a = new LinkedHashMap<>();
    a.put(LOAD_BALANCER_TYPE, LoadBalancerKind.LOAD_BALANCER.annotationValue());
    a.put(LB_INTERNAL, Boolean.toString(o.isInternal()));
    a.put(LB_SHAPE, o.shape());
    o.minMbps().ifPresent(m -> a.put(LB_SHAPE_FLEX_MIN, m.toString()));
    o.maxMbps().ifPresent(m -> a.put(LB_SHAPE_FLEX_MAX, m.toString()));
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

  private Map<String, String> networkLoadBalancer(String subject, LoadBalancerOptions o, String subnet, List<String> nsgs) {
    rejectLoadBalancerOnlyOptions(subject, o);
    Map<String, String> a = new LinkedHashMap<>();
    a.put(LOAD_BALANCER_TYPE, LoadBalancerKind.NETWORK_LOAD_BALANCER.annotationValue());
    a.put(NLB_INTERNAL, Boolean.toString(o.isInternal()));
    a.put(NLB_SUBNET, subnet);
    if (!nsgs.isEmpty()) {
      a.put(NLB_NSGS, String.join(",", nsgs));
    }
    a.put(NLB_BACKEND_POLICY, o.backendPolicy());
    a.put(NLB_PRESERVE_SOURCE, Boolean.toString(o.preservesSource()));
    SecurityRuleManagement mode = o.effectiveSecurityRuleManagement();
    if (mode == SecurityRuleManagement.NSG) {
      // NLBs take NSG mode through the same annotation as LBs; the security-list mode has no NSG value.
      a.put(SECURITY_RULE_MANAGEMENT_MODE, mode.annotationValue());
      backendNsg(mode, subject).ifPresent(id -> a.put(BACKEND_NSG, id));
    } else {
      a.put(NLB_SECURITY_LIST_MANAGEMENT_MODE, securityListModeOf(mode));
    }
    return a;
  }

  /** LB-only options on an NLB would be silently ignored by the CCM: say so instead. */
  private static void rejectLoadBalancerOnlyOptions(String subject, LoadBalancerOptions o) {
    if (!o.tlsPorts().isEmpty() || o.tlsSecret().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but asks to terminate TLS (ports " + o.tlsPorts()
          + "); NLBs pass TLS through to the pods. Terminate TLS in the pods, or use an OCI load balancer (drop networkLoadBalancer()).");
    }
    if (o.backendProtocol().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but sets backend protocol '" + o.backendProtocol().get()
          + "', which only OCI load balancers take. Drop backendProtocol(..), or drop networkLoadBalancer().");
    }
    if (o.minMbps().isPresent() || o.maxMbps().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but sets a flexible bandwidth ("
          + o.minMbps().map(String::valueOf).orElse("?") + "-" + o.maxMbps().map(String::valueOf).orElse("?")
          + " Mbps); NLBs have no shape. Drop flexible(..), or drop networkLoadBalancer().");
    }
  }

  private static String securityListModeOf(SecurityRuleManagement mode) {
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
