package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.vcn.Cidr;
import dev.okenet.NetworkResolutionException;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResolveLayoutTest {

  private static OkeNetwork.Builder base() {
    return (OkeNetwork.Builder) OkeNetwork.builder().name("demo").compartmentId(ReferenceNetworks.COMPARTMENT_ID)
        .vcn(Vcn.of("10.0.0.0/16"))
        .apiEndpoint(Subnet.privateSubnet(28))
        .workers(Subnet.privateSubnet(22))
        .pods(Subnet.privateSubnet(19))
        .publicLoadBalancers(Subnet.publicSubnet(24));
  }

  private static Map<SubnetKey, Cidr> cidrs(ResolvedNetwork net) {
    return net.subnets().stream().collect(Collectors.toMap(ResolvedSubnet::key, ResolvedSubnet::cidr));
  }

  @Test
  void carvesTheIssueExampleInsideTheVcnWithoutOverlap() {
    ResolvedNetwork net = base().build().resolve();
    List<Cidr> carved = net.subnets().stream().map(ResolvedSubnet::cidr).toList();
    assertThat(carved).extracting(Cidr::prefixLength).containsExactly(28, 22, 19, 24);
    assertThat(carved).allSatisfy(c -> assertThat(Cidr.of("10.0.0.0/16").contains(c)).isTrue());
    for (int i = 0; i < carved.size(); i++) {
      for (int j = i + 1; j < carved.size(); j++) {
        assertThat(carved.get(i).overlaps(carved.get(j))).as("%s vs %s", carved.get(i), carved.get(j)).isFalse();
      }
    }
  }

  @Test
  void carvingIsTheDocumentedLowestFirstFitInRoleOrder() {
    assertThat(cidrs(base().build().resolve())).containsExactlyInAnyOrderEntriesOf(Map.of(
        ResourceKey.subnet(SubnetRole.API_ENDPOINT), Cidr.of("10.0.0.0/28"),
        ResourceKey.subnet(SubnetRole.WORKERS), Cidr.of("10.0.4.0/22"),
        ResourceKey.subnet(SubnetRole.PODS), Cidr.of("10.0.32.0/19"),
        ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), Cidr.of("10.0.1.0/24")));
  }

  @Test
  void explicitCidrsArePlacedFirstAndCarvingAvoidsThem() {
    ResolvedNetwork net = base().workers(Subnet.privateSubnet("10.0.0.0/22")).build().resolve();
    assertThat(cidrs(net).get(ResourceKey.subnet(SubnetRole.WORKERS))).isEqualTo(Cidr.of("10.0.0.0/22"));
    assertThat(cidrs(net).get(ResourceKey.subnet(SubnetRole.API_ENDPOINT))).isEqualTo(Cidr.of("10.0.4.0/28"));
  }

  @Test
  void appendingASubnetDoesNotMoveExistingOnes() {
    Map<SubnetKey, Cidr> before = cidrs(base().build().resolve());
    Map<SubnetKey, Cidr> after = cidrs(base().addExtraSubnet(Subnet.privateSubnet(20).withName("db")).build().resolve());
    assertThat(after).containsAllEntriesOf(before);
    assertThat(after).containsKey(ResourceKey.extraSubnet("db"));
  }

  @Test
  void fallsBackToTheNextVcnBlockWhenTheFirstIsFull() {
    ResolvedNetwork net = base().vcn(Vcn.of("10.0.0.0/20", "10.1.0.0/16")).build().resolve();
    assertThat(cidrs(net).get(ResourceKey.subnet(SubnetRole.PODS))).isEqualTo(Cidr.of("10.1.0.0/19"));
  }

  @Test
  void subnetsThatDoNotFitFailWithSizesAndAFix() {
    assertThatThrownBy(() -> base().vcn(Vcn.of("10.0.0.0/20")).build().resolve())
        .isInstanceOf(NetworkResolutionException.class)
        .hasMessageContaining("Subnet pods (/19) does not fit in VCN [10.0.0.0/20]")
        .hasMessageContaining("add a VCN CIDR block");
  }

  @Test
  void resolvingTwiceYieldsEqualNetworks() {
    for (OkeNetwork n : ReferenceNetworks.all()) {
      assertThat(n.resolve()).isEqualTo(n.resolve());
    }
  }

  @Test
  void privateSubnetsRouteToNatAndServiceGateway() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().rules()).extracting(RouteRule::toString)
        .containsExactly("0.0.0.0/0 → NAT gateway", "Oracle Services Network → service gateway", "192.168.0.0/16 → DRG");
  }

  @Test
  void publicSubnetsRouteToTheInternetGatewayOnly() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.PUBLIC_LOAD_BALANCERS)).orElseThrow().rules()).extracting(RouteRule::target)
        .containsExactly(RouteTarget.internetGateway(), RouteTarget.drg());
  }

  @Test
  void localPeeringAddsRoutesToThePeer() {
    ResolvedNetwork net = base().addLocalPeering(LocalPeering.to("shared", "10.50.0.0/16")).build().resolve();
    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().rules())
        .contains(RouteRule.to("10.50.0.0/16", RouteTarget.localPeering("shared")).withDescription("peer VCN shared"));
    assertThat(net.gatewayByKey(ResourceKey.localPeeringGateway("shared"))).isPresent();
  }

  @Test
  void withoutGatewaysPrivateRouteTablesAreEmpty() {
    ResolvedNetwork net = base().gateways(Gateways.none()).build().resolve();
    assertThat(net.routeTable(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().rules()).isEmpty();
    assertThat(net.gateways()).isEmpty();
  }

  @Test
  void nodePoolsGetTheirSubnetsNsgsAndPodNumbers() {
    ResolvedNodePool general = ReferenceNetworks.prod().resolve().nodePool("general").orElseThrow();
    assertThat(general.maxPodsPerNode()).isEqualTo(60);
    assertThat(general.podVnicsPerNode()).isEqualTo(2);
    assertThat(general.workerSubnetKey()).isEqualTo(ResourceKey.subnet(SubnetRole.WORKERS));
    assertThat(general.podSubnetKey()).contains(ResourceKey.subnet(SubnetRole.PODS));
    assertThat(general.nsgKeys()).containsExactly(ResourceKey.nsg(SubnetRole.WORKERS));
    assertThat(general.podNsgKeys()).containsExactly(ResourceKey.nsg(SubnetRole.PODS));
  }

  @Test
  void flannelNodePoolsHaveNoPodSubnet() {
    ResolvedNodePool general = ReferenceNetworks.prodFlannel().resolve().nodePool("general").orElseThrow();
    assertThat(general.podSubnetKey()).isEmpty();
    assertThat(general.podVnicsPerNode()).isZero();
  }

  @Test
  void clusterCarriesPodNetworkingAndLbSubnets() {
    ResolvedCluster cluster = ReferenceNetworks.prodFlannel().resolve().cluster();
    assertThat(cluster.cni()).isEqualTo(PodNetworking.flannel().cni());
    assertThat(cluster.podsCidr()).contains(Cidr.of("10.244.0.0/16"));
    assertThat(cluster.serviceLbSubnetKeys()).containsExactly(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS));
    assertThat(cluster.endpointNsgKeys()).containsExactly(ResourceKey.nsg(SubnetRole.API_ENDPOINT));
  }

  @Test
  void loadBalancersLandInTheSubnetOfTheirVisibility() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    assertThat(net.loadBalancers()).extracting(lb -> lb.service().ref().toString(), ResolvedLoadBalancer::subnetKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shop/web", java.util.Optional.of(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS))),
            org.assertj.core.groups.Tuple.tuple("ops/grafana", java.util.Optional.of(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS))),
            org.assertj.core.groups.Tuple.tuple("ingress-nginx/controller", java.util.Optional.of(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS))));
  }

  @Test
  void defaultSecurityListIsLockedDown() {
    ResolvedRuleSet def = ReferenceNetworks.prod().resolve().defaultSecurityList();
    assertThat(def.egress()).isEmpty();
    assertThat(def.ingress()).allSatisfy(r -> assertThat(r.port().protocol()).isEqualTo(dev.okenet.vcn.Protocol.ICMP));
  }

  @Test
  void subnetRoleLookupFindsRoles() {
    assertThat(ReferenceNetworks.prod().resolve().subnet(SubnetRole.CUSTOM).orElseThrow().name()).isEqualTo("prod-bastion");
  }
}
