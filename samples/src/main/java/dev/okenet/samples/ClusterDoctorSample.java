package dev.okenet.samples;

import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.doctor.ClusterDoctor;
import dev.okenet.doctor.DoctorReport;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.util.Map;

/**
 * The cluster doctor on a live cluster that has the three classic OKE failures: the {@code broken}
 * reference network applied to FakeOci, a simulated OKE cluster behind a real Kubernetes API on top
 * of it (oke-net-testkit-kube), the Services and NetworkPolicies oke-net renders for it applied, its
 * node pool grown to five nodes and a Deployment of 65 replicas. Then
 * {@link ClusterDoctor} reads the cluster as it would read yours — a fabric8 client and the OCI
 * SDK clients — and prints what is wrong, the evidence and the fix.
 *
 * <pre>{@code
 * mvn -q -B -DskipTests -pl samples -am package exec:java -Dsample=dev.okenet.samples.ClusterDoctorSample
 * }</pre>
 */
public final class ClusterDoctorSample {
  private ClusterDoctorSample() {}

  /** Runs the sample. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Builds the broken cluster, examines it and prints the report; returns it. */
  static DoctorReport print(PrintStream out) {
    OkeNetwork broken = ReferenceNetworks.broken();
    try (FakeOci oci = FakeOci.create()) {
      out.println("━━ 1. Apply '" + broken.name() + "' to FakeOci: VCN, subnets, rules, the OKE cluster and its node pools");
      ResolvedNetwork net = broken.resolve();
      Manifests manifests;
      String clusterId;
      try (OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(oci.virtualNetwork())
          .containerEngine(oci.containerEngine()).networkLoadBalancer(oci.networkLoadBalancer())
          .identity(oci.identity()).build()) {
        ApplyResult applied = provider.apply(provider.plan(net));
        manifests = Manifests.of(net, AppliedIds.of(applied.idsByKey()));
        clusterId = applied.idsByKey().get(net.cluster().key());
      }
      try (SimulatedCluster cluster = SimulatedCluster.builder(oci).cluster(broken.compartmentId(), clusterId).start()) {
        KubernetesClient kube = cluster.client();
        out.println("━━ 2. Start the simulated cluster at " + cluster.masterUrl() + " and apply the rendered manifests");
        manifests.namespaces().forEach(ns -> kube.resource(ns).create());
        manifests.all().stream().filter(o -> !(o instanceof Namespace)).forEach((HasMetadata o) -> kube.resource(o).create());
        out.println("━━ 3. Grow node pool 'general' to 5 nodes and deploy 65 replicas of shop/batch-worker");
        scale(oci, broken.compartmentId(), "general", 5);
        cluster.settle(); // the new nodes join before the pods come, as `kubectl wait --for=condition=Ready node` would
        kube.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata().withName("batch-worker")
            .endMetadata().withNewSpec().withReplicas(65).withNewSelector().withMatchLabels(Map.of("app", "batch-worker"))
            .endSelector().withNewTemplate().withNewMetadata().withLabels(Map.of("app", "batch-worker")).endMetadata().withNewSpec()
            .addNewContainer().withName("worker").withImage("example/batch-worker").endContainer().endSpec().endTemplate().endSpec()
            .build()).create();
        cluster.settle();
        out.println("━━ 4. Examine it, as you would examine yours:");
        out.println("     ClusterDoctor.builder().kubernetes(kube).virtualNetwork(vn).containerEngine(ce).build()"
            + ".examine(compartmentId, clusterId)");
        out.println();
        DoctorReport report = ClusterDoctor.builder().kubernetes(kube).virtualNetwork(oci.virtualNetwork())
            .containerEngine(oci.containerEngine()).build().examine(broken.compartmentId(), clusterId);
        out.println(report.render());
        return report;
      }
    }
  }

  private static void scale(FakeOci oci, String compartmentId, String pool, int size) {
    String id = oci.containerEngine().listNodePools(ListNodePoolsRequest.builder().compartmentId(compartmentId).name(pool).build())
        .getItems().get(0).getId();
    oci.containerEngine().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(id).updateNodePoolDetails(UpdateNodePoolDetails
        .builder().nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(size).build()).build()).build());
  }
}
