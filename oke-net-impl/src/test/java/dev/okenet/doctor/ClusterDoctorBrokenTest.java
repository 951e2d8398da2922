package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The doctor on a simulated cluster of {@code broken}, after its node pool grew past what the /24
 * pod subnet holds and a Deployment asked for more pods: each classic failure is named, with its
 * evidence and fix, and nothing else is an error.
 */
@SimulatedClusterTest(seed = NetworkSeed.Broken.class)
class ClusterDoctorBrokenTest {
  static SimulatedCluster cluster;
  static KubernetesClient kube;
  static FakeOci oci;
  static DoctorReport report;

  @BeforeAll
  static void growPastThePodSubnet() {
    DoctorFixtures.growPastThePodSubnet(cluster, oci);
    report = DoctorFixtures.examine(cluster);
  }

  @Test
  void namesTheThreeClassicFailuresAndNoOtherError() {
    assertThat(report.errors()).extracting(DoctorFinding::ruleId).containsOnly("OKE-DOCTOR-001", "OKE-DOCTOR-010", "OKE-DOCTOR-020");
    assertThat(report.isHealthy()).isFalse();
  }

  @Test
  void thePodsWithoutIpsAreTracedToTheirPoolAndTheSmallPodSubnet() {
    assertThat(report.findings("OKE-DOCTOR-001")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("pod subnet broken-pods");
      assertThat(f.message()).contains("on node pool general", "pod subnet broken-pods 10.0.1.0/24");
      assertThat(f.fix()).contains(".pods(Subnet.privateSubnet(23))");
    });
  }

  @Test
  void bothPublicServicesInThePrivateLoadBalancerSubnetArePending() {
    assertThat(report.findings("OKE-DOCTOR-010")).extracting(DoctorFinding::subject)
        .containsExactlyInAnyOrder("Service shop/web", "Service ingress-nginx/controller");
  }

  @Test
  void everyNetworkPolicyIsIgnored() {
    assertThat(report.findings("OKE-DOCTOR-020")).hasSize(kube.network().v1().networkPolicies().inAnyNamespace().list().getItems()
        .size()).isNotEmpty();
  }

  @Test
  void theInternalLoadBalancerThatWorksIsNotMentioned() {
    assertThat(report.about("Service ops/grafana")).isEmpty();
  }

  @Test
  void theRenderedReportShowsEachFindingWithItsEvidenceAndFix() {
    assertThat(report.render()).startsWith("Cluster doctor, cluster 'broken'").contains("NOT healthy — 8 errors", "OKE-DOCTOR-001",
        "OKE-DOCTOR-010", "OKE-DOCTOR-020", "• Event FailedToCreatePrivateIP", "Fix: ");
  }
}
