package dev.okenet.resolved;

import static dev.okenet.resolved.RuleAssertions.assertHasNoRule;
import static dev.okenet.resolved.RuleAssertions.assertHasRule;
import static dev.okenet.vcn.Direction.EGRESS;
import static dev.okenet.vcn.Direction.INGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the "Security rules OKE requires" table of shared/OCI-FACTS.md, written out here
 * independently of the resolver's own table, for both CNIs.
 */
class OkeRequiredRulesResolveTest {
  private static final ResolvedNetwork NATIVE = ReferenceNetworks.prod().resolve();
  private static final ResolvedNetwork FLANNEL = ReferenceNetworks.prodFlannel().resolve();
  private static final String API = "nsg:api";
  private static final String W = "nsg:workers";
  private static final String P = "nsg:pods";
  private static final String OSN = "Oracle Services Network";
  private static final String ANY = "0.0.0.0/0";
  private static final Port ICMP = Port.icmp(3, 4);

  static Stream<Arguments> vcnNativeRows() {
    return Stream.of(
        row(API, INGRESS, W, Port.tcp(6443)), row(API, INGRESS, W, Port.tcp(12250)), row(API, INGRESS, W, ICMP),
        row(API, INGRESS, P, Port.tcp(6443)), row(API, INGRESS, P, Port.tcp(12250)),
        row(API, INGRESS, "192.168.0.0/16", Port.tcp(6443)),
        row(API, EGRESS, OSN, Port.tcp(443)), row(API, EGRESS, W, Port.tcp(10250)), row(API, EGRESS, W, ICMP),
        row(API, EGRESS, P, Port.all()),
        row(W, INGRESS, W, Port.all()), row(W, INGRESS, P, Port.all()), row(W, INGRESS, API, Port.tcp(10250)),
        row(W, INGRESS, API, ICMP), row(W, INGRESS, ANY, ICMP),
        row(W, EGRESS, W, Port.all()), row(W, EGRESS, ANY, ICMP), row(W, EGRESS, OSN, Port.allTcp()),
        row(W, EGRESS, API, Port.tcp(6443)), row(W, EGRESS, API, Port.tcp(12250)), row(W, EGRESS, P, Port.all()),
        row(P, INGRESS, API, Port.all()), row(P, INGRESS, W, Port.all()), row(P, INGRESS, P, Port.all()),
        row(P, EGRESS, P, Port.all()), row(P, EGRESS, OSN, ICMP), row(P, EGRESS, OSN, Port.allTcp()),
        row(P, EGRESS, API, Port.tcp(6443)), row(P, EGRESS, API, Port.tcp(12250)));
  }

  static Stream<Arguments> flannelRows() {
    return Stream.of(
        row(API, INGRESS, W, Port.tcp(6443)), row(API, INGRESS, W, Port.tcp(12250)), row(API, INGRESS, W, ICMP),
        row(API, INGRESS, "192.168.0.0/16", Port.tcp(6443)),
        row(API, EGRESS, OSN, Port.tcp(443)), row(API, EGRESS, W, Port.allTcp()),
        row(W, INGRESS, W, Port.all()), row(W, INGRESS, API, Port.allTcp()), row(W, INGRESS, ANY, ICMP),
        row(W, EGRESS, W, Port.all()), row(W, EGRESS, ANY, ICMP), row(W, EGRESS, OSN, Port.allTcp()),
        row(W, EGRESS, API, Port.tcp(6443)), row(W, EGRESS, API, Port.tcp(12250)));
  }

  static Stream<Arguments> loadBalancerRows() {
    return Stream.of(
        row("nsg:lb-public", EGRESS, W, Port.tcpRange(30000, 32767)), row("nsg:lb-public", EGRESS, W, Port.tcp(10256)),
        row("nsg:lb-internal", EGRESS, W, Port.tcpRange(30000, 32767)), row("nsg:lb-internal", EGRESS, W, Port.tcp(10256)),
        row(W, INGRESS, "nsg:lb-public", Port.tcpRange(30000, 32767)), row(W, INGRESS, "nsg:lb-public", Port.tcp(10256)),
        row(W, INGRESS, "nsg:lb-internal", Port.tcpRange(30000, 32767)), row(W, INGRESS, "nsg:lb-internal", Port.tcp(10256)),
        row("nsg:lb-public", INGRESS, ANY, Port.tcp(443)), row("nsg:lb-public", INGRESS, ANY, Port.tcp(80)),
        row("nsg:lb-internal", INGRESS, ANY, Port.tcp(3000)),
        // shop/web is an NLB with externalTrafficPolicy Local: clients reach the node ports directly
        row(W, INGRESS, ANY, Port.tcpRange(30000, 32767)));
  }

  private static Arguments row(String set, Direction d, String peer, Port port) {
    return Arguments.of(set, d, peer, port);
  }

  @ParameterizedTest(name = "VCN-native {0} {1} {2} {3}")
  @MethodSource("vcnNativeRows")
  void vcnNativeNetworkCarriesEveryRequiredRow(String set, Direction direction, String peer, Port port) {
    assertHasRule(NATIVE, set, direction, peer, port);
  }

  @ParameterizedTest(name = "flannel {0} {1} {2} {3}")
  @MethodSource("flannelRows")
  void flannelNetworkCarriesEveryRequiredRow(String set, Direction direction, String peer, Port port) {
    assertHasRule(FLANNEL, set, direction, peer, port);
  }

  @ParameterizedTest(name = "load balancers {0} {1} {2} {3}")
  @MethodSource("loadBalancerRows")
  void loadBalancerRulesAreGeneratedPerLbSubnetAndService(String set, Direction direction, String peer, Port port) {
    assertHasRule(NATIVE, set, direction, peer, port);
  }

  @org.junit.jupiter.api.Test
  void flannelHasNoPodRulesAndNoKubeletOnlyRows() {
    assertThat(FLANNEL.ruleSet(P)).isEmpty();
    assertHasNoRule(FLANNEL, W, INGRESS, API, Port.tcp(10250));
    assertHasNoRule(FLANNEL, API, EGRESS, W, Port.tcp(10250));
  }

  @org.junit.jupiter.api.Test
  void vcnNativeDoesNotOpenAllTcpFromTheControlPlane() {
    assertHasNoRule(NATIVE, W, INGRESS, API, Port.allTcp());
  }

  @org.junit.jupiter.api.Test
  void everyGeneratedRuleIsStatefulAndDescribed() {
    for (ResolvedNetwork net : new ResolvedNetwork[] {NATIVE, FLANNEL}) {
      assertThat(net.ruleSets()).flatExtracting(ResolvedRuleSet::rules)
          .allSatisfy(r -> assertThat(r.description()).isNotBlank())
          .allSatisfy(r -> assertThat(r.stateful()).isTrue());
    }
  }

  @org.junit.jupiter.api.Test
  void rulesAreDeduplicated() {
    for (ResolvedRuleSet set : NATIVE.ruleSets()) {
      assertThat(set.rules()).extracting(ResolvedSecurityRule::identity).doesNotHaveDuplicates();
    }
  }

  @org.junit.jupiter.api.Test
  void aRuleSharedByTwoServicesNamesBoth() {
    ResolvedSecurityRule https = NATIVE.ruleSet("nsg:lb-public").orElseThrow().ingress().stream()
        .filter(r -> r.port().equals(Port.tcp(443))).findFirst().orElseThrow();
    assertThat(https.description()).contains("shop/web").contains("ingress-nginx/controller");
  }

  @org.junit.jupiter.api.Test
  void extraSubnetRulesNamingARoleUseItsCidrEvenInNsgMode() {
    ResolvedNetwork net = ReferenceNetworks.prod().toBuilder()
        .extraSubnets(java.util.List.of(dev.okenet.vcn.Subnet.privateSubnet().name("db").prefixLength(24).build()
            .allowFrom(dev.okenet.vcn.Peer.role(dev.okenet.vcn.SubnetRole.WORKERS), Port.tcp(5432))))
        .build().resolve();
    String workers = net.subnetByKey("subnet:workers").orElseThrow().cidr().toString();
    assertHasRule(net, "security-list:extra:db", INGRESS, workers, Port.tcp(5432));
  }

  @org.junit.jupiter.api.Test
  void securityListModePutsRulesInRoleListsWithCidrPeers() {
    ResolvedNetwork sl = ReferenceNetworks.prod().toBuilder().securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build().resolve();
    String workersCidr = sl.subnetByKey("subnet:workers").orElseThrow().cidr().toString();
    assertHasRule(sl, "security-list:api", INGRESS, workersCidr, Port.tcp(6443));
    assertThat(sl.nsgs()).isEmpty();
    assertThat(sl.subnetByKey("subnet:workers").orElseThrow().securityListKeys()).containsExactly("security-list:workers");
  }

  @org.junit.jupiter.api.Test
  void turningOffLoadBalancerRulesDropsNodePortRulesButKeepsListeners() {
    ResolvedNetwork off = ReferenceNetworks.prod().toBuilder().generatesLoadBalancerRules(false).build().resolve();
    assertHasNoRule(off, W, INGRESS, "nsg:lb-public", Port.tcp(10256));
    assertHasRule(off, "nsg:lb-public", INGRESS, ANY, Port.tcp(443));
  }
}
