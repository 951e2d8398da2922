package dev.okenet.doctor;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.kube.PolicyEngines;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.ClusterRef;
import dev.okenet.testkit.kube.ClusterSeed;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;

/**
 * A network applied to FakeOci by oke-net's provider (VCN, rules, cluster, node pools), then the
 * manifests oke-net renders for it applied to the simulated cluster's API, as {@code kubectl apply}
 * would, and Calico's node agent installed when the network says Calico enforces policy — a user's
 * cluster as the doctor meets it.
 */
public abstract class NetworkSeed implements ClusterSeed {
  private Manifests manifests;
  private OkeNetwork network;

  /** The network to apply. */
  protected abstract OkeNetwork network();

  @Override
  public ClusterRef seed(FakeOci oci) {
    network = network();
    ResolvedNetwork net = network.resolve();
    try (OciNetworkProvider provider = FakeOciProviders.provider(oci)) {
      ApplyResult applied = provider.apply(provider.plan(net));
      if (!applied.isSuccess()) {
        throw new IllegalStateException("the provider could not apply '" + network.name() + "' on FakeOci: " + applied);
      }
      manifests = Manifests.of(net, AppliedIds.of(applied.idsByKey()));
      return new ClusterRef(network.compartmentId(), applied.idsByKey().get(net.cluster().key()));
    }
  }

  @Override
  public void started(SimulatedCluster cluster) {
    manifests.namespaces().forEach(ns -> cluster.client().resource(ns).create());
    for (HasMetadata object : manifests.all()) {
      if (!(object instanceof Namespace)) {
        cluster.client().resource(object).create();
      }
    }
    if (network.cluster().policyEngine() == PolicyEngine.CALICO) {
      cluster.client().resource(PolicyEngines.calicoNode()).create();
    }
    cluster.settle();
  }


  /** {@code prod}: VCN-native, Calico, NLB and LB Services; a healthy cluster. */
  public static final class Prod extends NetworkSeed {
    @Override
    protected OkeNetwork network() {
      return ReferenceNetworks.prod();
    }
  }

  /** {@code broken}: a /24 pod subnet, a private "public" LB subnet, no policy engine. */
  public static final class Broken extends NetworkSeed {
    @Override
    protected OkeNetwork network() {
      return ReferenceNetworks.broken();
    }
  }

  /** {@code prod} with broken's /24 pod subnet, and nothing else of broken. */
  public static final class SmallPodSubnet extends NetworkSeed {
    @Override
    protected OkeNetwork network() {
      return ReferenceNetworks.prod().toBuilder().pods(dev.okenet.vcn.Subnet.privateSubnet(24)).build();
    }
  }

  /** {@code prod} with broken's private "public" load balancer subnet, and nothing else of broken. */
  public static final class PrivateLoadBalancerSubnet extends NetworkSeed {
    @Override
    protected OkeNetwork network() {
      return ReferenceNetworks.prod().toBuilder().publicLoadBalancers(dev.okenet.vcn.Subnet.privateSubnet(24)).build();
    }
  }

  /** {@code prod} without a policy engine, and nothing else of broken. */
  public static final class NoPolicyEngine extends NetworkSeed {
    @Override
    protected OkeNetwork network() {
      OkeNetwork prod = ReferenceNetworks.prod();
      return prod.toBuilder().cluster(prod.cluster().withPolicyEngine(PolicyEngine.NONE)).build();
    }
  }
}
