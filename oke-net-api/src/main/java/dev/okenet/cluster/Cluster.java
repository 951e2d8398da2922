package dev.okenet.cluster;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The OKE cluster's network-facing settings: type, Kubernetes version, API endpoint, services
 * CIDR and NetworkPolicy engine. Pod networking and node pools sit beside it on the network.
 *
 * <p>The {@link ApiEndpoint} is the one place that sets who reaches the Kubernetes API: public or
 * private, and the client CIDRs. The API endpoint subnet follows it (a network that names no API
 * endpoint subnet gets a public or private /28 to match; one that names a private subnet for a
 * public endpoint is refused when built).
 *
 * <pre>{@code
 * Cluster cluster = Cluster.enhanced("v1.31.1")
 *     .withEndpoint(ApiEndpoint.privateEndpoint().addAllowedClients("192.168.0.0/16"))
 *     .withPolicyEngine(PolicyEngine.CALICO);
 * Cluster theirs = Cluster.enhanced("v1.31.1").withExistingId("ocid1.cluster.oc1.iad.aaaa…");
 * }</pre>
 */
@Value.Immutable
public abstract class Cluster {
  /** Kubernetes' default services CIDR on OKE. */
  public static final String DEFAULT_SERVICES_CIDR = "10.96.0.0/16";
  /** The Kubernetes version used when none is given. */
  public static final String DEFAULT_KUBERNETES_VERSION = "v1.31.1";

  /** The cluster type. */
  @Value.Default
  public ClusterType type() {
    return ClusterType.ENHANCED;
  }

  /** The Kubernetes version, e.g. "v1.31.1". */
  @Value.Default
  public String kubernetesVersion() {
    return DEFAULT_KUBERNETES_VERSION;
  }

  /** The API endpoint. */
  @Value.Default
  public ApiEndpoint endpoint() {
    return ApiEndpoint.privateEndpoint();
  }

  /** The services (ClusterIP) CIDR. */
  @Value.Default
  public Cidr servicesCidr() {
    return Cidr.of(DEFAULT_SERVICES_CIDR);
  }

  /** What enforces NetworkPolicy. */
  @Value.Default
  public PolicyEngine policyEngine() {
    return PolicyEngine.NONE;
  }

  /** The OCID of an existing cluster, which is read and never changed. */
  public abstract Optional<String> existingId();

  /** An enhanced cluster of this Kubernetes version, private endpoint, no policy engine. */
  public static Cluster enhanced(String kubernetesVersion) {
    return ImmutableCluster.builder().type(ClusterType.ENHANCED).kubernetesVersion(kubernetesVersion).build();
  }

  /** A basic cluster of this Kubernetes version. */
  public static Cluster basic(String kubernetesVersion) {
    return ImmutableCluster.builder().type(ClusterType.BASIC).kubernetesVersion(kubernetesVersion).build();
  }

  /** The defaults: enhanced, {@value #DEFAULT_KUBERNETES_VERSION}, private endpoint. */
  public static Cluster defaults() {
    return ImmutableCluster.builder().build();
  }

  /** A copy with this API endpoint: public or private, and who may reach it. */
  public abstract Cluster withEndpoint(ApiEndpoint endpoint);

  /** A copy with this NetworkPolicy engine. */
  public abstract Cluster withPolicyEngine(PolicyEngine policyEngine);

  /** A copy with this Kubernetes version, e.g. "v1.31.1". */
  public abstract Cluster withKubernetesVersion(String kubernetesVersion);

  /** A copy with this services CIDR, e.g. "10.96.0.0/16". */
  public Cluster withServicesCidr(String cidr) {
    return withServicesCidr(CidrArguments.cidr(cidr, "Cluster servicesCidr"));
  }

  /** A copy with this services CIDR. */
  public abstract Cluster withServicesCidr(Cidr servicesCidr);

  /** A copy that stands for the existing cluster of this OCID: it is read, never created or changed. */
  public abstract Cluster withExistingId(String existingId);

  @Value.Check
  void check() {
    if (!kubernetesVersion().matches("v\\d+\\.\\d+\\.\\d+")) {
      throw new IllegalArgumentException(
          "Kubernetes version '" + kubernetesVersion() + "' is not of the form vMAJOR.MINOR.PATCH. Use e.g. \""
              + DEFAULT_KUBERNETES_VERSION + "\".");
    }
    existingId().ifPresent(id -> Require.ocid(id, "Cluster existingId", "cluster"));
    if (!servicesCidr().isIpv4()) {
      throw new IllegalArgumentException("Services CIDR " + servicesCidr() + " is IPv6; give an IPv4 block such as " + DEFAULT_SERVICES_CIDR + ".");
    }
  }
}
