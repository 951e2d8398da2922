package dev.okenet.crosscheck;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.ClusterDetails;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.testkit.scheduling.PodScheduling;
import io.fabric8.kubernetes.api.model.Service;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network as it exists in FakeOci: applied with the provider (which creates the cluster and node
 * pools, or else they are created here from its {@code networkOnly} details), and the Services
 * rendered by {@code Manifests}.
 * The cross-checks then ask the testkit's simulations, which read only FakeOci, what happens.
 */
final class AppliedCluster implements AutoCloseable {
  final OkeNetwork intent;
  final ResolvedNetwork net;
  final FakeOci oci;
  final Map<ResourceKey, String> ids;
  final String clusterId;
  final Map<String, String> nodePoolIds = new LinkedHashMap<>();
  private final Manifests manifests;

  private AppliedCluster(OkeNetwork intent, FakeOci oci) {
    this.intent = intent;
    this.oci = oci;
    this.net = intent.resolve();
    try (OciNetworkProvider provider = FakeOciProviders.provider(oci)) {
      ApplyResult applied = provider.apply(provider.plan(net));
      if (!applied.isSuccess()) {
        throw new IllegalStateException("the provider could not apply '" + intent.name() + "' on FakeOci: " + applied);
      }
      this.ids = applied.idsByKey();
      if (ids.containsKey(net.cluster().key())) {
        // A provider given a ContainerEngine creates the cluster and its node pools itself.
        this.clusterId = ids.get(net.cluster().key());
        net.nodePools().forEach(p -> nodePoolIds.put(p.name(), ids.get(p.key())));
      } else {
        ClusterDetails details = provider.networkOnly(net, ids);
        ContainerEngine ce = oci.containerEngine();
        this.clusterId = createdId(ce, ce.createCluster(CreateClusterRequest.builder().createClusterDetails(details.cluster())
            .build()).getOpcWorkRequestId());
        for (CreateNodePoolDetails pool : details.nodePoolsFor(clusterId)) {
          nodePoolIds.put(pool.getName(), createdId(ce, ce.createNodePool(CreateNodePoolRequest.builder()
              .createNodePoolDetails(pool).build()).getOpcWorkRequestId()));
        }
      }
    }
    this.manifests = Manifests.of(net, AppliedIds.of(ids));
  }

  /** Applies {@code intent} to a fresh FakeOci: for a test that needs several networks apart. */
  static AppliedCluster of(OkeNetwork intent) {
    return new AppliedCluster(intent, FakeOci.create());
  }

  /** Applies {@code intent} to {@code oci}, e.g. a {@code @FakeOciTest}'s (closing this closes it). */
  static AppliedCluster into(FakeOci oci, OkeNetwork intent) {
    return new AppliedCluster(intent, oci);
  }

  /** The Kubernetes manifests the library renders for the applied network. */
  Manifests manifests() {
    return manifests;
  }

  /** The rendered Kubernetes Service {@code namespace/name}. */
  Service service(String ref) {
    return manifests.services().stream()
        .filter(s -> ref.equals(s.getMetadata().getNamespace() + "/" + s.getMetadata().getName())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("network '" + intent.name() + "' renders no Service " + ref));
  }

  /** Every rendered Service, in declaration order. */
  java.util.List<Service> services() {
    return manifests.services();
  }

  SimulatedCcm ccm() {
    return SimulatedCcm.builder(oci).cluster(intent.compartmentId(), clusterId).build();
  }

  PodScheduling scheduling() {
    return PodScheduling.builder(oci).cluster(intent.compartmentId(), clusterId).build();
  }

  private static String createdId(ContainerEngine ce, String workRequestId) {
    return ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workRequestId).build()).getWorkRequest()
        .getResources().get(0).getIdentifier();
  }

  @Override
  public void close() {
    oci.close();
  }
}
