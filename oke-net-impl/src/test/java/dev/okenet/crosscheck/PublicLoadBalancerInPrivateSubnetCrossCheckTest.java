package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.check.Finding;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.CcmEvent;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.junit.FakeOciTest;
import org.junit.jupiter.api.Test;

/**
 * Classic failure 1: a public NLB whose "public" LB subnet is private. validate() predicts it
 * (OKE-LB-001); the simulated CCM, reading only FakeOci, leaves the Service pending with the event.
 */
@FakeOciTest
class PublicLoadBalancerInPrivateSubnetCrossCheckTest {
  FakeOci oci;

  @Test
  void validatePredictsThePendingServiceAndTheSimulatedCcmLeavesItPending() {
    AppliedCluster broken = AppliedCluster.into(oci, ReferenceNetworks.broken());
    ServiceStatus web = broken.ccm().sync(broken.service("shop/web"));

    assertThat(broken.intent.validate().findings("OKE-LB-001")).extracting(Finding::path).contains("services[shop/web]");
    assertThat(web.isPending()).isTrue();
    assertThat(web.lastWarning()).hasValueSatisfying(e -> {
      assertThat(e.reason()).isEqualTo(CcmEvent.SYNC_FAILED);
      assertThat(e.message()).contains("failed to ensure load balancer").contains("InvalidParameter")
          .contains("oci-network-load-balancer.oraclecloud.com/internal");
    });
  }

  @Test
  void onProdValidateIsSilentAndTheServiceGetsAnAddress() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod());
    ServiceStatus web = prod.ccm().sync(prod.service("shop/web"));

    assertThat(prod.intent.validate().has("OKE-LB-001")).isFalse();
    assertThat(web.address()).isPresent();
    assertThat(web.hasHealthyBackend()).isTrue();
  }
}
