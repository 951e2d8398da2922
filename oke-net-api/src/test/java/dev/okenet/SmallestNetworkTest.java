package dev.okenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.check.Severity;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.reach.Endpoint;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The smallest network a user can write (a name, a compartment and a VCN) and the documented defaults it gets. */
class SmallestNetworkTest {

  private static OkeNetwork.Builder smallest() {
    return (OkeNetwork.Builder) OkeNetwork.builder()
        .name("dev")
        .compartmentId(ReferenceNetworks.COMPARTMENT_ID)
        .vcn(Vcn.of(Vcn.DEFAULT_CIDR));
  }

  @Test
  void theSmallestNetworkValidatesWithNoError() {
    Report report = smallest().build().validate();
    assertThat(report.errors()).isEmpty();
  }

  /**
   * The one warning left is OKE-NET-002: with a private endpoint and no client CIDR, only the nodes
   * reach the Kubernetes API. Who your kubectl and CI are is the one thing oke-net cannot choose.
   */
  @Test
  void theSmallestNetworksOnlyWarningAsksWhoMayReachTheApi() {
    Report report = smallest().build().validate();
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::ruleId)
        .containsExactly("OKE-NET-002");
  }

  @Test
  void namingApiClientsLeavesNoWarning() {
    OkeNetwork n = smallest().cluster(Cluster.defaults().withEndpoint(ApiEndpoint.privateEndpoint().addAllowedClients("10.0.0.0/16"))).build();
    assertThat(n.validate().findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  @Test
  void theSmallestNetworkResolvesToTheDefaultRoleSubnetsCarvedFromTheVcn() {
    ResolvedNetwork net = smallest().build().resolve();
    assertThat(net.subnets()).extracting(ResolvedSubnet::role)
        .containsExactly(SubnetRole.API_ENDPOINT, SubnetRole.WORKERS, SubnetRole.PODS);
    assertThat(net.subnets()).extracting(s -> s.cidr().prefixLength())
        .containsExactly(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH, Subnet.DEFAULT_WORKERS_PREFIX_LENGTH, Subnet.DEFAULT_PODS_PREFIX_LENGTH);
    assertThat(net.subnets()).allSatisfy(s -> assertThat(Vcn.of(Vcn.DEFAULT_CIDR).cidrs().get(0).contains(s.cidr())).isTrue());
  }

  @Test
  void theSmallestNetworksNodesReachTheApiAndTheInternet() {
    OkeNetwork n = smallest().addNodePool(dev.okenet.cluster.NodePool.of("general",
        dev.okenet.cluster.Shape.flex("VM.Standard.E5.Flex", 2), 1, 3)).build();
    ResolvedNetwork net = n.resolve();
    assertThat(net.reachability().from(Endpoint.nodes("general")).to(Endpoint.apiEndpoint()).on(Port.tcp(6443)).isAllowed()).isTrue();
    assertThat(net.reachability().from(Endpoint.nodes("general")).to(Endpoint.internet()).on(Port.HTTPS).isAllowed()).isTrue();
  }

  @Test
  void theDefaultsAreThePublicConstants() {
    OkeNetwork n = smallest().build();
    assertThat(n.workers()).isEqualTo(OkeNetwork.DEFAULT_WORKERS);
    assertThat(n.pods()).contains(OkeNetwork.DEFAULT_PODS);
    assertThat(n.gateways()).isEqualTo(OkeNetwork.DEFAULT_GATEWAYS);
    assertThat(n.cluster()).isEqualTo(Cluster.defaults());
    assertThat(n.apiEndpoint()).isEqualTo(Subnet.privateSubnet(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH));
  }

  @Test
  void aFlannelNetworkGetsNoPodsSubnet() {
    assertThat(smallest().podNetworking(PodNetworking.flannel()).build().pods()).isEmpty();
  }

  @Test
  void theApiEndpointSubnetFollowsAPublicEndpoint() {
    OkeNetwork n = smallest().cluster(Cluster.defaults().withEndpoint(ApiEndpoint.publicEndpoint().addAllowedClients("203.0.113.0/24")))
        .build();
    assertThat(n.apiEndpoint()).isEqualTo(Subnet.publicSubnet(Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH));
  }

  @Test
  void aPrivateApiEndpointSubnetForAPublicEndpointIsRefusedWithTheFix() {
    assertThatThrownBy(() -> smallest().cluster(Cluster.defaults().withEndpoint(ApiEndpoint.publicEndpoint()))
        .apiEndpoint(Subnet.privateSubnet(28)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint is public").hasMessageContaining("is private")
        .hasMessageContaining("apiEndpoint(Subnet.publicSubnet(28))").hasMessageContaining("ApiEndpoint.privateEndpoint()");
  }

  @Test
  void aPrivateEndpointInAPublicSubnetIsAllowedAsOciAllowsIt() {
    OkeNetwork n = smallest().apiEndpoint(Subnet.publicSubnet(28)).build();
    assertThat(n.apiEndpoint().isPublic()).isTrue();
    assertThat(n.cluster().endpoint().isPublic()).isFalse();
  }

  @Test
  void clearingThePodsSubnetOfAVcnNativeNetworkIsReported() {
    OkeNetwork n = smallest().pods(Optional.empty()).build();
    assertThat(n.validate().findings()).extracting(Finding::ruleId).contains("OKE-ADDR-017");
  }
}
