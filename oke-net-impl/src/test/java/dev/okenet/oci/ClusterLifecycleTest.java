package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.model.ClusterSummary;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class ClusterLifecycleTest {
  FakeOci oci;
  OciServices services;

  private ApplyResult applied(ResolvedNetwork net) {
    return FakeOciProviders.appliedCleanly(oci, services, net);
  }

  private static ResolvedNetwork prodWith(Consumer<OkeNetwork.Builder> change) {
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    change.accept(b);
    return b.build().resolve();
  }

  /** prod's cluster on another Kubernetes version. */
  private static dev.okenet.cluster.Cluster version(String v) {
    dev.okenet.cluster.Cluster prod = ReferenceNetworks.prod().cluster();
    return dev.okenet.cluster.Cluster.enhanced(v).withEndpoint(prod.endpoint()).withServicesCidr(prod.servicesCidr().toString())
        .withPolicyEngine(prod.policyEngine());
  }

  private List<ClusterSummary> liveClusters() {
    return services.containerEngine().listClusters(ListClustersRequest.builder().compartmentId(Networks.COMPARTMENT).build()).getItems()
        .stream().filter(c -> c.getLifecycleState().getValue().equals("ACTIVE")).toList();
  }

  private List<NodePoolSummary> livePools() {
    return services.containerEngine().listNodePools(ListNodePoolsRequest.builder().compartmentId(Networks.COMPARTMENT).build())
        .getItems().stream().filter(p -> p.getLifecycleState().getValue().equals("ACTIVE")).toList();
  }

  private NodePoolSummary pool(String name) {
    return livePools().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void planCreatesTheClusterAfterItsSubnetsAndTheNodePoolsAfterTheCluster() {
    Plan plan = FakeOciProviders.provider(oci, services).plan(Networks.prod());

    assertThat(plan.change(ResourceKey.cluster()).orElseThrow().dependencies()).contains(ResourceKey.vcn(), ResourceKey.subnet(SubnetRole.API_ENDPOINT), ResourceKey.nsg(SubnetRole.API_ENDPOINT), ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS));
    assertThat(plan.change(ResourceKey.nodePool("general")).orElseThrow().dependencies()).contains(ResourceKey.cluster(), ResourceKey.subnet(SubnetRole.WORKERS), ResourceKey.subnet(SubnetRole.PODS));
    assertThat(plan.render()).contains("+   OKE cluster \"cluster\"").contains("+   node pool \"node-pool:general\"");
  }

  @Test
  void applyCreatesTheClusterWithTheNetworksOcidsAndOwnershipTags() {
    ApplyResult r = applied(Networks.prod());

    ClusterSummary c = liveClusters().stream().filter(x -> x.getId().equals(r.idsByKey().get(ResourceKey.cluster()))).findFirst().orElseThrow();
    assertThat(c.getVcnId()).isEqualTo(r.idsByKey().get(ResourceKey.vcn()));
    assertThat(c.getEndpointConfig().getSubnetId()).isEqualTo(r.idsByKey().get(ResourceKey.subnet(SubnetRole.API_ENDPOINT)));
    assertThat(c.getOptions().getServiceLbSubnetIds()).containsExactly(r.idsByKey().get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)));
    assertThat(c.getKubernetesVersion()).isEqualTo("v1.31.1");
    assertThat(c.getFreeformTags()).containsEntry("okenet.network", "prod").containsEntry("okenet.key", "cluster");
  }

  @Test
  void applyCreatesEachNodePoolAtItsMinimumSizeWithItsPodNetworking() {
    ApplyResult r = applied(Networks.prod());

    NodePoolSummary general = pool("general");
    assertThat(general.getId()).isEqualTo(r.idsByKey().get(ResourceKey.nodePool("general")));
    assertThat(general.getClusterId()).isEqualTo(r.idsByKey().get(ResourceKey.cluster()));
    assertThat(general.getNodeConfigDetails().getSize()).isEqualTo(3);
    assertThat(general.getNodeConfigDetails().getPlacementConfigs()).allSatisfy(p ->
        assertThat(p.getSubnetId()).isEqualTo(r.idsByKey().get(ResourceKey.subnet(SubnetRole.WORKERS))));
    assertThat(general.getNodeConfigDetails().getNodePoolPodNetworkOptionDetails())
        .isInstanceOfSatisfying(OciVcnIpNativeNodePoolPodNetworkOptionDetails.class, p -> {
          assertThat(p.getMaxPodsPerNode()).isEqualTo(60);
          assertThat(p.getPodSubnetIds()).containsExactly(r.idsByKey().get(ResourceKey.subnet(SubnetRole.PODS)));
        });
    assertThat(pool("batch").getNodeConfigDetails().getSize()).isZero();
  }

  @Test
  void rePlanAfterApplyHasNoChanges() {
    applied(Networks.prod());

    Plan again = FakeOciProviders.provider(oci, services).plan(Networks.prod());

    assertThat(again.isEmpty()).as(again.render()).isTrue();
  }

  @Test
  void aNodePoolScaledWithinItsMinimumAndMaximumIsNoChange() {
    ApplyResult r = applied(Networks.prod());
    services.containerEngine().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(r.idsByKey().get(ResourceKey.nodePool("general")))
        .updateNodePoolDetails(UpdateNodePoolDetails.builder().nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(9)
            .build()).build()).build());

    assertThat(FakeOciProviders.provider(oci, services).plan(Networks.prod()).isEmpty()).isTrue();
  }

  @Test
  void aNodePoolScaledBeyondItsMaximumIsResizedInPlaceToItsMinimum() {
    ApplyResult r = applied(Networks.prod());
    services.containerEngine().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(r.idsByKey().get(ResourceKey.nodePool("batch")))
        .updateNodePoolDetails(UpdateNodePoolDetails.builder().nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(8)
            .build()).build()).build());

    Plan plan = FakeOciProviders.provider(oci, services).plan(Networks.prod());
    ApplyResult fixed = FakeOciProviders.provider(oci, services).apply(plan);

    assertThat(plan.change(ResourceKey.nodePool("batch")).orElseThrow().action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(fixed.isSuccess()).as(fixed.toString()).isTrue();
    assertThat(pool("batch").getId()).isEqualTo(r.idsByKey().get(ResourceKey.nodePool("batch")));
    assertThat(pool("batch").getNodeConfigDetails().getSize()).isZero();
  }

  @Test
  void aNewKubernetesVersionUpdatesClusterAndNodePoolsInPlace() {
    ApplyResult r = applied(Networks.prod());
    ResolvedNetwork newer = prodWith(b -> b.cluster(version("v1.32.1")));

    Plan plan = FakeOciProviders.provider(oci, services).plan(newer);
    ApplyResult upgraded = FakeOciProviders.provider(oci, services).apply(plan);

    assertThat(plan.change(ResourceKey.cluster()).orElseThrow().action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(plan.change(ResourceKey.nodePool("general")).orElseThrow().action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(upgraded.isSuccess()).as(upgraded.toString()).isTrue();
    assertThat(liveClusters()).singleElement().satisfies(c -> {
      assertThat(c.getId()).isEqualTo(r.idsByKey().get(ResourceKey.cluster()));
      assertThat(c.getKubernetesVersion()).isEqualTo("v1.32.1");
    });
    assertThat(FakeOciProviders.provider(oci, services).plan(newer).isEmpty()).isTrue();
  }

  @Test
  void changedPodNetworkingReplacesTheNodePoolAndConverges() {
    ApplyResult r = applied(Networks.prod());
    ResolvedNetwork fewerPods = prodWith(b -> b.nodePools(List.of(
        NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12).withMaxPodsPerNode(31).withSurge(1),
        NodePool.of("batch", Shape.flex("VM.Standard.E5.Flex", 2), 0, 6).withMaxPodsPerNode(31).withSurge(1))));

    Plan plan = FakeOciProviders.provider(oci, services).plan(fewerPods);
    ApplyResult replaced = FakeOciProviders.provider(oci, services).apply(plan);

    Change general = plan.change(ResourceKey.nodePool("general")).orElseThrow();
    assertThat(general.action()).isEqualTo(ChangeAction.REPLACE);
    assertThat(general.diffs()).anySatisfy(d -> {
      assertThat(d.field()).isEqualTo("maxPodsPerNode");
      assertThat(d.forcesReplacement()).isTrue();
    });
    assertThat(plan.change(ResourceKey.cluster()).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(replaced.isSuccess()).as(replaced.toString()).isTrue();
    assertThat(pool("general").getId()).isNotEqualTo(r.idsByKey().get(ResourceKey.nodePool("general")));
    assertThat(FakeOciProviders.provider(oci, services).plan(fewerPods).isEmpty()).isTrue();
  }

  @Test
  void destroyDeletesNodePoolsThenTheClusterThenTheSubnets() {
    applied(Networks.prod());
    oci.calls().clear();

    ApplyResult destroyed = FakeOciProviders.provider(oci, services).destroy(Networks.prod());

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    List<ApiCall> calls = oci.calls().mutating();
    long lastPool = calls.stream().filter(c -> c.operation().equals("deleteNodePool")).mapToLong(ApiCall::sequence).max().orElseThrow();
    long cluster = calls.stream().filter(c -> c.operation().equals("deleteCluster")).mapToLong(ApiCall::sequence).findFirst().orElseThrow();
    long firstSubnet = calls.stream().filter(c -> c.operation().equals("deleteSubnet")).mapToLong(ApiCall::sequence).min().orElseThrow();
    assertThat(lastPool).isLessThan(cluster);
    assertThat(cluster).isLessThan(firstSubnet);
    assertThat(liveClusters()).isEmpty();
  }

  @Test
  void networkOnlyModeNeitherPlansNorTouchesTheCluster() {
    OciNetworkProvider provider = FakeOciProviders.builder(oci, services).networkOnly(true).build();

    Plan plan = provider.plan(Networks.prod());
    provider.apply(plan);

    assertThat(plan.changes()).noneMatch(c -> c.type() == ResourceType.CLUSTER || c.type() == ResourceType.NODE_POOL);
    assertThat(oci.calls().count("createCluster")).isZero();
    assertThat(provider.plan(Networks.prod()).isEmpty()).isTrue();
  }

  @Test
  void networkOnlyModeNeedsNoContainerEngineClient() {
    OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(services.virtualNetwork()).networkOnly(true).build();

    assertThat(provider.plan(Networks.prod()).changes()).isNotEmpty();
  }

  @Test
  void aProviderThatManagesTheClusterWithoutAContainerEngineClientSaysHowToFixIt() {
    assertThatThrownBy(() -> OciNetworkProvider.builder().virtualNetwork(services.virtualNetwork()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("containerEngine(client)").hasMessageContaining("networkOnly(true)");
  }

  @Test
  void anExistingClusterIsReadNeverChangedAndGetsTheNodePools() {
    ApplyResult first = applied(Networks.prod());
    String clusterId = first.idsByKey().get(ResourceKey.cluster());
    ResolvedNetwork byId = prodWith(b -> b.cluster(version("v1.32.1").withExistingId(clusterId)));
    oci.calls().clear();

    Plan plan = FakeOciProviders.provider(oci, services).plan(byId);
    FakeOciProviders.provider(oci, services).apply(plan);

    assertThat(plan.change(ResourceKey.cluster()).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(oci.calls().mutating()).noneMatch(c -> clusterId.equals(c.resourceId()));
    assertThat(liveClusters()).singleElement().satisfies(c -> assertThat(c.getKubernetesVersion()).isEqualTo("v1.31.1"));
  }
}
