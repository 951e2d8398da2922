package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Two independent judges of "are this Service's backends Critical": the doctor, from the live rules
 * as the CCM's rules would have to allow the health check, and the testkit's simulated CCM, which
 * sends the check through its own rule book ({@code FlowCheck}) from the load balancer it
 * provisioned. On {@code prod}, with a Service the network carries no rules for added, they agree
 * on every LoadBalancer Service.
 */
@SimulatedClusterTest(seed = NetworkSeed.Prod.class)
class BackendVerdictsAgreeWithSimulatedCcmTest {
  static SimulatedCluster cluster;
  static KubernetesClient kube;
  static FakeOci oci;

  @Test
  void theDoctorCallsBackendsCriticalExactlyWhereTheSimulatedCcmFindsNoHealthyBackend() {
    kube.resource(new ServiceBuilder().withNewMetadata().withNamespace("shop").withName("metrics")
        .withAnnotations(Map.of("oci.oraclecloud.com/load-balancer-type", "nlb")).endMetadata().withNewSpec().withType("LoadBalancer")
        .withSelector(Map.of("app", "metrics")).addNewPort().withName("http").withProtocol("TCP").withPort(9090).endPort().endSpec()
        .build()).create();
    cluster.settle();

    Set<String> doctor = new TreeSet<>();
    DoctorFixtures.examine(cluster).findings("OKE-DOCTOR-030").forEach(f -> doctor.add(f.subject().substring("Service ".length())));
    SimulatedCcm ccm = SimulatedCcm.builder(oci).cluster(cluster.ref().compartmentId(), cluster.ref().clusterId()).build();
    Set<String> simulated = new TreeSet<>();
    Set<String> judged = new TreeSet<>();
    for (Service s : kube.services().inAnyNamespace().list().getItems()) {
      if ("LoadBalancer".equals(s.getSpec().getType())) {
        ServiceStatus status = ccm.sync(s);
        judged.add(status.service());
        if (!status.isPending() && !status.hasHealthyBackend()) {
          simulated.add(status.service());
        }
      }
    }

    assertThat(judged).containsExactlyInAnyOrder("shop/web", "shop/metrics", "ops/grafana", "ingress-nginx/controller");
    assertThat(simulated).containsExactly("shop/metrics");
    assertThat(doctor).isEqualTo(simulated);
  }
}
