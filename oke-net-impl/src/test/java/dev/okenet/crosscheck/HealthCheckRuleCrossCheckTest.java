package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.BackendHealth;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/**
 * Classic failure 3: no rule allows kube-proxy's health check port 10256 from the load balancers,
 * and the NLB's management mode (None) writes none. validate() predicts OKE-LB-005; the simulated
 * CCM reports every backend of ingress-nginx/controller (externalTrafficPolicy Cluster) CRITICAL.
 */
@FakeOciTest
class HealthCheckRuleCrossCheckTest {
  FakeOci oci;

  static OkeNetwork withoutHealthCheckRule() {
    OkeNetwork prod = ReferenceNetworks.prod();
    return prod.toBuilder().name("no-10256").generatesLoadBalancerRules(false)
        .workers(prod.workers().allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP))
        .build();
  }

  @Test
  void validatePredictsUnhealthyBackendsAndTheSimulationReportsThemCritical() {
    AppliedCluster cluster = AppliedCluster.into(oci, withoutHealthCheckRule());
    ServiceStatus controller = cluster.ccm().sync(cluster.service("ingress-nginx/controller"));

    assertThat(cluster.intent.validate().findings("OKE-LB-005")).extracting(Finding::path)
        .contains("services[ingress-nginx/controller]");
    assertThat(controller.address()).isPresent();
    assertThat(controller.healthCheckPort()).isEqualTo(10256);
    assertThat(controller.backends()).isNotEmpty().allSatisfy(b -> {
      assertThat(b.status()).isEqualTo(BackendHealth.Status.CRITICAL);
      assertThat(b.why()).contains("TCP 10256");
    });
  }

  @Test
  void onProdTheGeneratedHealthCheckRuleKeepsBackendsHealthy() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod());
    ServiceStatus controller = prod.ccm().sync(prod.service("ingress-nginx/controller"));

    assertThat(prod.intent.validate().has("OKE-LB-005")).isFalse();
    assertThat(controller.backends()).isNotEmpty().allMatch(BackendHealth::isOk);
  }
}
