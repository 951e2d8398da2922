package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixed 100Mbps shape: validate() warns (OKE-LB-010); the simulated CCM, with the tenancy's
 * default fixed-shape quota of 0, leaves the Service pending with LimitExceeded.
 */
@FakeOciTest
class FixedShapeQuotaCrossCheckTest {
  FakeOci oci;

  static OkeNetwork grafanaOnFixedShape() {
    OkeNetwork prod = ReferenceNetworks.prod();
    List<Service> services = prod.services().stream()
        .map(s -> s.ref().toString().equals("ops/grafana") ? Service.loadBalancer("ops", "grafana").addPort(3000).withInternal() : s)
        .toList();
    return prod.toBuilder().name("fixed-shape").services(services).build();
  }

  @Test
  void validateWarnsAndTheSimulatedCcmHitsTheQuota() {
    AppliedCluster cluster = AppliedCluster.into(oci, grafanaOnFixedShape());
    ServiceStatus grafana = cluster.ccm().sync(cluster.service("ops/grafana"));

    assertThat(cluster.intent.validate().findings("OKE-LB-010")).extracting(Finding::path).containsExactly("services[ops/grafana]");
    assertThat(grafana.isPending()).isTrue();
    assertThat(grafana.lastWarning().orElseThrow().message()).contains("LimitExceeded").contains("lb-100mbps-count");
  }

  @Test
  void onProdTheFlexibleInternalLoadBalancerGetsAPrivateAddress() {
    AppliedCluster prod = AppliedCluster.into(oci, ReferenceNetworks.prod());
    ServiceStatus grafana = prod.ccm().sync(prod.service("ops/grafana"));

    assertThat(prod.intent.validate().has("OKE-LB-010")).isFalse();
    assertThat(grafana.address()).hasValueSatisfying(ip -> assertThat(ip).startsWith("10.0."));
  }
}
