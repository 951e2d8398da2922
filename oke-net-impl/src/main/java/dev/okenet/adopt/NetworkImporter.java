package dev.okenet.adopt;

import dev.okenet.internal.Require;
import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.OkeNetwork;
import dev.okenet.adopt.internal.LiveNetwork;
import dev.okenet.adopt.internal.LiveReader;
import dev.okenet.oci.Pacing;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.oci.internal.provider.Cloud;
import dev.okenet.oci.internal.provider.PacingAccess;
import dev.okenet.adopt.internal.Mapped;
import dev.okenet.adopt.internal.ModelMapper;
import dev.okenet.adopt.internal.Names;
import dev.okenet.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a live VCN and its OKE cluster through the SDK interfaces (any {@code VirtualNetwork} and
 * {@code ContainerEngine}: the real clients or FakeOci's) and builds the {@link OkeNetwork} that
 * describes it. Read-only: it makes list and get calls and nothing else.
 *
 * <p>Subnet roles come from the cluster's own references (endpoint subnet, node pool placement and
 * pod subnets, service LB subnets); other subnets become extra subnets. The VCN, subnets, DRG and
 * cluster are referenced by OCID; rules and routes are kept as found
 * ({@code generatesOkeRules(false)}). Shapes of configuration the model cannot hold become
 * findings ({@code OKE-IMPORT-*}), never exceptions.
 *
 * <pre>{@code
 * NetworkImporter importer = NetworkImporter.builder()
 *     .virtualNetwork(vn).containerEngine(ce)
 *     .name("prod")                                  // default: from the VCN's display name
 *     .kubernetes(KubernetesFacts.none().withPolicyEngine(PolicyEngine.CALICO))
 *     .build();
 * ImportedNetwork prod = importer.importVcn("ocid1.compartment.oc1..aaaa", "ocid1.vcn.oc1.iad.aaaa");
 * ImportedNetwork same = importer.importCluster("ocid1.compartment.oc1..aaaa", "ocid1.cluster.oc1.iad.aaaa");
 * }</pre>
 */
public final class NetworkImporter {
  private final VirtualNetwork vn;
  private final ContainerEngine ce;
  private final String name;
  private final String region;
  private final KubernetesFacts kubernetes;
  private final RetryPolicy retryPolicy;
  private final Pacing pacing;

  private NetworkImporter(Builder b) {
    this.vn = Objects.requireNonNull(b.vn, "NetworkImporter needs a VirtualNetwork: builder().virtualNetwork(client)");
    this.ce = b.ce;
    this.name = b.name;
    this.region = b.region;
    this.kubernetes = b.kubernetes;
    this.retryPolicy = b.retryPolicy;
    this.pacing = b.pacing;
  }

  /** A builder; give at least the VirtualNetwork client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports VCN {@code vcnId} and the cluster on it.
   *
   * @throws IllegalArgumentException when the VCN cannot be read, or has no cluster that names an
   *     API endpoint and a worker subnet (without them there is no OKE network to describe)
   */
  public ImportedNetwork importVcn(String compartmentId, String vcnId) {
    return run(compartmentId, vcnId, null);
  }

  /**
   * Imports cluster {@code clusterId} and its VCN.
   *
   * @throws IllegalArgumentException when the cluster or its VCN cannot be read
   */
  public ImportedNetwork importCluster(String compartmentId, String clusterId) {
    if (ce == null) {
      throw new IllegalStateException("importCluster reads the cluster through ContainerEngine, but the importer has none. "
          + "Pass one with builder().containerEngine(client), or use importVcn(compartmentId, vcnId).");
    }
    return run(compartmentId, LiveReader.vcnOfCluster(cloud(), clusterId), clusterId);
  }

  /** The clients, read through the provider's stack: its page size, retry policy and pacing. */
  private Cloud cloud() {
    return new Cloud(vn, ce, null, retryPolicy, WaitStrategy.sdkDefault(), PacingAccess.pacer(pacing));
  }

  private ImportedNetwork run(String compartmentId, String vcnId, String clusterId) {
    LiveNetwork live = LiveReader.read(cloud(), compartmentId, vcnId, clusterId);
    String networkName = name != null ? name : Names.of(live.vcn().getDisplayName(), "imported");
    ModelMapper.KubernetesSide k8s = new ModelMapper.KubernetesSide(kubernetes.services(), kubernetes.ingresses(),
        kubernetes.policies(), kubernetes.policyEngine(), kubernetes.poolBounds());
    Mapped mapped = ModelMapper.map(live, networkName, region, k8s);
    List<Finding> findings = new ArrayList<>(mapped.findings());
    findings.addAll(kubernetes.findings());
    return new ImportedNetwork(mapped.model(), mapped.idsByKey(), findings, live);
  }

  /** Options of a {@link NetworkImporter}. */
  public static final class Builder {
    private VirtualNetwork vn;
    private ContainerEngine ce;
    private String name;
    private String region = OkeNetwork.DEFAULT_REGION;
    private KubernetesFacts kubernetes = KubernetesFacts.none();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Pacing pacing = Pacing.adaptive();

    /** When to retry failed reads; default {@link RetryPolicy#defaults()}, as the provider's plans. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Require.notNull(policy, "NetworkImporter.Builder.retryPolicy(policy): policy", "Give a RetryPolicy, e.g. RetryPolicy.defaults().");
      return this;
    }

    /** How reads are paced; default {@link Pacing#adaptive()}, as a provider's. */
    public Builder pacing(Pacing p) {
      this.pacing = Require.notNull(p, "NetworkImporter.Builder.pacing(p): p", "Give Pacing.shared(), Pacing.adaptive(..) or Pacing.off().");
      return this;
    }

    private Builder() {}

    /** The VirtualNetwork client (required). */
    public Builder virtualNetwork(VirtualNetwork client) {
      this.vn = Require.notNull(client, "NetworkImporter.Builder.virtualNetwork(client): client", "Give a VirtualNetwork, e.g. fakeOci.virtualNetwork().");
      return this;
    }

    /** The ContainerEngine client; without it the cluster is not read and roles cannot be inferred. */
    public Builder containerEngine(ContainerEngine client) {
      this.ce = Require.notNull(client, "NetworkImporter.Builder.containerEngine(client): client",
          "Give a ContainerEngine, or leave it unset to import without the cluster.");
      return this;
    }

    /**
     * The network's name: it becomes the {@code okenet.network} tag on adoption. Default: the VCN's
     * display name, lower-cased, with other characters turned into '-'.
     */
    public Builder name(String networkName) {
      this.name = Require.notNull(networkName, "NetworkImporter.Builder.name(networkName): networkName",
          "Give the network's name, e.g. \"prod\", or leave it unset for the VCN's display name.");
      return this;
    }

    /** The region recorded in the model; default {@value OkeNetwork#DEFAULT_REGION}. */
    public Builder region(String regionId) {
      this.region = Require.notNull(regionId, "NetworkImporter.Builder.region(regionId): regionId", "Give the region, e.g. \"us-ashburn-1\".");
      return this;
    }

    /** What only Kubernetes knows (Services, Ingresses, NetworkPolicies, policy engine); default none. */
    public Builder kubernetes(KubernetesFacts facts) {
      this.kubernetes = Require.notNull(facts, "NetworkImporter.Builder.kubernetes(facts): facts", "Use KubernetesFacts.none() when there are none.");
      return this;
    }

    /** The importer. */
    public NetworkImporter build() {
      return new NetworkImporter(this);
    }
  }
}
