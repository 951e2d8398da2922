package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.servicesWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static dev.okenet.check.RuleAsserts.triggersAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureRulesTest {
  private static final Service GRAFANA = Service.loadBalancer("ops", "grafana").addPort(3000).withInternal();

  private static OkeNetwork withService(Service s) {
    OkeNetwork p = prod();
    return p.toBuilder().services(servicesWith(p, s)).build();
  }

  /** prod without generated LB rules, with worker ingress from the public LB subnet on node ports and 10256. */
  private static OkeNetwork lbRulesByHand(Peer... extraNodePortSources) {
    Subnet workers = prod().workers()
        .allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP)
        .allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.tcp(10256));
    for (Peer p : extraNodePortSources) {
      workers = workers.allowFrom(p, Port.NODE_PORTS_TCP);
    }
    Subnet w = workers;
    return prodWith(b -> b.generatesLoadBalancerRules(false).workers(w));
  }

  @Test
  void publicNlbInAPrivateLbSubnetNeverGetsAnAddress() {
    List<Finding> all = triggersAll(ReferenceNetworks.broken(), "OKE-LB-001");
    assertThat(all).extracting(Finding::path).containsExactly("services[ingress-nginx/controller]", "services[shop/web]");
    assertThat(all.get(1).message()).contains("public NLB for shop/web", "10.0.2.0/24", "private subnet", "<pending>");
  }

  @Test
  void publicServiceWithOnlyAnInternalLbSubnetIsAnError() {
    List<Finding> all = triggersAll(prodWith(b -> b.publicLoadBalancers(Optional.empty())), "OKE-LB-001");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).message()).contains("declares only internalLoadBalancers");
  }

  @Test
  void publicServiceInAPublicLbSubnetIsAccepted() {
    silent(prod(), "OKE-LB-001");
  }

  @Test
  void publicLbSubnetWithoutInternetGatewayIsAnError() {
    Finding f = triggers(prodWith(b -> b.gateways(Gateways.none().withNat().withServiceGateway())), "OKE-LB-002");
    assertThat(f.path()).isEqualTo("publicLoadBalancers");
    assertThat(f.message()).contains("10.0.1.0/24", "shop/web and ingress-nginx/controller");
  }

  @Test
  void publicLbSubnetWithInternetGatewayIsAccepted() {
    silent(prod(), "OKE-LB-002");
  }

  @Test
  void publicInternalLbSubnetIsAWarning() {
    Finding f = triggers(prodWith(b -> b.internalLoadBalancers(Subnet.publicSubnet(26).withDnsLabel("lbinternal"))), "OKE-LB-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("internalLoadBalancers");
  }

  @Test
  void privateInternalLbSubnetIsAccepted() {
    silent(prod(), "OKE-LB-003");
  }

  @Test
  void loadBalancerServicesWithoutAnyLbSubnetAreErrors() {
    List<Finding> all = triggersAll(prodWith(b -> b.publicLoadBalancers(Optional.empty()).internalLoadBalancers(Optional.empty())), "OKE-LB-004");
    assertThat(all).extracting(Finding::path)
        .containsExactly("services[ingress-nginx/controller]", "services[ops/grafana]", "services[shop/web]");
    assertThat(all.get(1).message()).contains("internal load balancer", "no load balancer subnet");
  }

  @Test
  void loadBalancerServicesWithLbSubnetsAreAccepted() {
    silent(prod(), "OKE-LB-004");
  }

  @Test
  void nlbWithRuleManagementNoneAndNoBackendRulesIsAnError() {
    List<Finding> all = triggersAll(prodWith(b -> b.generatesLoadBalancerRules(false)), "OKE-LB-005");
    assertThat(all).extracting(Finding::path).containsExactly("services[ingress-nginx/controller]", "services[shop/web]");
    assertThat(all.get(0).message()).contains("management None", "TCP 30000-32767 and TCP 10256", "health checks fail");
    assertThat(all.get(1).message()).contains("TCP 30000-32767").doesNotContain("10256");
  }

  @Test
  void localTrafficPolicyServicesNeedNoKubeProxyHealthCheckRule() {
    OkeNetwork nodePortsOnly = prodWith(b -> b.generatesLoadBalancerRules(false)
        .workers(prod().workers().allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP)));
    List<Finding> all = triggersAll(nodePortsOnly, "OKE-LB-005");
    assertThat(all).extracting(Finding::path).containsExactly("services[ingress-nginx/controller]");
  }

  @Test
  void nlbWithBackendRulesWrittenByHandIsAccepted() {
    silent(lbRulesByHand(), "OKE-LB-005");
  }

  @Test
  void preservedSourceNlbWhoseNodePortsOnlyAdmitTheLbSubnetIsAnError() {
    Finding f = triggers(lbRulesByHand(), "OKE-LB-006");
    assertThat(f.path()).isEqualTo("services[shop/web]");
    assertThat(f.message()).contains("externalTrafficPolicy Local", "from 0.0.0.0/0", "admits only public load balancers", "dropped");
  }

  @Test
  void preservedSourceNlbWhoseNodePortsAdmitTheClientsIsAccepted() {
    silent(lbRulesByHand(Peer.anyIpv4()), "OKE-LB-006");
  }

  @Test
  void publicSubnetRoutingToBothInternetAndServiceGatewayIsAnError() {
    Finding f = triggers(prodWith(b -> b.publicLoadBalancers(Subnet.publicSubnet(24).withDnsLabel("lbpublic")
        .addRouteRule(RouteRule.toServiceNetwork(RouteTarget.serviceGateway())))), "OKE-LB-007");
    assertThat(f.path()).isEqualTo("publicLoadBalancers");
    assertThat(f.message()).contains("prod-rt-lb-public", "Oracle Services Network to the service gateway");
  }

  @Test
  void publicSubnetRoutingOnlyToTheInternetGatewayIsAccepted() {
    silent(prod(), "OKE-LB-007");
  }

  @Test
  void sixNsgsOnALoadBalancerAreAnError() {
    OkeNetwork n = withService(GRAFANA.withFlexibleShape(10, 100).addNsgs("a", "b", "c", "d", "e")).toBuilder()
        .addNsgs(Nsg.named("a"), Nsg.named("b"), Nsg.named("c"), Nsg.named("d"), Nsg.named("e")).build();
    Finding f = triggers(n, "OKE-LB-008");
    assertThat(f.path()).isEqualTo("services[ops/grafana]");
    assertThat(f.message()).contains("6 NSGs", "allows 5");
    assertThat(f.fix()).contains("at most 4 custom");
  }

  @Test
  void fiveNsgsOnALoadBalancerAreAccepted() {
    OkeNetwork n = withService(GRAFANA.withFlexibleShape(10, 100).addNsgs("a", "b", "c", "d")).toBuilder()
        .addNsgs(Nsg.named("a"), Nsg.named("b"), Nsg.named("c"), Nsg.named("d")).build();
    silent(n, "OKE-LB-008");
  }

  @Test
  void flexibleMinimumAboveMaximumIsAnError() {
    Finding f = triggers(withService(GRAFANA.withFlexibleShape(100, 10)), "OKE-LB-009");
    assertThat(f.path()).isEqualTo("services[ops/grafana]");
    assertThat(f.message()).contains("100 Mbps", "10 Mbps");
    assertThat(f.fix()).contains("withFlexibleShape(10, 100)");
  }

  @Test
  void flexibleBandwidthBelowTenMbpsIsAnError() {
    Finding f = triggers(withService(GRAFANA.withFlexibleShape(5, 100)), "OKE-LB-009");
    assertThat(f.message()).contains("5–100 Mbps", "10–8,000 Mbps");
  }

  @Test
  void flexibleBandwidthInRangeIsAccepted() {
    silent(prod(), "OKE-LB-009");
  }

  @Test
  void fixed100MbpsShapeIsAWarning() {
    Finding f = triggers(withService(GRAFANA), "OKE-LB-010");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("services[ops/grafana]");
    assertThat(f.message()).contains("100Mbps", "quota");
  }

  @Test
  void flexibleShapeDrawsNoQuotaWarning() {
    silent(prod(), "OKE-LB-010");
  }

  @Test
  void internalServiceWithoutInternalLbSubnetIsAnError() {
    Finding f = triggers(prodWith(b -> b.internalLoadBalancers(Optional.empty())), "OKE-LB-011");
    assertThat(f.path()).isEqualTo("services[ops/grafana]");
    assertThat(f.message()).contains("internal LB subnet");
  }

  @Test
  void internalServiceWithInternalLbSubnetIsAccepted() {
    silent(prod(), "OKE-LB-011");
  }

  @Test
  void udpOnALayer7LoadBalancerIsAnError() {
    Finding f = triggers(withService(Service.loadBalancer("shop", "dns").addUdpPort(53, 5353).withFlexibleShape(10, 10)), "OKE-LB-012");
    assertThat(f.path()).isEqualTo("services[shop/dns]");
    assertThat(f.message()).contains("UDP 53");
  }

  @Test
  void udpOnANetworkLoadBalancerIsAccepted() {
    silent(withService(Service.loadBalancer("shop", "dns").addUdpPort(53, 5353).withNetworkLoadBalancer()), "OKE-LB-012");
  }

  /** prod's shop/web NLB, changed. */
  private static Service web(java.util.function.UnaryOperator<Service> change) {
    return change.apply(prod().service("shop", "web").orElseThrow());
  }

  @Test
  void nlbAskedToTerminateTlsIsAnError() {
    Finding f = triggers(withService(web(s -> s.withTls("shop-tls", 443))), "OKE-LB-013");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("services[shop/web]");
    assertThat(f.message()).contains("public NLB for shop/web", "TLS termination on ports [443] with secret 'shop-tls'");
    assertThat(f.fix()).contains("Drop withTls(..) from shop/web", "drop withNetworkLoadBalancer()", "terminate TLS in the pods");
  }

  @Test
  void nlbGivenBackendProtocolAndBandwidthNamesBothInOneFinding() {
    Finding f = triggers(withService(web(s -> s.withBackendProtocol("HTTP").withFlexibleShape(10, 100))), "OKE-LB-013");
    assertThat(f.message()).contains("backend protocol 'HTTP'", "flexible bandwidth 10–100 Mbps");
    assertThat(f.fix()).contains("Drop withBackendProtocol(..) and withFlexibleShape(..) from shop/web");
  }

  @Test
  void layer7LoadBalancerTerminatingTlsIsAccepted() {
    silent(withService(GRAFANA.withFlexibleShape(10, 100).withTls("grafana-tls", 3000).withBackendProtocol("HTTP")), "OKE-LB-013");
  }

  @Test
  void plainNlbIsAccepted() {
    silent(prod(), "OKE-LB-013");
  }

  private static Service dnsNlb(SecurityRuleManagement mode) {
    return Service.loadBalancer("dns", "coredns-public").addUdpPort(53, 5353).addPort(53, 5353).withNetworkLoadBalancer()
        .withSecurityRuleManagement(mode);
  }

  @Test
  void udpNlbWithSecurityListManagementAllIsRefusedByTheCcm() {
    Finding f = triggers(withService(dnsNlb(SecurityRuleManagement.SL_ALL)), "OKE-LB-014");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("services[dns/coredns-public]");
    assertThat(f.message()).contains("UDP 53", "SL-All", "security-list management mode All",
        "can only be 'None' for UDP protocol", "<pending>");
    assertThat(f.fix()).contains("withSecurityRuleManagement(SecurityRuleManagement.NONE)", "SecurityRuleManagement.NSG");
  }

  @Test
  void udpNlbWithSecurityListManagementFrontendIsRefusedByTheCcm() {
    Finding f = triggers(withService(dnsNlb(SecurityRuleManagement.SL_FRONTEND)), "OKE-LB-014");
    assertThat(f.message()).contains("SL-Frontend", "mode Frontend");
  }

  @Test
  void udpNlbWithManagementNoneIsAccepted() {
    silent(withService(dnsNlb(SecurityRuleManagement.NONE)), "OKE-LB-014");
  }

  @Test
  void udpNlbWithNsgManagementIsAccepted() {
    silent(withService(dnsNlb(SecurityRuleManagement.NSG)), "OKE-LB-014");
  }

  @Test
  void tcpNlbWithSecurityListManagementAllIsAccepted() {
    silent(withService(web(s -> s.withSecurityRuleManagement(SecurityRuleManagement.SL_ALL))), "OKE-LB-014");
  }

  @Test
  void tlsOnAPortTheServiceDoesNotExposeTerminatesNothing() {
    Finding f = triggers(withService(GRAFANA.withFlexibleShape(10, 100).withTls("grafana-tls", 443)), "OKE-LB-015");
    assertThat(f.message()).contains("ops/grafana", "port [443]", "not among its ports [3000]");
    assertThat(f.fix()).contains("withTls(\"grafana-tls\", 3000)");
  }

  @Test
  void aTlsSecretWithoutPortsIsHalfAConfiguration() {
    Finding f = triggers(withService(GRAFANA.withFlexibleShape(10, 100).withTls("grafana-tls")), "OKE-LB-015");
    assertThat(f.message()).contains("names TLS secret 'grafana-tls' but no TLS port");
  }

  @Test
  void grpcWithoutTlsIsRefusedByTheCcm() {
    Finding f = triggers(withService(GRAFANA.withFlexibleShape(10, 100).withBackendProtocol("grpc")), "OKE-LB-015");
    assertThat(f.message()).contains("GRPC backend protocol without TLS");
  }

  @Test
  void grpcWithTlsOnTheServicesPortIsAccepted() {
    silent(withService(GRAFANA.withFlexibleShape(10, 100).withBackendProtocol("GRPC").withTls("grafana-tls", 3000)), "OKE-LB-015");
  }
}
