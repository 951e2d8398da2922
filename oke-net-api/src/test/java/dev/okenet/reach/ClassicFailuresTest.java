package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.pods;
import static dev.okenet.reach.Endpoint.service;
import static dev.okenet.reach.VerdictAssert.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The classic failures, each as reachability explains it before deploy. */
class ClassicFailuresTest {
  static Stream<Arguments> bothCnis() {
    return Stream.of(Arguments.of("vcn-native", ReferenceNetworks.prod()), Arguments.of("flannel", ReferenceNetworks.prodFlannel()));
  }

  @Test
  void flannelWithoutCalicoIgnoresThePolicyAndTheTraceSaysSo() {
    OkeNetwork flannel = ReferenceNetworks.prodFlannel();
    Reachability noEngine = flannel.toBuilder().cluster(flannel.cluster().withPolicyEngine(PolicyEngine.NONE)).build().resolve().reachability();
    assertThat(noEngine.from(pods("shop", "app=api")).to(pods("shop", "app=web")).on(Port.tcp(8443)))
        .isAllowed().hasHop(HopKind.POLICY, "NetworkPolicy shop/default-deny is not enforced: no policy engine");
  }

  @Test
  void flannelWithCalicoEnforcesThatSamePolicy() {
    assertThat(ReferenceNetworks.prodFlannel().resolve().reachability().from(pods("shop", "app=api")).to(pods("shop", "app=web")).on(Port.tcp(8443)))
        .isDenied().decidedBy(HopKind.POLICY, "shop/default-deny");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void anNlbPreservingTheSourceWithNoClientRuleDropsTheTraffic(String cni, OkeNetwork net) {
    // Node-port rules that name only the load balancer subnet: the NLB hands the nodes the client's address.
    Reachability reach = net.toBuilder().generatesLoadBalancerRules(false)
        .workers(Subnet.privateSubnet(22).allowFrom(Peer.role(SubnetRole.PUBLIC_LOAD_BALANCERS), Port.NODE_PORTS_TCP))
        .build().resolve().reachability();
    assertThat(reach.from(internet()).to(service("shop", "web")).on(Port.HTTPS))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:workers, default-security-list")
        .becauseOf("no ingress rule allows TCP 30000-32767 from internet")
        .hasHop(HopKind.SERVICE, "preserving the client's address")
        .hasFixContaining("Peer.anyIpv4(), Port.tcpRange(30000, 32767)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void aPrivateWorkerSubnetWithoutNatHasNoRouteToTheInternet(String cni, OkeNetwork net) {
    Reachability reach = net.toBuilder().gateways(Gateways.internet().withServiceGateway())
        .workers(Subnet.privateSubnet(22).addSecurityRule(SecurityRule.egress(Peer.anyIpv4(), Port.HTTPS)))
        .build().resolve().reachability();
    assertThat(reach.from(nodes("general")).to(internet()).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.ROUTE, "route-table:workers").becauseOf("no NAT gateway").hasFixContaining("Gateways.internet().withNat()");
  }

  @Test
  void flannelPodsWithoutNatHaveNoRouteEither() {
    OkeNetwork flannel = ReferenceNetworks.prodFlannel();
    Reachability reach = flannel.toBuilder().gateways(Gateways.internet().withServiceGateway()).build().resolve().reachability();
    assertThat(reach.from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .hasNoRoute().hasHop(HopKind.CNI, "SNAT").decidedBy(HopKind.ROUTE, "route-table:workers");
  }

  @Test
  void aPublicLoadBalancerInAPrivateSubnetNeverGetsAnAddress() {
    assertThat(ReferenceNetworks.broken().resolve().reachability().from(internet()).to(service("shop", "web")).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.SERVICE, "service:shop/web").becauseOf("never gives it a public address")
        .hasFixContaining("Subnet.publicSubnet(");
  }

  @Test
  void aPolicyNobodyEnforcesInBrokenIsNotedOnEveryPodFlow() {
    assertThat(ReferenceNetworks.broken().resolve().reachability().from(pods("shop", "app=web")).to(pods("kube-system", "k8s-app=kube-dns")).on(Port.udp(53)))
        .isAllowed().hasHop(HopKind.POLICY, "is not enforced: no policy engine");
  }

  @Test
  void aLoadBalancerServiceWithNoLoadBalancerSubnetNeverGetsAnAddress() {
    OkeNetwork prod = ReferenceNetworks.prod();
    Reachability reach = prod.toBuilder().publicLoadBalancers(java.util.Optional.empty()).build().resolve().reachability();
    assertThat(reach.from(internet()).to(service("shop", "web")).on(Port.HTTPS))
        .hasNoRoute().decidedBy(HopKind.SERVICE, "service:shop/web").becauseOf("has no public load balancers subnet")
        .hasFixContaining(".publicLoadBalancers(Subnet.publicSubnet(");
  }
}
