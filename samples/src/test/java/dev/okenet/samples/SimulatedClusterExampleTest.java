package dev.okenet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.PolicyVerdict;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.Target;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three classic OKE failures, watched through a plain fabric8 client against a simulated
 * cluster of the {@code broken} reference network, as they show on OKE: pods Pending with
 * FailedToCreatePrivateIP, a Service {@code <pending>} with SyncLoadBalancerFailed, NetworkPolicies
 * the API server accepted and nothing enforces.
 */
@SimulatedClusterTest(seed = BrokenClusterSeed.class)
class SimulatedClusterExampleTest {
  static SimulatedCluster cluster;
  static KubernetesClient kube;
  static FakeOci oci;

  @Test
  void podsBeyondThePodSubnetStayPendingWithFailedToCreatePrivateIP() {
    scaleNodePool("general", 5);          // a /24 pod subnet holds 4 nodes' worth of pod addresses (4 x 62)
    cluster.settle();                     // the new nodes join first, as `kubectl wait --for=condition=Ready node` would
    kube.apps().deployments().inNamespace("shop").resource(deployment("batch-worker", 65)).create();
    cluster.settle();

    List<Pod> pending = kube.pods().inNamespace("shop").withLabel("app", "batch-worker").list().getItems().stream()
        .filter(p -> "Pending".equals(p.getStatus().getPhase())).toList();
    assertThat(pending).isNotEmpty();
    assertThat(cluster.events(pending.get(0))).filteredOn(e -> e.getReason().equals("FailedToCreatePrivateIP")).singleElement()
        .satisfies(e -> assertThat(e.getMessage()).contains("pod subnet 10.0.1.0/24").contains("Use a larger pod subnet"));
  }

  @Test
  void aPublicLoadBalancerInAPrivateSubnetStaysPendingWithSyncLoadBalancerFailed() {
    Service web = kube.services().inNamespace("shop").withName("web").get();

    assertThat(web.getStatus().getLoadBalancer().getIngress()).isNullOrEmpty();   // kubectl shows <pending>
    assertThat(cluster.events(web)).filteredOn(e -> e.getReason().equals("SyncLoadBalancerFailed")).singleElement()
        .satisfies(e -> assertThat(e.getMessage()).contains("InvalidParameter").contains("private"));
  }

  @Test
  void theNetworkPoliciesAreAcceptedAndNothingEnforcesThem() {
    kube.resource(pod("shop", "api-0", "api")).create();
    kube.resource(pod("default", "intruder", "intruder")).create();
    cluster.settle();

    PolicyVerdict intruder = cluster.reachability().from(Target.pod("default", "intruder")).to(Target.pod("shop", "api-0"))
        .on("TCP", 8080);

    assertThat(kube.network().v1().networkPolicies().inNamespace("shop").list().getItems()).isNotEmpty();
    assertThat(cluster.reachability().policyEngine()).isEmpty();
    assertThat(intruder.allowed()).isTrue();                                // the default deny of shop does nothing
    assertThat(intruder.trace().get(0)).contains("not enforced");
  }

  private static void scaleNodePool(String name, int size) {
    String poolId = oci.containerEngine().listNodePools(ListNodePoolsRequest.builder()
            .compartmentId(ReferenceNetworks.COMPARTMENT_ID).name(name).build()).getItems().get(0).getId();
    oci.containerEngine().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(poolId).updateNodePoolDetails(
        UpdateNodePoolDetails.builder().nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(size).build())
            .build()).build());
  }

  private static Deployment deployment(String name, int replicas) {
    return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(replicas)
        .withNewSelector().withMatchLabels(Map.of("app", name)).endSelector().withNewTemplate().withNewMetadata()
        .withLabels(Map.of("app", name)).endMetadata().withNewSpec().addNewContainer().withName(name)
        .withImage("example/" + name).endContainer().endSpec().endTemplate().endSpec().build();
  }

  private static Pod pod(String namespace, String name, String app) {
    return new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(Map.of("app", app))
        .endMetadata().withNewSpec().addNewContainer().withName(app).withImage("example/" + app).endContainer().endSpec()
        .build();
  }
}
