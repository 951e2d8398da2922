package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/** {@code OkeNetwork.generatesOkeRules(false)}: rules and routes exactly as declared. */
class GeneratesOkeRulesTest {
  private static final SecurityRule FROM_WORKERS = SecurityRule.ingress(Peer.role(SubnetRole.WORKERS), Port.tcp(6443));

  private static OkeNetwork asDeclared() {
    OkeNetwork prod = ReferenceNetworks.prod();
    return prod.toBuilder()
        .apiEndpoint(Subnet.privateSubnet(28).addSecurityRule(FROM_WORKERS)
            .addRouteRule(RouteRule.to("0.0.0.0/0", RouteTarget.natGateway())))
        .addNsg(Nsg.named("bastion").allowTo(Peer.role(SubnetRole.WORKERS), Port.SSH))
        .generatesOkeRules(false)
        .build();
  }

  @Test
  void generatesOkeRulesByDefault() {
    assertThat(ReferenceNetworks.prod().generatesOkeRules()).isTrue();
    assertThat(ReferenceNetworks.prod().resolve().ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules()).isNotEmpty();
  }

  @Test
  void roleSetHoldsOnlyTheDeclaredRules() {
    ResolvedNetwork net = asDeclared().resolve();

    assertThat(net.ruleSet(ResourceKey.nsg(SubnetRole.API_ENDPOINT)).orElseThrow().rules())
        .extracting(r -> r.direction() + " " + r.peer().target() + " " + r.port())
        .containsExactly("INGRESS nsg:workers TCP 6443");
  }

  @Test
  void connectionIntentsAreNotMirroredOnThePeer() {
    ResolvedNetwork net = asDeclared().resolve();

    assertThat(net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules()).isEmpty();
  }

  @Test
  void routeTablesHoldOnlyTheSubnetsOwnRoutes() {
    ResolvedNetwork net = asDeclared().resolve();

    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.API_ENDPOINT)).orElseThrow().rules())
        .containsExactly(RouteRule.to("0.0.0.0/0", RouteTarget.natGateway()));
    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().rules()).isEmpty();
  }

  @Test
  void loadBalancerAndClientRulesAreNotWritten() {
    ResolvedNetwork net = asDeclared().resolve();

    assertThat(net.ruleSet(ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS)).orElseThrow().rules()).isEmpty();
  }
}
