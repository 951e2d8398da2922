package dev.okenet.resolved;

import static dev.okenet.resolved.RuleAssertions.assertHasNoRule;
import static dev.okenet.resolved.RuleAssertions.assertHasRule;
import static dev.okenet.resolved.RuleAssertions.ruleSetKey;
import static dev.okenet.vcn.Direction.EGRESS;
import static dev.okenet.vcn.Direction.INGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SubnetRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the "Security rules OKE requires" table of shared/OCI-FACTS.md (corrected
 * 2026-12-03), written out here independently of the resolver's own table, for both CNIs.
 * OracleExampleNetworksTest checks the same against Oracle's example tables.
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
        row(API, EGRESS, OSN, Port.allTcp()), row(API, EGRESS, OSN, ICMP), row(API, EGRESS, W, Port.allTcp()),
        row(API, EGRESS, W, ICMP), row(API, EGRESS, P, Port.all()),
        row(W, INGRESS, W, Port.all()), row(W, INGRESS, P, Port.all()), row(W, INGRESS, API, Port.allTcp()),
        row(W, INGRESS, ANY, ICMP),
        row(W, EGRESS, W, Port.all()), row(W, EGRESS, ANY, ICMP), row(W, EGRESS, OSN, Port.allTcp()),
        row(W, EGRESS, API, Port.tcp(6443)), row(W, EGRESS, API, Port.tcp(12250)), row(W, EGRESS, P, Port.all()),
        row(W, EGRESS, ANY, Port.allTcp()),
        row(P, INGRESS, API, Port.all()), row(P, INGRESS, W, Port.all()), row(P, INGRESS, P, Port.all()), row(P, INGRESS, ANY, ICMP),
        row(P, EGRESS, P, Port.all()), row(P, EGRESS, OSN, ICMP), row(P, EGRESS, OSN, Port.allTcp()),
        row(P, EGRESS, API, Port.tcp(6443)), row(P, EGRESS, API, Port.tcp(12250)), row(P, EGRESS, W, Port.all()),
        row(P, EGRESS, ANY, ICMP), row(P, EGRESS, ANY, Port.allTcp()));
  }

  static Stream<Arguments> flannelRows() {
    return Stream.of(
        row(API, INGRESS, W, Port.tcp(6443)), row(API, INGRESS, W, Port.tcp(12250)), row(API, INGRESS, W, ICMP),
        row(API, INGRESS, "192.168.0.0/16", Port.tcp(6443)),
        row(API, EGRESS, OSN, Port.allTcp()), row(API, EGRESS, OSN, ICMP), row(API, EGRESS, W, Port.allTcp()), row(API, EGRESS, W, ICMP),
        row(W, INGRESS, W, Port.all()), row(W, INGRESS, API, Port.allTcp()), row(W, INGRESS, ANY, ICMP),
        row(W, EGRESS, W, Port.all()), row(W, EGRESS, ANY, ICMP), row(W, EGRESS, OSN, Port.allTcp()),
        row(W, EGRESS, API, Port.tcp(6443)), row(W, EGRESS, API, Port.tcp(12250)), row(W, EGRESS, ANY, Port.allTcp()));
  }

  static Stream<Arguments> loadBalancerRows() {
    return Stream.of(
        row("nsg:lb-public", EGRESS, W, Port.tcpRange(30000, 32767)), row("nsg:lb-public", EGRESS, W, Port.udpRange(30000, 32767)),
        row("nsg:lb-public", EGRESS, W, Port.tcp(10256)),
        row("nsg:lb-internal", EGRESS, W, Port.tcpRange(30000, 32767)), row("nsg:lb-internal", EGRESS, W, Port.udpRange(30000, 32767)),
        row("nsg:lb-internal", EGRESS, W, Port.tcp(10256)),
        row(W, INGRESS, "nsg:lb-public", Port.tcpRange(30000, 32767)), row(W, INGRESS, "nsg:lb-public", Port.udpRange(30000, 32767)),
        row(W, INGRESS, "nsg:lb-public", Port.tcp(10256)),
        row(W, INGRESS, "nsg:lb-internal", Port.tcpRange(30000, 32767)), row(W, INGRESS, "nsg:lb-internal", Port.udpRange(30000, 32767)),
        row(W, INGRESS, "nsg:lb-internal", Port.tcp(10256)),
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
    assertThat(FLANNEL.ruleSet(ruleSetKey(P))).isEmpty();
    assertHasNoRule(FLANNEL, W, INGRESS, API, Port.tcp(10250));
    assertHasNoRule(FLANNEL, API, EGRESS, W, Port.tcp(10250));
  }

  /** Oracle's worker ingress row "Kubernetes API Endpoint CIDR, TCP/ALL" has no CNI condition: webhooks served by workers. */
  @org.junit.jupiter.api.Test
  void vcnNativeControlPlaneReachesEveryTcpPortOfTheWorkersNotOnlyTheKubelet() {
    assertHasRule(NATIVE, API, EGRESS, W, Port.allTcp());
    assertHasRule(NATIVE, W, INGRESS, API, Port.allTcp());
    assertHasNoRule(NATIVE, API, EGRESS, W, Port.tcp(10250));
  }

  /** Oracle's API endpoint egress row "Worker Nodes CIDR, ICMP 3,4, Path Discovery" has no CNI condition. */
  @org.junit.jupiter.api.Test
  void flannelControlPlaneSendsPathDiscoveryToTheWorkers() {
    assertHasRule(FLANNEL, API, EGRESS, W, ICMP);
  }

  /** terraform-oci-oke nsg-pods.tf: NodePorts, hostNetwork pods and metrics-server's scrape of kubelet 10250. */
  @org.junit.jupiter.api.Test
  void vcnNativePodsMayOpenConnectionsToTheWorkers() {
    assertHasRule(NATIVE, P, EGRESS, W, Port.all());
    assertHasRule(NATIVE, W, INGRESS, P, Port.all());
  }

  @org.junit.jupiter.api.Test
  void workersAndPodsReachTheInternetByDefault() {
    assertHasRule(NATIVE, W, EGRESS, ANY, Port.allTcp());
    assertHasRule(NATIVE, P, EGRESS, ANY, Port.allTcp());
    assertHasRule(FLANNEL, W, EGRESS, ANY, Port.allTcp());
  }

  @org.junit.jupiter.api.Test
  void internetEgressNoneWritesNoEgressToTheInternet() {
    ResolvedNetwork none = ReferenceNetworks.prod().toBuilder().internetEgress(InternetEgress.NONE).build().resolve();
    assertHasNoRule(none, W, EGRESS, ANY, Port.allTcp());
    assertHasNoRule(none, P, EGRESS, ANY, Port.allTcp());
    assertHasRule(none, W, EGRESS, ANY, ICMP);
  }

  @org.junit.jupiter.api.Test
  void internetEgressWorkersOnlyKeepsThePodsInside() {
    ResolvedNetwork workersOnly = ReferenceNetworks.prod().toBuilder().internetEgress(InternetEgress.WORKERS_ONLY).build().resolve();
    assertHasRule(workersOnly, W, EGRESS, ANY, Port.allTcp());
    assertHasNoRule(workersOnly, P, EGRESS, ANY, Port.allTcp());
  }

  @org.junit.jupiter.api.Test
  void everyGeneratedRuleNamesItsSource() {
    for (ResolvedNetwork net : new ResolvedNetwork[] {NATIVE, FLANNEL}) {
      for (ResolvedRuleSet set : net.ruleSets()) {
        if (set.role().isPresent()) {
          assertThat(set.rules()).as(set.key().toString()).allSatisfy(r -> assertThat(r.sources()).as(r.toString()).isNotEmpty());
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  void oracleRowsCiteOraclesPageFirst() {
    ResolvedSecurityRule workerToWorker = NATIVE.ruleSet(ruleSetKey(W)).orElseThrow().ingress().stream()
        .filter(r -> r.peer().target().equals(W) && r.port().equals(Port.all())).findFirst().orElseThrow();
    assertThat(workerToWorker.sources().get(0).document()).isEqualTo("Oracle: Network Resource Configuration for Cluster Creation and Deployment");
    assertThat(workerToWorker.sources().get(0).section()).isEqualTo("Security Rules for Worker Nodes (ingress)");
    assertThat(workerToWorker.sources().get(0).url()).startsWith("https://docs.oracle.com/");
  }

  @org.junit.jupiter.api.Test
  void rowsOracleIsSilentOnCiteTerraformOciOke() {
    ResolvedSecurityRule podsToWorkers = NATIVE.ruleSet(ruleSetKey(P)).orElseThrow().egress().stream()
        .filter(r -> r.peer().target().equals(W)).findFirst().orElseThrow();
    assertThat(podsToWorkers.sources()).singleElement().satisfies(src -> {
      assertThat(src.document()).isEqualTo("terraform-oci-oke");
      assertThat(src.section()).startsWith("modules/network/nsg-pods.tf");
    });
  }

  @org.junit.jupiter.api.Test
  void declaredRulesCarryNoSource() {
    ResolvedNetwork net = ReferenceNetworks.prod().toBuilder()
        .workers(ReferenceNetworks.prod().workers().allowFrom(dev.okenet.vcn.Peer.ipv4("192.168.0.0/16"), Port.SSH)).build().resolve();
    ResolvedSecurityRule ssh = net.ruleSet(ruleSetKey(W)).orElseThrow().ingress().stream().filter(r -> r.port().equals(Port.SSH)).findFirst().orElseThrow();
    assertThat(ssh.sources()).isEmpty();
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
    ResolvedSecurityRule https = NATIVE.ruleSet(ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS)).orElseThrow().ingress().stream()
        .filter(r -> r.port().equals(Port.tcp(443))).findFirst().orElseThrow();
    assertThat(https.description()).contains("shop/web").contains("ingress-nginx/controller");
  }

  @org.junit.jupiter.api.Test
  void extraSubnetRulesNamingARoleUseItsCidrEvenInNsgMode() {
    ResolvedNetwork net = ReferenceNetworks.prod().toBuilder()
        .extraSubnets(java.util.List.of(dev.okenet.vcn.Subnet.privateSubnet(24).withName("db")
            .allowFrom(dev.okenet.vcn.Peer.role(dev.okenet.vcn.SubnetRole.WORKERS), Port.tcp(5432))))
        .build().resolve();
    String workers = net.subnetByKey(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow().cidr().toString();
    assertHasRule(net, "security-list:extra:db", INGRESS, workers, Port.tcp(5432));
  }

  @org.junit.jupiter.api.Test
  void securityListModePutsRulesInRoleListsWithCidrPeers() {
    ResolvedNetwork sl = ReferenceNetworks.prod().toBuilder().securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build().resolve();
    String workersCidr = sl.subnetByKey(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow().cidr().toString();
    assertHasRule(sl, "security-list:api", INGRESS, workersCidr, Port.tcp(6443));
    assertThat(sl.nsgs()).isEmpty();
    assertThat(sl.subnetByKey(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow().securityListKeys()).containsExactly(ResourceKey.securityList(SubnetRole.WORKERS));
  }

  @org.junit.jupiter.api.Test
  void turningOffLoadBalancerRulesDropsNodePortRulesButKeepsListeners() {
    ResolvedNetwork off = ReferenceNetworks.prod().toBuilder().generatesLoadBalancerRules(false).build().resolve();
    assertHasNoRule(off, W, INGRESS, "nsg:lb-public", Port.tcp(10256));
    assertHasRule(off, "nsg:lb-public", INGRESS, ANY, Port.tcp(443));
  }
}
