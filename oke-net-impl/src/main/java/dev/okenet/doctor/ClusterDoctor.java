package dev.okenet.doctor;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.doctor.internal.Examination;
import dev.okenet.internal.Require;
import dev.okenet.oci.Pacing;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.oci.internal.provider.Cloud;
import dev.okenet.oci.internal.provider.PacingAccess;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Explains why a live OKE cluster is broken. It reads the cluster through a fabric8
 * {@link KubernetesClient} (nodes, pods, Services, Events, NetworkPolicies, DaemonSets; list calls
 * only) and its OCI network through the provider's reading stack (one paged list call per
 * resource kind with the provider's retries and pacing, one ListPrivateIps per subnet, a GET for
 * the cluster and each node pool), and reports each classic failure as a {@link DoctorFinding}
 * with an {@code OKE-DOCTOR-*} id, the evidence and the fix:
 *
 * <ul>
 *   <li>pods Pending without a pod IP ({@code FailedToCreatePrivateIP}) or unschedulable with every
 *       node at maxPodsPerNode: the node pool, the pod subnet's use (private IPs in use against usable
 *       ones) and the prefix that holds the pools' nodes;
 *   <li>LoadBalancer Services without an address: the cause, read from the cloud controller
 *       manager's {@code SyncLoadBalancerFailed} message and from the live network (a private subnet
 *       for a public load balancer, no route to an internet gateway, a security-list mode or an
 *       annotation the CCM refuses, the shape's quota, a subnet that is not there);
 *   <li>NetworkPolicies with no Calico or Cilium running to enforce them: which are ignored and what
 *       each would block;
 *   <li>backends {@code Critical}: the health-check or node-port rule the live security lists and
 *       NSGs lack, judged as the CCM's own rules would be.
 * </ul>
 *
 * <p>Read-only: no call changes the cluster or the cloud. A read that fails becomes an
 * {@code OKE-DOCTOR-090} warning and the checks go on with what was read.
 *
 * <pre>{@code
 * ClusterDoctor doctor = ClusterDoctor.builder()
 *     .kubernetes(new KubernetesClientBuilder().build())       // your kubeconfig's cluster
 *     .virtualNetwork(vn).containerEngine(ce)                  // e.g. from OciNetworkProvider.fromConfigFile(..)
 *     .build();
 * DoctorReport report = doctor.examine("ocid1.compartment.oc1..aaaa", "ocid1.cluster.oc1.iad.aaaa");
 * System.out.println(report.render());
 * }</pre>
 */
public final class ClusterDoctor {
  private final KubernetesClient kubernetes;
  private final VirtualNetwork virtualNetwork;
  private final ContainerEngine containerEngine;
  private final RetryPolicy retryPolicy;
  private final Pacing pacing;

  private ClusterDoctor(Builder b) {
    this.kubernetes = Require.notNull(b.kubernetes, "ClusterDoctor.Builder: kubernetes",
        "Give the cluster's fabric8 client: builder().kubernetes(new KubernetesClientBuilder().build()).");
    this.virtualNetwork = Require.notNull(b.virtualNetwork, "ClusterDoctor.Builder: virtualNetwork",
        "Give a VirtualNetwork client: builder().virtualNetwork(client).");
    this.containerEngine = Require.notNull(b.containerEngine, "ClusterDoctor.Builder: containerEngine",
        "Give a ContainerEngine client: builder().containerEngine(client); the doctor reads the cluster and its node pools.");
    this.retryPolicy = b.retryPolicy;
    this.pacing = b.pacing;
  }

  /** A builder; give the Kubernetes client and the two OCI clients. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Examines cluster {@code clusterId}, whose network (VCN, subnets, rules) lives in compartment
   * {@code compartmentId}, through the Kubernetes client given (which must point at that cluster).
   *
   * @throws IllegalArgumentException when the cluster or its VCN cannot be read at all
   */
  public DoctorReport examine(String compartmentId, String clusterId) {
    Require.ocid(compartmentId, "ClusterDoctor.examine(compartmentId, clusterId): compartmentId", "compartment");
    Require.ocid(clusterId, "ClusterDoctor.examine(compartmentId, clusterId): clusterId", "cluster");
    Cloud cloud = new Cloud(virtualNetwork, containerEngine, null, retryPolicy, WaitStrategy.sdkDefault(), PacingAccess.pacer(pacing));
    return Examination.of(cloud, kubernetes, compartmentId, clusterId).report();
  }

  /** Options of a {@link ClusterDoctor}. */
  public static final class Builder {
    private KubernetesClient kubernetes;
    private VirtualNetwork virtualNetwork;
    private ContainerEngine containerEngine;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Pacing pacing = Pacing.adaptive();

    private Builder() {}

    /** The cluster's fabric8 client (required); the doctor only lists through it. */
    public Builder kubernetes(KubernetesClient client) {
      this.kubernetes = Require.notNull(client, "ClusterDoctor.Builder.kubernetes(client): client",
          "Give a KubernetesClient, e.g. new KubernetesClientBuilder().build().");
      return this;
    }

    /** The VirtualNetwork client (required): the VCN, subnets, route tables, security lists, NSGs, private IPs. */
    public Builder virtualNetwork(VirtualNetwork client) {
      this.virtualNetwork = Require.notNull(client, "ClusterDoctor.Builder.virtualNetwork(client): client",
          "Give a VirtualNetwork, e.g. fakeOci.virtualNetwork().");
      return this;
    }

    /** The ContainerEngine client (required): the cluster and its node pools. */
    public Builder containerEngine(ContainerEngine client) {
      this.containerEngine = Require.notNull(client, "ClusterDoctor.Builder.containerEngine(client): client",
          "Give a ContainerEngine, e.g. fakeOci.containerEngine().");
      return this;
    }

    /** When to retry failed reads; default {@link RetryPolicy#defaults()}, as the provider's plans. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Require.notNull(policy, "ClusterDoctor.Builder.retryPolicy(policy): policy",
          "Give a RetryPolicy, e.g. RetryPolicy.defaults().");
      return this;
    }

    /** How reads are paced; default {@link Pacing#adaptive()}, as a provider's. */
    public Builder pacing(Pacing p) {
      this.pacing = Require.notNull(p, "ClusterDoctor.Builder.pacing(p): p", "Give Pacing.shared(), Pacing.adaptive() or Pacing.off().");
      return this;
    }

    /** The doctor. */
    public ClusterDoctor build() {
      return new ClusterDoctor(this);
    }
  }
}
