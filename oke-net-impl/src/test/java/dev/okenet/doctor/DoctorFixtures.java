package dev.okenet.doctor;

import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;

/** What the doctor's tests do to a simulated cluster, as a user's kubectl or the OCI console would. */
final class DoctorFixtures {
  private DoctorFixtures() {}

  /** The doctor over the simulated cluster's fabric8 client and FakeOci's SDK interfaces. */
  static DoctorReport examine(SimulatedCluster cluster) {
    return ClusterDoctor.builder()
        .kubernetes(cluster.client())
        .virtualNetwork(cluster.oci().virtualNetwork())
        .containerEngine(cluster.oci().containerEngine())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .build()
        .examine(cluster.ref().compartmentId(), cluster.ref().clusterId());
  }

  /**
   * Grows node pool general to five nodes and deploys 65 batch-worker pods in shop: more pods than
   * a /24 pod subnet holds at 62 addresses a node.
   */
  static void growPastThePodSubnet(SimulatedCluster cluster, FakeOci oci) {
    scaleNodePool(oci, ReferenceNetworks.COMPARTMENT_ID, "general", 5);
    cluster.settle(); // the new nodes join before the pods come, or the scheduler may bind them all to the old ones
    cluster.client().apps().deployments().inNamespace("shop").resource(deployment("shop", "batch-worker", 65)).create();
    cluster.settle();
  }

  /** Sets node pool {@code name}'s size in FakeOci (oci ce node-pool update --size). */
  static void scaleNodePool(FakeOci oci, String compartmentId, String name, int size) {
    String poolId = oci.containerEngine().listNodePools(ListNodePoolsRequest.builder().compartmentId(compartmentId).name(name)
        .build()).getItems().get(0).getId();
    oci.containerEngine().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(poolId).updateNodePoolDetails(
        UpdateNodePoolDetails.builder().nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(size).build())
            .build()).build());
  }

  /** A Deployment of {@code replicas} pods labelled app={@code name}. */
  static Deployment deployment(String namespace, String name, int replicas) {
    return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata().withNewSpec()
        .withReplicas(replicas).withNewSelector().withMatchLabels(Map.of("app", name)).endSelector().withNewTemplate()
        .withNewMetadata().withLabels(Map.of("app", name)).endMetadata().withNewSpec().addNewContainer().withName(name)
        .withImage("example/" + name).endContainer().endSpec().endTemplate().endSpec().build();
  }
}
