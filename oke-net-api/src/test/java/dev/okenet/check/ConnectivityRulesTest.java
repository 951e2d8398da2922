package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectivityRulesTest {

  private static OkeNetwork workersRoute(RouteRule rule) {
    return prodWith(b -> b.workers(Subnet.privateSubnet(22).withDnsLabel("workers").addRouteRule(rule)));
  }

  private static OkeNetwork endpoint(ApiEndpoint endpoint) {
    return prodWith(b -> b.cluster(prod().cluster().withEndpoint(endpoint)));
  }

  @Test
  void privateWorkersWithoutNatOrServiceGatewayAreStranded() {
    Finding f = triggers(prodWith(b -> b.gateways(Gateways.internet())), "OKE-NET-001");
    assertThat(f.path()).isEqualTo("workers");
    assertThat(f.message()).contains("no NAT gateway and no service gateway", "never join");
  }

  @Test
  void blockedNatCountsAsNoNat() {
    Finding f = triggers(prodWith(b -> b.gateways(Gateways.internet().withNat(NatGateway.standard().withBlocksTraffic(true)))), "OKE-NET-001");
    assertThat(f.message()).contains("a NAT gateway that blocks traffic");
  }

  @Test
  void privateWorkersWithAServiceGatewayAreConnected() {
    silent(prodWith(b -> b.gateways(Gateways.internet().withServiceGateway())), "OKE-NET-001");
  }

  @Test
  void privateEndpointWithoutClientsIsAWarning() {
    Finding f = triggers(endpoint(ApiEndpoint.privateEndpoint()), "OKE-NET-002");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("cluster.endpoint");
    assertThat(f.message()).contains("no client CIDR");
  }

  @Test
  void privateEndpointWithUnroutedClientsIsAWarning() {
    Finding f = triggers(endpoint(ApiEndpoint.privateEndpoint().addAllowedClients("203.0.113.0/24")), "OKE-NET-002");
    assertThat(f.message()).contains("203.0.113.0/24", "behind the DRG");
  }

  @Test
  void privateEndpointWithClientsBehindTheDrgIsAccepted() {
    silent(prod(), "OKE-NET-002");
  }

  @Test
  void destinationRoutedToTwoTargetsIsAnError() {
    Finding f = triggers(workersRoute(RouteRule.to("0.0.0.0/0", RouteTarget.internetGateway())), "OKE-NET-003");
    assertThat(f.path()).isEqualTo("workers");
    assertThat(f.message()).contains("prod-rt-workers", "0.0.0.0/0", "NAT gateway and internet gateway");
  }

  @Test
  void distinctDestinationsAreAccepted() {
    silent(workersRoute(RouteRule.to("203.0.113.0/24", RouteTarget.natGateway())), "OKE-NET-003");
  }

  @Test
  void drgRouteWithoutDrgIsAnError() {
    OkeNetwork n = workersRoute(RouteRule.to("172.16.0.0/12", RouteTarget.drg())).toBuilder().drg(Optional.empty()).build();
    Finding f = triggers(n, "OKE-NET-004");
    assertThat(f.path()).isEqualTo("workers.extraRouteRules");
    assertThat(f.message()).contains("172.16.0.0/12", "no DRG");
  }

  @Test
  void drgRouteWithDrgIsAccepted() {
    silent(workersRoute(RouteRule.to("172.16.0.0/12", RouteTarget.drg())), "OKE-NET-004");
  }

  @Test
  void routeToAnUndeclaredLocalPeeringIsAnError() {
    Finding f = triggers(workersRoute(RouteRule.to("10.51.0.0/16", RouteTarget.localPeering("shared"))), "OKE-NET-005");
    assertThat(f.path()).isEqualTo("workers.extraRouteRules");
    assertThat(f.message()).contains("10.51.0.0/16", "LPG shared", "does not declare");
  }

  @Test
  void routeToADeclaredLocalPeeringIsAccepted() {
    OkeNetwork n = workersRoute(RouteRule.to("10.51.0.0/16", RouteTarget.localPeering("shared")))
        .toBuilder().localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16"))).build();
    silent(n, "OKE-NET-005");
  }

  @Test
  void internetGatewayRouteInAPrivateSubnetIsAWarning() {
    Finding f = triggers(workersRoute(RouteRule.to("203.0.113.0/24", RouteTarget.internetGateway())), "OKE-NET-006");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("workers.extraRouteRules");
    assertThat(f.message()).contains("203.0.113.0/24", "dropped");
  }

  @Test
  void internetGatewayRouteInAPublicSubnetIsAccepted() {
    OkeNetwork n = prodWith(b -> b.extraSubnets(List.of(Subnet.publicSubnet(29).withName("bastion").withDnsLabel("bastion")
        .addRouteRule(RouteRule.to("203.0.113.0/24", RouteTarget.internetGateway())))));
    silent(n, "OKE-NET-006");
  }

  @Test
  void blockedNatBesideAServiceGatewayIsAWarning() {
    Finding f = triggers(prodWith(b -> b.gateways(Gateways.internet().withNat(NatGateway.standard().withBlocksTraffic(true)).withServiceGateway())), "OKE-NET-007");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("gateways");
  }

  @Test
  void openNatDrawsNoWarning() {
    silent(prod(), "OKE-NET-007");
  }


  @Test
  void gatewayRouteForAddressesInsideTheVcnIsAnError() {
    Finding f = triggers(workersRoute(RouteRule.to("10.0.64.0/24", RouteTarget.natGateway())), "OKE-NET-009");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("workers.extraRouteRules");
    assertThat(f.message()).contains("10.0.64.0/24", "NAT gateway", "inside the VCN block 10.0.0.0/16");
    assertThat(f.fix()).contains("outside 10.0.0.0/16");
  }

  @Test
  void internetGatewayRouteForTheWholeVcnBlockIsAnError() {
    Finding f = triggers(prodWith(b -> b.publicLoadBalancers(Subnet.publicSubnet(24).withDnsLabel("lbpublic")
        .addRouteRule(RouteRule.to("10.0.0.0/16", RouteTarget.internetGateway())))), "OKE-NET-009");
    assertThat(f.message()).contains("internet gateway", "private IP, a local peering gateway or a DRG");
  }

  @Test
  void routeInsideASecondVcnBlockIsAnError() {
    OkeNetwork n = workersRoute(RouteRule.to("10.9.1.0/24", RouteTarget.natGateway()))
        .toBuilder().vcn(Vcn.of("10.0.0.0/16", "10.9.0.0/16").withDnsLabel("prod")).build();
    Finding f = triggers(n, "OKE-NET-009");
    assertThat(f.message()).contains("10.9.0.0/16");
  }

  /** Oracle, "VCN Route Tables": intra-VCN routing may send part of the VCN to a DRG (e.g. a firewall behind it). */
  @Test
  void intraVcnRouteToTheDrgIsAccepted() {
    silent(workersRoute(RouteRule.to("10.0.0.0/16", RouteTarget.drg())), "OKE-NET-009");
  }

  /** Oracle, "VCN Route Tables": intra-VCN routing may send part of the VCN to a local peering gateway. */
  @Test
  void intraVcnRouteToALocalPeeringGatewayIsAccepted() {
    silent(workersRoute(RouteRule.to("10.0.64.0/24", RouteTarget.localPeering("shared")))
        .toBuilder().addLocalPeering(dev.okenet.vcn.LocalPeering.to("shared", "10.50.0.0/16")).build(), "OKE-NET-009");
  }

  @Test
  void routeWhoseDestinationContainsTheVcnIsAccepted() {
    silent(workersRoute(RouteRule.to("10.0.0.0/8", RouteTarget.drg())), "OKE-NET-009");
  }

  @Test
  void routeOutsideTheVcnIsAccepted() {
    silent(workersRoute(RouteRule.to("172.16.0.0/12", RouteTarget.drg())), "OKE-NET-009");
  }

  @Test
  void noInternetEgressNotesThatOnlyOcirImagesPull() {
    Finding f = triggers(prodWith(b -> b.internetEgress(InternetEgress.NONE)), "OKE-NET-010");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.path()).isEqualTo("internetEgress");
    assertThat(f.message()).contains("workers and pods", "0.0.0.0/0", "registries other than OCIR cannot be pulled",
        "ImagePullBackOff", "external APIs");
    assertThat(f.fix()).contains("internetEgress(InternetEgress.WORKERS_AND_PODS)");
  }

  @Test
  void workersOnlyEgressOnVcnNativeNotesThatPodsCannotCallOut() {
    Finding f = triggers(prodWith(b -> b.internetEgress(InternetEgress.WORKERS_ONLY)), "OKE-NET-010");
    assertThat(f.message()).contains("the pods get no egress rule", "pods cannot call external APIs", "images still pull");
  }

  @Test
  void workersOnlyEgressOnFlannelIsAccepted() {
    // flannel pods leave with their node's address, so the workers' rule serves them too
    silent(RuleAsserts.flannelWith(b -> b.internetEgress(InternetEgress.WORKERS_ONLY)), "OKE-NET-010");
  }

  @Test
  void defaultInternetEgressIsAccepted() {
    silent(prod(), "OKE-NET-010");
  }

  @Test
  void noGeneratedEgressButDeclaredHttpsToTheInternetIsAccepted() {
    silent(prodWith(b -> b.internetEgress(InternetEgress.NONE)
        .workers(withEgress(prod().workers(), Port.HTTPS))
        .pods(withEgress(prod().pods().orElseThrow(), Port.allTcp()))), "OKE-NET-010");
  }

  private static Subnet withEgress(Subnet s, Port port) {
    return s.addSecurityRule(SecurityRule.egress(Peer.anyIpv4(), port));
  }
}
