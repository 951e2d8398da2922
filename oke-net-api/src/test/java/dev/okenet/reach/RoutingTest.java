package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.apiEndpoint;
import static dev.okenet.reach.Endpoint.cidr;
import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.onPremises;
import static dev.okenet.reach.Endpoint.peeredVcn;
import static dev.okenet.reach.Endpoint.serviceNetwork;
import static dev.okenet.reach.Endpoint.subnet;
import static dev.okenet.reach.VerdictAssert.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Routing: local route, longest prefix, what each gateway may carry, and return routes. */
class RoutingTest {
  private static final OkeNetwork PROD = ReferenceNetworks.prod();
  private static final Reachability NATIVE = PROD.resolve().reachability();
  private static final Reachability FLANNEL = ReferenceNetworks.prodFlannel().resolve().reachability();

  static Stream<Arguments> bothCnis() {
    return Stream.of(Arguments.of("vcn-native", NATIVE), Arguments.of("flannel", FLANNEL));
  }

  /** prod whose workers' route table carries {@code rule} besides the generated ones. */
  private static Reachability workersRouting(RouteRule rule) {
    return PROD.toBuilder().workers(Subnet.privateSubnet(22).addRouteRule(rule)).build()
        .resolve().reachability();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void trafficBetweenSubnetsTakesTheImplicitLocalRoute(String cni, Reachability reach) {
    assertThat(reach.from(nodes("general")).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.ROUTE, "vcn").hasHop(HopKind.ROUTE, "implicit local route");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void theServiceNetworkIsReachedThroughTheServiceGateway(String cni, Reachability reach) {
    assertThat(reach.from(nodes("general")).to(serviceNetwork()).on(Port.HTTPS))
        .isAllowed().passedThrough(HopKind.ROUTE, "route-table:workers").hasHop(HopKind.ROUTE, "service gateway");
  }

  /** Oracle, "VCN Route Tables", Intra-VCN Routing: a static rule for the VCN's own block overrides the local route. */
  @Test
  void anIntraVcnRouteToTheDrgIsNamedInTheTrace() {
    Reachability reach = workersRouting(RouteRule.to("10.0.0.0/16", RouteTarget.drg()));
    assertThat(reach.from(nodes("general")).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.ROUTE, "route-table:workers").hasHop(HopKind.ROUTE, "intra-VCN route 10.0.0.0/16 → DRG");
  }

  @Test
  void aRouteLessSpecificThanTheVcnLeavesTheLocalRoute() {
    Reachability reach = workersRouting(RouteRule.to("10.0.0.0/8", RouteTarget.drg()));
    assertThat(reach.from(nodes("general")).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.ROUTE, "vcn");
  }

  @Test
  void theLongestPrefixWinsOverTheDrgRoute() {
    Reachability reach = workersRouting(RouteRule.to("192.168.7.0/24", RouteTarget.natGateway()));
    assertThat(reach.from(nodes("general")).to(cidr("192.168.7.10/32")).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "route-table:workers").becauseOf("192.168.7.0/24 → NAT gateway");
  }

  @Test
  void aLessSpecificDestinationStillTakesTheDrg() {
    Reachability reach = workersRouting(RouteRule.to("192.168.7.0/24", RouteTarget.natGateway()));
    assertThat(reach.from(nodes("general")).to(cidr("192.168.8.10/32")).on(Port.HTTPS))
        .hasHop(HopKind.ROUTE, "192.168.0.0/16 → DRG");
  }

  @Test
  void theInternetGatewayCarriesOnlyResourcesWithPublicAddresses() {
    Reachability reach = workersRouting(RouteRule.to("198.51.100.0/24", RouteTarget.internetGateway()));
    assertThat(reach.from(nodes("general")).to(cidr("198.51.100.7/32")).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "route-table:workers").becauseOf("carries only traffic of resources with a public address")
        .hasFixContaining("RouteTarget.natGateway()");
  }

  @Test
  void theInternetCannotOpenConnectionsToAPrivateSubnet() {
    assertThat(NATIVE.from(internet()).to(nodes("general")).on(Port.SSH))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "igw").becauseOf("NAT gateway is egress-only");
  }

  @Test
  void repliesThatWouldLeaveThroughTheNatGatewayHaveNoRoute() {
    Reachability reach = PROD.toBuilder().extraSubnets(java.util.List.of(Subnet.publicSubnet(29).withName("bastion")
            .addRouteRule(RouteRule.to("203.0.113.0/24", RouteTarget.natGateway()))
            .addSecurityRule(SecurityRule.ingress(Peer.anyIpv4(), Port.SSH))))
        .build().resolve().reachability();
    assertThat(reach.from(internet()).to(subnet("bastion")).on(Port.SSH))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "route-table:extra:bastion").becauseOf("which is egress-only");
  }

  @Test
  void aPublicSubnetWithAReturnRouteIsReachedFromTheInternet() {
    Reachability reach = PROD.toBuilder().extraSubnets(java.util.List.of(Subnet.publicSubnet(29).withName("bastion")
            .addSecurityRule(SecurityRule.ingress(Peer.anyIpv4(), Port.SSH))))
        .build().resolve().reachability();
    assertThat(reach.from(internet()).to(subnet("bastion")).on(Port.SSH))
        .isAllowed().passedThrough(HopKind.ROUTE, "igw").passedThrough(HopKind.ROUTE, "route-table:extra:bastion");
  }

  @Test
  void theDrgReachesOnlyTheCidrsItsAttachmentsReach() {
    Reachability reach = workersRouting(RouteRule.to("172.16.0.0/12", RouteTarget.drg()));
    assertThat(reach.from(nodes("general")).to(cidr("172.16.1.0/24")).on(Port.HTTPS))
        .hasNoRoute().becauseOf("no DRG attachment reaches").hasFixContaining("DrgAttachment");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void onPremisesComesInThroughTheDrgAndRepliesGoBackThroughIt(String cni, Reachability reach) {
    assertThat(reach.from(onPremises()).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.ROUTE, "drg").hasHop(HopKind.ROUTE, "192.168.0.0/16 → DRG");
  }

  @Test
  void aPeeredVcnComesInThroughItsLpg() {
    Reachability reach = PROD.toBuilder().addLocalPeering(LocalPeering.to("shared", "10.50.0.0/16"))
        .apiEndpoint(Subnet.privateSubnet(28).allowFrom(Peer.ipv4("10.50.0.0/16"), Port.tcp(6443)))
        .build().resolve().reachability();
    assertThat(reach.from(peeredVcn("shared")).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.ROUTE, "lpg:shared").hasHop(HopKind.ROUTE, "10.50.0.0/16 → LPG shared");
  }

  @Test
  void anLpgReachesOnlyItsPeersCidrs() {
    ResolvedNetwork net = PROD.toBuilder().addLocalPeering(LocalPeering.to("shared", "10.50.0.0/16"))
        .workers(Subnet.privateSubnet(22).addRouteRule(RouteRule.to("10.60.0.0/16", RouteTarget.localPeering("shared"))))
        .build().resolve();
    assertThat(net.reachability().from(nodes("general")).to(cidr("10.60.0.1/32")).on(Port.HTTPS))
        .hasNoRoute().becauseOf("the VCN behind LPG shared has [10.50.0.0/16]");
  }

  @Test
  void aPrivateNetworkNoGatewayReachesHasNoRoute() {
    assertThat(NATIVE.from(nodes("general")).to(cidr("172.20.0.0/24")).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "route-table:workers").becauseOf("a NAT gateway reaches only public addresses");
  }

  @Test
  void flowsWithNeitherEndInTheVcnHaveNoRoute() {
    assertThat(NATIVE.from(internet()).to(onPremises()).on(Port.HTTPS)).hasNoRoute().decidedBy(HopKind.ROUTE, "vcn");
  }

  @Test
  void addressesInTheVcnButInNoSubnetHaveNoRoute() {
    assertThat(NATIVE.from(nodes("general")).to(cidr("10.0.200.0/24")).on(Port.HTTPS))
        .hasNoRoute().becauseOf("in none of its subnets");
  }

  @Test
  void onPremisesWithoutADrgHasNoRoute() {
    Reachability reach = PROD.toBuilder().drg(java.util.Optional.empty()).build().resolve().reachability();
    assertThat(reach.from(onPremises()).to(apiEndpoint()).on(Port.tcp(6443)))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "drg").hasFixContaining("DrgAttachment.ipsecVpn");
  }
}
