package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class ChangesTest {
  FakeOci oci;
  OciServices services;

  private void applied(ResolvedNetwork net) {
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult r = provider.apply(provider.plan(net));
    assertThat(r.isSuccess()).as(r.toString()).isTrue();
  }

  private static ResolvedNetwork prodWith(java.util.function.Consumer<OkeNetwork.Builder> change) {
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    change.accept(b);
    return b.build().resolve();
  }

  @Test
  void changedSubnetPrefixIsPlannedAsReplacement() {
    applied(Networks.prod());
    ResolvedNetwork smaller = prodWith(b -> b.internalLoadBalancers(Subnet.privateSubnet(27).withDnsLabel("lbinternal")));

    Plan plan = FakeOciProviders.provider(oci, services).plan(smaller);

    Change c = plan.change(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS)).orElseThrow();
    assertThat(c.action()).isEqualTo(ChangeAction.REPLACE);
    assertThat(c.diffs()).anySatisfy(d -> {
      assertThat(d.field()).isEqualTo("cidrBlock");
      assertThat(d.forcesReplacement()).isTrue();
    });
    assertThat(plan.render()).contains("-/+ subnet \"subnet:lb-internal\"").contains("# forces replacement");
  }

  @Test
  void replacementAppliesAndConverges() {
    applied(Networks.prod());
    ResolvedNetwork smaller = prodWith(b -> b.internalLoadBalancers(Subnet.privateSubnet(27).withDnsLabel("lbinternal")));
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult result = provider.apply(provider.plan(smaller));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(FakeOciProviders.provider(oci, services).plan(smaller).isEmpty()).isTrue();
    assertThat(Networks.subnets(services.virtualNetwork())).filteredOn(s -> "subnet:lb-internal".equals(s.getFreeformTags().get("okenet.key")))
        .singleElement().satisfies(s -> assertThat(s.getCidrBlock()).isEqualTo(smaller.subnetByKey(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS)).orElseThrow().cidr().toString()));
  }

  @Test
  void removedGatewayIsDeletedAfterTheRouteRulesThatTargetIt() {
    applied(Networks.prod());
    ResolvedNetwork noNat = prodWith(b -> b.gateways(Gateways.internet().withServiceGateway()));
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    Plan plan = provider.plan(noNat);
    assertThat(plan.change(ResourceKey.natGateway()).orElseThrow().action()).isEqualTo(ChangeAction.DELETE);
    assertThat(plan.change(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().action()).isEqualTo(ChangeAction.UPDATE);
    oci.calls().clear();

    ApplyResult result = provider.apply(plan);

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    List<ApiCall> calls = oci.calls().mutating();
    long lastRouteUpdate = calls.stream().filter(c -> c.operation().equals("updateRouteTable")).mapToLong(ApiCall::sequence).max().orElseThrow();
    long natDelete = calls.stream().filter(c -> c.operation().equals("deleteNatGateway")).mapToLong(ApiCall::sequence).findFirst().orElseThrow();
    assertThat(lastRouteUpdate).isLessThan(natDelete);
    assertThat(FakeOciProviders.provider(oci, services).plan(noNat).isEmpty()).isTrue();
  }

  @Test
  void nsgRulesAreAddedAtMost25PerCall() {
    Nsg many = Nsg.named("admins");
    for (int i = 1; i <= 60; i++) {
      many = many.allowFrom(Peer.ipv4("192.168.7." + i + "/32"), Port.SSH);
    }
    Nsg admins = many;
    ResolvedNetwork net = prodWith(b -> b.nsgs(List.of(admins)));
    Recorder recorder = new Recorder();
    services = FakeOciProviders.wrapVirtualNetwork(services, recorder::wrap);

    applied(net);

    List<AddNetworkSecurityGroupSecurityRulesRequest> adds = recorder.of(AddNetworkSecurityGroupSecurityRulesRequest.class);
    assertThat(adds).allSatisfy(r -> assertThat(r.getAddNetworkSecurityGroupSecurityRulesDetails().getSecurityRules()).hasSizeLessThanOrEqualTo(25));
    int total = adds.stream().mapToInt(r -> r.getAddNetworkSecurityGroupSecurityRulesDetails().getSecurityRules().size()).sum();
    int expected = net.nsgs().stream().mapToInt(n -> n.rules().size()).sum();
    assertThat(total).isEqualTo(expected);
    assertThat(FakeOciProviders.provider(oci, services).plan(net).isEmpty()).isTrue();
  }

  @Test
  void removedNsgRuleIsRemovedAndNothingElseChanges() {
    Nsg admins = Nsg.named("admins").allowFrom(Peer.ipv4("192.168.7.1/32"), Port.SSH).allowFrom(Peer.ipv4("192.168.7.2/32"), Port.SSH);
    applied(prodWith(b -> b.nsgs(List.of(admins))));
    ResolvedNetwork fewer = prodWith(b -> b.nsgs(List.of(Nsg.named("admins").allowFrom(Peer.ipv4("192.168.7.1/32"), Port.SSH))));

    Plan plan = FakeOciProviders.provider(oci, services).plan(fewer);

    assertThat(plan.actionable()).extracting(Change::key).containsExactly(ResourceKey.customNsg("admins"));
    assertThat(plan.actionable().get(0).diffs()).singleElement().satisfies(d -> assertThat(d.before()).hasValue("ingress from 192.168.7.2/32 TCP 22"));
    ApplyResult r = FakeOciProviders.provider(oci, services).apply(plan);
    assertThat(r.isSuccess()).isTrue();
    assertThat(FakeOciProviders.provider(oci, services).plan(fewer).isEmpty()).isTrue();
  }
}
