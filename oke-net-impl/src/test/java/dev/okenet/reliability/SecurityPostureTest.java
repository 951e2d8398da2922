package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.SecurityEnforcement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CIS OCI Foundations Benchmark networking checks over every sample network (prod,
 * prod-flannel, broken), with the rules in NSGs and in security lists: no ingress from
 * 0.0.0.0/0 to TCP 22 or 3389 (CIS 2.1 to 2.4), no all-protocol ingress from 0.0.0.0/0, and the
 * VCN's default security list admitting nothing but ICMP (CIS 2.5). Checked on the rules oke-net
 * generates and again on the rules that exist in FakeOci after an apply.
 */
@FakeOciTest
class SecurityPostureTest {
  FakeOci fake;

  private static final int SSH = 22;
  private static final int RDP = 3389;

  static Stream<Arguments> sampleNetworks() {
    return ReferenceNetworks.all().stream().flatMap(n -> Stream.of(SecurityEnforcement.values())
        .map(mode -> Arguments.of(n.name() + " with " + mode, n.toBuilder().securityEnforcement(mode).build())));
  }

  /** prod and prod-flannel (broken cannot be applied: its public NLB has no public subnet). */
  static Stream<Arguments> applicableNetworks() {
    return sampleNetworks().filter(a -> !((OkeNetwork) a.get()[1]).name().equals("broken"));
  }

  private static boolean fromAnywhere(ResolvedSecurityRule r) {
    return r.direction() == Direction.INGRESS && r.peer().cidr().map(c -> c.prefixLength() == 0).orElse(false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleNetworks")
  void noGeneratedRuleAdmitsSshOrRdpFromTheInternet(String name, OkeNetwork network) {
    ResolvedNetwork net = network.resolve();
    List<String> open = new ArrayList<>();
    for (ResolvedRuleSet set : allRuleSets(net)) {
      set.rules().stream().filter(SecurityPostureTest::fromAnywhere)
          .filter(r -> r.port().matches(Protocol.TCP, SSH) || r.port().matches(Protocol.TCP, RDP))
          .forEach(r -> open.add(set.key() + ": " + r));
    }
    assertThat(open).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleNetworks")
  void noGeneratedRuleAdmitsEveryProtocolFromTheInternet(String name, OkeNetwork network) {
    ResolvedNetwork net = network.resolve();
    List<String> open = new ArrayList<>();
    for (ResolvedRuleSet set : allRuleSets(net)) {
      set.rules().stream().filter(SecurityPostureTest::fromAnywhere).filter(r -> r.port().protocol() == Protocol.ALL)
          .forEach(r -> open.add(set.key() + ": " + r));
    }
    assertThat(open).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleNetworks")
  void theDefaultSecurityListAdmitsOnlyIcmp(String name, OkeNetwork network) {
    ResolvedRuleSet defaults = network.resolve().defaultSecurityList();

    assertThat(defaults.egress()).as("%s: egress of the default security list", name).isEmpty();
    assertThat(defaults.ingress()).as("%s: ingress of the default security list", name)
        .allSatisfy(r -> assertThat(r.port().protocol()).isEqualTo(Protocol.ICMP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applicableNetworks")
  void theRulesInTheCloudPassTheSameChecks(String name, OkeNetwork network) {
    OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
    ApplyResult applied = provider.apply(provider.plan(network.resolve()));
    assertThat(applied.isSuccess()).as("%s: %s", name, applied).isTrue();
    VirtualNetwork vn = fake.virtualNetwork();

    List<String> open = new ArrayList<>();
    for (CloudRule r : cloudRules(vn)) {
      if (r.ingress() && "0.0.0.0/0".equals(r.peer()) && (r.protocol().equals("all") || r.tcpCovers(SSH) || r.tcpCovers(RDP))) {
        open.add(r.toString());
      }
    }
    SecurityList defaults = vn.getSecurityList(GetSecurityListRequest.builder().securityListId(vn.getVcn(GetVcnRequest.builder()
        .vcnId(applied.idsByKey().get(ResourceKey.vcn())).build()).getVcn().getDefaultSecurityListId()).build()).getSecurityList();

    assertThat(open).as("%s: rules in FakeOci open to the internet", name).isEmpty();
    assertThat(defaults.getEgressSecurityRules()).as("%s: default security list egress in FakeOci", name).isEmpty();
    assertThat(defaults.getIngressSecurityRules()).as("%s: default security list ingress in FakeOci", name)
        .allSatisfy(r -> assertThat(r.getProtocol()).isEqualTo("1"));
  }

  private static List<ResolvedRuleSet> allRuleSets(ResolvedNetwork net) {
    List<ResolvedRuleSet> all = new ArrayList<>(net.ruleSets());
    all.add(net.defaultSecurityList());
    return all;
  }

  /** One rule as FakeOci holds it, from a security list or an NSG. */
  private record CloudRule(String where, boolean ingress, String peer, String protocol, TcpOptions tcp) {
    boolean tcpCovers(int port) {
      if (!protocol.equals("6")) {
        return false;
      }
      PortRange range = tcp == null ? null : tcp.getDestinationPortRange();
      return range == null || (range.getMin() <= port && port <= range.getMax());
    }
  }

  private static List<CloudRule> cloudRules(VirtualNetwork vn) {
    List<CloudRule> out = new ArrayList<>();
    for (SecurityList l : vn.listSecurityLists(ListSecurityListsRequest.builder().compartmentId(ReferenceNets.COMPARTMENT).limit(1000)
        .build()).getItems()) {
      l.getIngressSecurityRules().forEach(r -> out.add(new CloudRule(l.getDisplayName(), true, r.getSource(), r.getProtocol(),
          r.getTcpOptions())));
    }
    for (var g : vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(ReferenceNets.COMPARTMENT)
        .limit(1000).build()).getItems()) {
      for (SecurityRule r : vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
          .networkSecurityGroupId(g.getId()).limit(1000).build()).getItems()) {
        out.add(new CloudRule(g.getDisplayName(), r.getDirection() == SecurityRule.Direction.Ingress, r.getSource(), r.getProtocol(),
            r.getTcpOptions()));
      }
    }
    return out;
  }
}
