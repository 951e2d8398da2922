package dev.okenet.cluster;

import dev.okenet.Cidr;
import dev.okenet.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The OKE cluster's network-facing settings: type, Kubernetes version, API endpoint, services
 * CIDR and NetworkPolicy engine. Pod networking and node pools sit beside it on the network.
 *
 * <pre>{@code
 * Cluster cluster = Cluster.enhanced("v1.31.1")
 *     .withEndpoint(ApiEndpoint.privateEndpoint().allowClients("192.168.0.0/16"))
 *     .withPolicyEngine(PolicyEngine.CALICO);
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

  /** A copy with this API endpoint. */
  public Cluster withEndpoint(ApiEndpoint endpoint) {
    return ImmutableCluster.builder().from(this).endpoint(endpoint).build();
  }

  /** A copy with this NetworkPolicy engine. */
  public Cluster withPolicyEngine(PolicyEngine engine) {
    return ImmutableCluster.builder().from(this).policyEngine(engine).build();
  }

  /** A copy with this services CIDR. */
  public Cluster withServicesCidr(String cidr) {
    return ImmutableCluster.builder().from(this).servicesCidr(Cidr.of(cidr)).build();
  }

  /** A copy that references an existing cluster by OCID. */
  public Cluster withExistingId(String clusterId) {
    return ImmutableCluster.builder().from(this).existingId(Require.ocid(clusterId, "Cluster existingId", "cluster")).build();
  }

  @Value.Check
  void check() {
    if (!kubernetesVersion().matches("v\\d+\\.\\d+\\.\\d+")) {
      throw new IllegalArgumentException(
          "Kubernetes version '" + kubernetesVersion() + "' is not of the form vMAJOR.MINOR.PATCH. Use e.g. \""
              + DEFAULT_KUBERNETES_VERSION + "\".");
    }
    // Here rather than in withExistingId(..) only: the generated copy methods and builders (model I/O) skip that one.
    existingId().ifPresent(id -> Require.ocid(id, "Cluster existingId", "cluster"));
    if (!servicesCidr().isIpv4()) {
      throw new IllegalArgumentException("Services CIDR " + servicesCidr() + " is IPv6; give an IPv4 block such as " + DEFAULT_SERVICES_CIDR + ".");
    }
  }
}
