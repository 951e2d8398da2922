package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RouteRuleTest {

  static RouteTarget[] everyTargetButTheServiceGateway() {
    return new RouteTarget[] {RouteTarget.internetGateway(), RouteTarget.natGateway(), RouteTarget.drg(), RouteTarget.localPeering("shared")};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTargetButTheServiceGateway")
  void theServiceNetworkRoutedAnywhereButTheServiceGatewayIsRefused(RouteTarget target) {
    assertThatThrownBy(() -> RouteRule.toServiceNetwork(target)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Oracle Services Network → " + target)
        .hasMessageContaining("RouteRule.toServiceNetwork(RouteTarget.serviceGateway())");
  }

  @Test
  void aCidrRoutedToTheServiceGatewayIsRefused() {
    assertThatThrownBy(() -> RouteRule.to("100.64.0.0/16", RouteTarget.serviceGateway())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100.64.0.0/16 → service gateway")
        .hasMessageContaining("routes only the Oracle Services Network")
        .hasMessageContaining("RouteRule.toServiceNetwork(RouteTarget.serviceGateway())");
  }

  @Test
  void theAnyAddressRoutedToTheServiceGatewayIsRefused() {
    assertThatThrownBy(() -> RouteRule.to("0.0.0.0/0", RouteTarget.serviceGateway())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0.0.0/0 → service gateway");
  }

  @Test
  void theServiceNetworkRoutedToTheServiceGatewayIsBuilt() {
    RouteRule rule = RouteRule.toServiceNetwork(RouteTarget.serviceGateway()).withDescription("Oracle services");
    assertThat(rule.isServiceNetwork()).isTrue();
    assertThat(rule.target()).isEqualTo(RouteTarget.serviceGateway());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTargetButTheServiceGateway")
  void aCidrRoutedToAnyOtherGatewayIsBuilt(RouteTarget target) {
    assertThat(RouteRule.to("192.168.0.0/16", target).target()).isEqualTo(target);
  }
}
