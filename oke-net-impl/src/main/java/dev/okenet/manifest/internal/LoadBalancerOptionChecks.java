package dev.okenet.manifest.internal;

import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.manifest.ManifestException;
import dev.okenet.vcn.Protocol;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Load balancer options that oracle/oci-cloud-controller-manager v1.35.0 would refuse (the Service
 * stays {@code <pending>}) or silently ignore or change, caught before a manifest is written, each
 * with the CCM function that decides it ({@code pkg/cloudprovider/providers/oci/}).
 */
final class LoadBalancerOptionChecks {
  /** {@code lbMaximumNetworkSecurityGroupIds} / {@code MaxNsgPerVnic} in {@code load_balancer.go}. */
  static final int MAX_NSGS = 5;
  /** The Load Balancer API's flexible bandwidth range ({@code ShapeDetails}); the CCM clamps to 10-8192 first. */
  static final int FLEX_MIN_MBPS = 10;
  static final int FLEX_MAX_MBPS = 8000;

  private LoadBalancerOptionChecks() {}

  /** Checks an OCI (layer 7) load balancer's options. */
  static void loadBalancer(Service service, LoadBalancerOptions o, int nsgCount) {
    String subject = "Service " + service.ref();
    if (service.ports().stream().anyMatch(p -> p.protocol() == Protocol.UDP)) {
      // validateProtocols (load_balancer_util.go): "OCI load balancers do not support UDP".
      throw new ManifestException(subject, "has a UDP port, which OCI load balancers do not carry: the cloud controller"
          + " manager refuses the Service. Use a network load balancer: add withNetworkLoadBalancer().");
    }
    o.backendProtocol().ifPresent(p -> backendProtocol(service, o, p));
    if (LoadBalancerOptions.FLEXIBLE.equals(o.shape().toLowerCase(Locale.ROOT))) {
      flexibleBandwidth(subject, o);
    }
    nsgs(subject, o, nsgCount);
  }

  /**
   * Checks a network load balancer's options: LB-only options the CCM would silently ignore. (The
   * backend policy needs no check: {@code Service.backendPolicy(..)} and model I/O take only the
   * three values {@code getLoadBalancerPolicy} accepts.)
   */
  static void networkLoadBalancer(Service service, LoadBalancerOptions o, int nsgCount) {
    String subject = "Service " + service.ref();
    if (!o.tlsPorts().isEmpty() || o.tlsSecret().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but asks to terminate TLS (ports " + o.tlsPorts()
          + "); NLBs pass TLS through to the pods. Terminate TLS in the pods, or use an OCI load balancer (drop withNetworkLoadBalancer()).");
    }
    if (o.backendProtocol().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but sets backend protocol '" + o.backendProtocol().get()
          + "', which only OCI load balancers take. Drop withBackendProtocol(..), or drop withNetworkLoadBalancer().");
    }
    if (o.minMbps().isPresent() || o.maxMbps().isPresent()) {
      throw new ManifestException(subject, "is a network load balancer but sets a flexible bandwidth ("
          + o.minMbps().map(String::valueOf).orElse("?") + "-" + o.maxMbps().map(String::valueOf).orElse("?")
          + " Mbps); NLBs have no shape. Drop withFlexibleShape(..), or drop withNetworkLoadBalancer().");
    }
    nsgs(subject, o, nsgCount);
  }

  /**
   * getListenersOciLoadBalancer: a GRPC listener needs TLS on its port. (Which protocols it takes
   * needs no check here: {@code Service.backendProtocol(..)} and {@code LoadBalancerOptions} hold
   * only HTTP, TCP and GRPC, upper-case.)
   */
  private static void backendProtocol(Service service, LoadBalancerOptions o, String protocol) {
    String subject = "Service " + service.ref();
    if ("GRPC".equals(protocol)) {
      String plain = service.ports().stream().map(ServicePort::port).filter(p -> !o.tlsPorts().contains(p)).map(String::valueOf)
          .collect(Collectors.joining(", "));
      if (!plain.isEmpty()) {
        throw new ManifestException(subject, "uses backend protocol GRPC on port(s) " + plain + " without TLS; the cloud"
            + " controller manager refuses a GRPC listener without an SSL configuration. Terminate TLS on every port:"
            + " withTls(\"my-tls\", " + plain + ").");
      }
    }
  }

  /** getLBShape clamps silently and OCI's ShapeDetails refuses more than 8000 Mbps: say so instead. */
  private static void flexibleBandwidth(String subject, LoadBalancerOptions o) {
    if (o.minMbps().isEmpty() || o.maxMbps().isEmpty()) {
      throw new ManifestException(subject, "uses the flexible shape without a bandwidth range; the cloud controller manager"
          + " refuses it. Give both bounds: withFlexibleShape(10, 100).");
    }
    int min = o.minMbps().get();
    int max = o.maxMbps().get();
    if (min < FLEX_MIN_MBPS || max > FLEX_MAX_MBPS || min > max) {
      throw new ManifestException(subject, "asks for a flexible bandwidth of " + min + "-" + max + " Mbps; OCI takes "
          + FLEX_MIN_MBPS + "-" + FLEX_MAX_MBPS + " Mbps with minimum <= maximum (the cloud controller manager would"
          + " silently change the range, and OCI refuses more than " + FLEX_MAX_MBPS + "). Use a range within it, e.g."
          + " withFlexibleShape(10, 100).");
    }
  }

  /**
   * getNetworkSecurityGroupIds refuses more than 5 NSGs; in NSG mode EnsureLoadBalancer adds its
   * own frontend NSG, so the Service may name at most 4.
   */
  private static void nsgs(String subject, LoadBalancerOptions o, int nsgCount) {
    boolean nsgMode = o.effectiveSecurityRuleManagement() == SecurityRuleManagement.NSG;
    int limit = nsgMode ? MAX_NSGS - 1 : MAX_NSGS;
    if (nsgCount > limit) {
      String kind = o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "network load balancer" : "load balancer";
      throw new ManifestException(subject, "puts " + nsgCount + " NSGs on its " + kind + "; the cloud controller manager"
          + " takes at most " + limit
          + (nsgMode ? " in NSG mode, where it adds a frontend NSG of its own" : "") + ". Drop some of nsgs(..).");
    }
  }
}
