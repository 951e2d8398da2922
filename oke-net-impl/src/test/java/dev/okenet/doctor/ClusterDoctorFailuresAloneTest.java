package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each of {@code broken}'s three failures alone, on {@code prod} with only that one change: the
 * doctor names that failure and nothing else.
 */
class ClusterDoctorFailuresAloneTest {

  /** prod with a /24 pod subnet, grown to five nodes of 62 pod addresses each (253 usable). */
  @Nested
  @SimulatedClusterTest(seed = NetworkSeed.SmallPodSubnet.class)
  class SmallPodSubnet {
    static SimulatedCluster cluster;
    static FakeOci oci;

    @BeforeAll
    static void grow() {
      DoctorFixtures.growPastThePodSubnet(cluster, oci);
    }

    @Test
    void onlyThePodSubnetIsNamedWithThePoolItsUseAndThePrefixThatFits() {
      DoctorReport report = DoctorFixtures.examine(cluster);

      assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-001");
      DoctorFinding f = report.findings().get(0);
      assertThat(f.subject()).isEqualTo("pod subnet prod-pods");
      assertThat(f.message()).contains("node pool general", "10.0.1.0/24", "of 253 usable addresses in use",
          "'general' (5 nodes × (60 pods + 2 VNICs) = 310)");
      assertThat(f.evidence()).anyMatch(e -> e.startsWith("Event FailedToCreatePrivateIP"))
          .anyMatch(e -> e.contains("is FAILING"))
          .anyMatch(e -> e.startsWith("ListPrivateIps: subnet prod-pods 10.0.1.0/24 holds"));
      assertThat(f.fix()).contains(".pods(Subnet.privateSubnet(23))", "a /23 at least",
          "scale node pool general to 4 nodes");
    }
  }

  /** prod whose public load balancer subnet is private. */
  @Nested
  @SimulatedClusterTest(seed = NetworkSeed.PrivateLoadBalancerSubnet.class)
  class PrivateLoadBalancerSubnet {
    static SimulatedCluster cluster;

    @Test
    void onlyThePublicServicesInThePrivateSubnetAreNamedWithTheCcmsEventAsEvidence() {
      DoctorReport report = DoctorFixtures.examine(cluster);

      assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsOnly("OKE-DOCTOR-010");
      assertThat(report.findings()).extracting(DoctorFinding::subject)
          .containsExactlyInAnyOrder("Service shop/web", "Service ingress-nginx/controller");
      DoctorFinding web = report.about("Service shop/web").get(0);
      assertThat(web.evidence().get(0)).contains("SyncLoadBalancerFailed", "InvalidParameter",
          "load_balancer.go createLoadBalancer");
      assertThat(web.evidence()).anyMatch(e -> e.contains("prohibitPublicIpOnVnic true"));
      assertThat(web.fix()).contains("kubectl annotate service -n shop web --overwrite "
          + "oci-network-load-balancer.oraclecloud.com/internal=\"true\"");
    }
  }

  /** prod without Calico. */
  @Nested
  @SimulatedClusterTest(seed = NetworkSeed.NoPolicyEngine.class)
  class NoPolicyEngine {
    static SimulatedCluster cluster;

    @Test
    void everyPolicyIsNamedAsIgnoredWithWhatItWouldBlock() {
      DoctorReport report = DoctorFixtures.examine(cluster);

      assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsOnly("OKE-DOCTOR-020");
      assertThat(report.findings()).extracting(DoctorFinding::subject).containsExactlyInAnyOrder(
          "NetworkPolicy shop/default-deny", "NetworkPolicy shop/allow-dns-egress", "NetworkPolicy shop/allow-web-to-api-ingress",
          "NetworkPolicy shop/allow-web-to-api-egress", "NetworkPolicy shop/allow-ns-ingress-nginx-to-web-ingress");
      DoctorFinding deny = report.about("NetworkPolicy shop/default-deny").get(0);
      assertThat(deny.evidence()).contains("would block all ingress to them", "would block all egress from them");
      DoctorFinding api = report.about("NetworkPolicy shop/allow-web-to-api-ingress").get(0);
      assertThat(api.evidence()).contains("would block ingress to them other than from pods app=web of namespace shop on TCP 8080");
      assertThat(api.fix()).contains("withPolicyEngine(PolicyEngine.CALICO)");
    }
  }
}
