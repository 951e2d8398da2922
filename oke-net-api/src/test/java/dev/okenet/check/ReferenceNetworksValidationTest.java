package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import org.junit.jupiter.api.Test;

class ReferenceNetworksValidationTest {
  /** prod's one real finding: shop's policies admit ingress-nginx only to app=web, not to the /v1 route's app=api. */
  private static final String API_ROUTE_DROPPED = "OKE-POL-005";

  @Test
  void prodHasNoErrorAndOnlyTheDroppedApiRouteWarning() {
    Report report = ReferenceNetworks.prod().validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).as(report.render()).isEmpty();
    assertThat(report.findings()).as(report.render()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(API_ROUTE_DROPPED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("api.example.com/v1", "shop/api:8080");
    });
  }

  @Test
  void prodFlannelHasNoErrorAndOnlyTheDroppedApiRouteWarning() {
    Report report = ReferenceNetworks.prodFlannel().validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings()).as(report.render()).extracting(Finding::ruleId).containsExactly(API_ROUTE_DROPPED);
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
