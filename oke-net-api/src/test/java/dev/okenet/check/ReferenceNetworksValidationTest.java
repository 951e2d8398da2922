package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import org.junit.jupiter.api.Test;

class ReferenceNetworksValidationTest {

  @Test
  void prodHasNoFindingAtAll() {
    Report report = ReferenceNetworks.prod().validate();
    assertThat(report.findings()).as(report.render()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void prodFlannelHasNoFindingAtAll() {
    Report report = ReferenceNetworks.prodFlannel().validate();
    assertThat(report.findings()).as(report.render()).isEmpty();
  }

  @Test
  void brokenYieldsExactlyTheThreeClassicFailures() {
    Report report = ReferenceNetworks.broken().validate();
    assertThat(report.isValid()).isFalse();
    assertThat(report.ruleIds()).containsExactly("OKE-IP-001", "OKE-LB-001", "OKE-POL-001");
    // The private "public" LB subnet strands both public NLBs: that is what the second failure implies.
    assertThat(report.findings("OKE-LB-001")).extracting(Finding::path)
        .containsExactly("services[ingress-nginx/controller]", "services[shop/web]");
    assertThat(report.findings()).hasSize(4).allMatch(Finding::isError);
  }
}
