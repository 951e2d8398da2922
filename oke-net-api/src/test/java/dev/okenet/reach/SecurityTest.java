package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.apiEndpoint;
import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.pods;
import static dev.okenet.reach.Endpoint.subnet;
import static dev.okenet.reach.VerdictAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Security: egress at the source, ingress at the destination, lists and NSGs as a union, stateful and stateless rules. */
class SecurityTest {
  private static final OkeNetwork PROD = ReferenceNetworks.prod();
  /** A bastion that may send SSH anywhere in the VCN: only the destination's ingress decides. */
  private static final Subnet BASTION = Subnet.publicSubnet(29).withName("bastion")
      .addSecurityRule(SecurityRule.egress(Peer.ipv4("10.0.0.0/16"), Port.SSH));

  /** prod with no generated internet egress, so the tests below see only the rules they declare. */
  private static final OkeNetwork PROD_NO_EGRESS = PROD.toBuilder().internetEgress(InternetEgress.NONE).build();

  static Stream<Arguments> bothCnis() {
    return Stream.of(Arguments.of("vcn-native", PROD), Arguments.of("flannel", ReferenceNetworks.prodFlannel()));
  }

  static Stream<Arguments> bothCnisWithoutInternetEgress() {
    return bothCnis().map(a -> Arguments.of(a.get()[0], ((OkeNetwork) a.get()[1]).toBuilder().internetEgress(InternetEgress.NONE).build()));
  }

  private static Reachability withBastion(OkeNetwork base) {
    return base.toBuilder().extraSubnets(List.of(BASTION)).build().resolve().reachability();
  }

  private static Reachability withMetricsNsg(Nsg metrics) {
    Subnet bastion = Subnet.publicSubnet(29).withName("bastion")
        .addSecurityRule(SecurityRule.egress(Peer.ipv4("10.0.0.0/16"), Port.all()));
    return PROD_NO_EGRESS.toBuilder().extraSubnets(List.of(bastion))
        .addNsg(metrics)
        .nodePools(List.of(NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12).withMaxPodsPerNode(60).addNsgs("metrics"),
            NodePool.of("batch", Shape.flex("VM.Standard.E5.Flex", 2), 0, 6).withMaxPodsPerNode(31)))
        .build().resolve().reachability();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnisWithoutInternetEgress")
  void egressAtTheSourceDecidesFirst(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(nodes("general")).to(internet()).on(Port.HTTPS))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:workers, default-security-list").becauseOf("no egress rule allows TCP 443")
        .hasFixContaining("SecurityRule.egress(Peer.anyIpv4(), Port.tcp(443))");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void ingressAtTheDestinationDecidesWhenEgressAllows(String cni, OkeNetwork net) {
    assertThat(withBastion(net).from(subnet("bastion")).to(nodes("general")).on(Port.SSH))
        .isDenied().passedThrough(HopKind.SECURITY, "security-list:extra:bastion")
        .decidedBy(HopKind.SECURITY, "nsg:workers, default-security-list").becauseOf("no ingress rule allows TCP 22")
        .hasFixContaining("allowFrom(Peer.ipv4(");
  }

  @Test
  void aSecurityListAndAnNsgCombineAsAUnion() {
    Reachability reach = PROD.toBuilder().extraSubnets(List.of(BASTION))
        .workers(Subnet.privateSubnet(22)
            .addSecurityList(SecurityList.named("ssh").addRule(SecurityRule.ingress(Peer.ipv4("10.0.0.0/16"), Port.SSH))))
        .build().resolve().reachability();
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.SSH))
        .isAllowed().passedThrough(HopKind.SECURITY, "security-list:workers:ssh");
  }

  @Test
  void theNsgsOfTheDestinationVnicAreTheOnesChecked() {
    Reachability reach = withMetricsNsg(Nsg.named("metrics").allowFrom(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100)));
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcp(9100))).isAllowed().passedThrough(HopKind.SECURITY, "nsg:custom:metrics");
    assertThat(reach.from(subnet("bastion")).to(nodes("batch")).on(Port.tcp(9100))).isDenied();
  }

  @Test
  void aStatelessRuleWithoutAReturnRuleIsDenied() {
    Reachability reach = withMetricsNsg(Nsg.named("metrics").addRule(SecurityRule.ingress(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100)).withStateful(false)));
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcp(9100)))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:custom:metrics").becauseOf("stateless").hasFixContaining("stateful");
  }

  @Test
  void aStatelessRuleWithAReturnRuleIsAllowed() {
    Reachability reach = withMetricsNsg(Nsg.named("metrics")
        .addRule(SecurityRule.ingress(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100)).withStateful(false))
        .addRule(SecurityRule.egress(Peer.ipv4("10.0.0.0/16"), Port.allTcp()).withStateful(false)));
    Verdict v = reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcp(9100));
    assertThat(v).isAllowed().hasHop(HopKind.SECURITY, "egress to 10.0.0.0/16 TCP all");
    assertThat(v.hops()).anySatisfy(h -> assertThat(h.at()).startsWith("return traffic at nodes of general"));
  }

  @Test
  void aStatefulRuleNeedsNoReturnRule() {
    Reachability reach = withMetricsNsg(Nsg.named("metrics").allowFrom(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100)));
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcp(9100)).hops())
        .noneSatisfy(h -> assertThat(h.at()).startsWith("return traffic"));
  }

  @Test
  void aPortRangeIsAllowedOnlyWhenEveryPortOfItIs() {
    Reachability reach = withMetricsNsg(Nsg.named("metrics").allowFrom(Peer.ipv4("10.0.0.0/16"), Port.tcpRange(9100, 9200)));
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcpRange(9100, 9150))).isAllowed();
    assertThat(reach.from(subnet("bastion")).to(nodes("general")).on(Port.tcpRange(9100, 9300))).isDenied();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void securityListModeChecksTheRoleSecurityLists(String cni, OkeNetwork net) {
    Reachability reach = net.toBuilder().securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build().resolve().reachability();
    assertThat(reach.from(nodes("general")).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().passedThrough(HopKind.SECURITY, "security-list:workers").passedThrough(HopKind.SECURITY, "security-list:api");
  }

  @Test
  void vcnNativePodsAreCheckedAgainstTheirPodNsg() {
    Reachability reach = PROD_NO_EGRESS.toBuilder().addNsg(Nsg.named("egress").allowTo(Peer.anyIpv4(), Port.HTTPS))
        .nodePools(List.of(NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12).withMaxPodsPerNode(60).addPodNsgs("egress")))
        .build().resolve().reachability();
    assertThat(reach.from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:custom:egress");
    assertThat(PROD_NO_EGRESS.resolve().reachability().from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:pods, default-security-list");
  }

  @Test
  void flannelPodsLeaveTheNodeUnderTheWorkersRules() {
    OkeNetwork flannel = PROD_NO_EGRESS.toBuilder().podNetworking(PodNetworking.flannel()).pods(Optional.empty())
        .workers(Subnet.privateSubnet(22).addSecurityRule(SecurityRule.egress(Peer.anyIpv4(), Port.HTTPS)))
        .build();
    assertThat(flannel.resolve().reachability().from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:workers").hasHop(HopKind.CNI, "SNAT");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void nodesReachTheInternetOverTcpByDefault(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(nodes("general")).to(internet()).on(Port.HTTPS))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:workers");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothCnis")
  void defaultInternetEgressIsTcpOnly(String cni, OkeNetwork net) {
    assertThat(net.resolve().reachability().from(nodes("general")).to(internet()).on(Port.udp(443)))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:workers, default-security-list");
  }

  @Test
  void vcnNativePodsReachTheInternetByDefault() {
    assertThat(PROD.resolve().reachability().from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:pods");
  }

  @Test
  void workersOnlyEgressLeavesVcnNativePodsInside() {
    Reachability reach = PROD.toBuilder().internetEgress(InternetEgress.WORKERS_ONLY).build().resolve().reachability();
    assertThat(reach.from(nodes("general")).to(internet()).on(Port.HTTPS)).isAllowed();
    assertThat(reach.from(pods("kube-system", "k8s-app=kube-dns")).to(internet()).on(Port.HTTPS))
        .isDenied().decidedBy(HopKind.SECURITY, "nsg:pods, default-security-list");
  }

  /** metrics-server scrapes the kubelet on 10250 of every node: VCN-native pods need egress to the workers. */
  @Test
  void vcnNativePodsReachTheKubeletOnWorkers() {
    assertThat(PROD.resolve().reachability().from(pods("kube-system", "k8s-app=metrics-server")).to(nodes("general")).on(Port.tcp(10250)))
        .isAllowed().passedThrough(HopKind.SECURITY, "nsg:pods");
  }
}
