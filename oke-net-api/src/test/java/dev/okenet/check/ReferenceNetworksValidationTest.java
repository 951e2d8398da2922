package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import org.junit.jupiter.api.Test;

class ReferenceNetworksValidationTest {
  /** prod's first real finding: shop's policies admit ingress-nginx only to app=web, not to the /v1 route's app=api. */
  private static final String API_ROUTE_DROPPED = "OKE-POL-005";
  /**
   * prod's second: shop/web is a public NLB preserving the client's address, and shop's default
   * deny admits no client, so internet → shop/web:443 is dropped at the pods (reachability says
   * DENIED by shop/default-deny). The reference network is defined by shared/REFERENCE-NETWORK.md
   * and stays as it is; the warning is the truth about it.
   */
  private static final String PUBLIC_SERVICE_DROPPED = "OKE-POL-006";

  @Test
  void prodHasNoErrorAndOnlyTheTwoPolicyWarnings() {
    Report report = ReferenceNetworks.prod().validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).as(report.render()).isEmpty();
    assertThat(report.findings()).as(report.render()).extracting(Finding::ruleId)
        .containsExactly(API_ROUTE_DROPPED, PUBLIC_SERVICE_DROPPED);
    assertThat(report.findings()).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(report.findings(API_ROUTE_DROPPED).get(0).message()).contains("api.example.com/v1", "shop/api:8080");
    assertThat(report.findings(PUBLIC_SERVICE_DROPPED).get(0).message()).contains("shop/web", "shop/default-deny");
  }

  @Test
  void prodFlannelHasNoErrorAndOnlyTheTwoPolicyWarnings() {
    Report report = ReferenceNetworks.prodFlannel().validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings()).as(report.render()).extracting(Finding::ruleId)
        .containsExactly(API_ROUTE_DROPPED, PUBLIC_SERVICE_DROPPED);
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
