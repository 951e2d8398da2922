package dev.okenet.samples;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.ClusterRef;
import dev.okenet.testkit.kube.ClusterSeed;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import java.util.Map;

/**
 * The {@code broken} reference network as a simulated cluster: oke-net's provider applies it to
 * FakeOci (VCN, subnets, rules, the cluster and its node pools), then the manifests oke-net renders
 * for it (namespaces, Services with their CCM annotations, NetworkPolicies) go to the cluster's
 * Kubernetes API, as {@code kubectl apply} would put them there.
 */
public final class BrokenClusterSeed implements ClusterSeed {
  private final OkeNetwork network = ReferenceNetworks.broken();
  private Manifests manifests;

  @Override
  public ClusterRef seed(FakeOci oci) {
    ResolvedNetwork net = network.resolve();
    try (OciNetworkProvider provider = OciNetworkProvider.builder()
        .identity(oci.identity())
        .virtualNetwork(oci.virtualNetwork())
        .containerEngine(oci.containerEngine())
        .networkLoadBalancer(oci.networkLoadBalancer())
        .identity(oci.identity())
        .build()) {
      ApplyResult applied = provider.apply(provider.plan(net));
      Map<ResourceKey, String> ids = applied.idsByKey();
      manifests = Manifests.of(net, AppliedIds.of(ids));
      return new ClusterRef(network.compartmentId(), ids.get(net.cluster().key()));
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
  }
}
