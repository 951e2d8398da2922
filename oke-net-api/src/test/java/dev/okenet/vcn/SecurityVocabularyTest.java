package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityVocabularyTest {

  @Test
  void peersRenderForHumans() {
    assertThat(Peer.ipv4("192.168.0.0/16")).hasToString("192.168.0.0/16");
    assertThat(Peer.role(SubnetRole.WORKERS)).hasToString("workers");
    assertThat(Peer.nsg("bastion")).hasToString("nsg bastion");
    assertThat(Peer.serviceNetwork()).hasToString("Oracle Services Network");
  }

  @Test
  void anyIpv4IsZeroSlashZero() {
    assertThat(Peer.anyIpv4().isAnyIpv4()).isTrue();
    assertThat(Peer.anyIpv4().cidr()).isEqualTo(Cidr.ANY_IPV4);
    assertThat(Peer.ipv4("10.0.0.0/8").isAnyIpv4()).isFalse();
  }

  @Test
  void blankNsgNameIsRejected() {
    assertThatThrownBy(() -> Peer.nsg(" ")).hasMessageContaining("Peer.nsg(\"bastion\")");
  }

  @Test
  void nullRoleIsRejectedWithoutNpe() {
    assertThatThrownBy(() -> Peer.role(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SubnetRole.WORKERS");
  }

  @Test
  void rulesAreStatefulByDefault() {
    SecurityRule rule = SecurityRule.ingress(Peer.anyIpv4(), Port.HTTPS);
    assertThat(rule.isStateful()).isTrue();
    assertThat(rule.withStateful(false).isStateful()).isFalse();
  }

  @Test
  void ruleWithoutPortIsRejected() {
    assertThatThrownBy(() -> SecurityRule.egress(Peer.anyIpv4(), null)).hasMessageContaining("needs a port");
  }

  @Test
  void tooLongDescriptionIsRejected() {
    assertThatThrownBy(() -> SecurityRule.ingress(Peer.anyIpv4(), Port.SSH).withDescription("x".repeat(256)))
        .hasMessageContaining("256 characters long; OCI allows 255");
  }

  @Test
  void rulesAreEqualByValue() {
    assertThat(SecurityRule.ingress(Peer.anyIpv4(), Port.HTTPS).withDescription("web"))
        .isEqualTo(SecurityRule.ingress(Peer.ipv4("0.0.0.0/0"), Port.tcp(443)).withDescription("web"));
  }

  @Test
  void nsgAllowFromRecordsAnIngressIntent() {
    Nsg bastion = Nsg.named("bastion").allowFrom(Peer.ipv4("192.168.0.0/16"), Port.SSH).allowTo(Peer.role(SubnetRole.WORKERS), Port.SSH);
    assertThat(bastion.rules()).extracting(SecurityRule::direction).containsExactly(Direction.INGRESS, Direction.EGRESS);
    assertThat(Nsg.named("bastion")).isEqualTo(Nsg.named("bastion"));
  }

  @Test
  void blankNsgIsRejected() {
    assertThatThrownBy(() -> Nsg.named("")).hasMessageContaining("Nsg name must not be blank");
  }

  @Test
  void routeRulesNameTheirTarget() {
    assertThat(RouteRule.to("0.0.0.0/0", RouteTarget.natGateway())).hasToString("0.0.0.0/0 → NAT gateway");
    assertThat(RouteRule.toServiceNetwork(RouteTarget.serviceGateway()).isServiceNetwork()).isTrue();
    assertThat(RouteTarget.localPeering("shared")).hasToString("LPG shared");
  }

  @Test
  void routeTargetsPrintTheDslThatBuildsThem() {
    assertThat(RouteTarget.natGateway().toCode()).isEqualTo("RouteTarget.natGateway()");
    assertThat(RouteTarget.localPeering("shared \"east\"").toCode()).isEqualTo("RouteTarget.localPeering(\"shared \\\"east\\\"\")");
  }

  @Test
  void routeRuleWithoutTargetIsRejected() {
    assertThatThrownBy(() -> RouteRule.to("10.0.0.0/8", null)).hasMessageContaining("needs a target");
  }
}
