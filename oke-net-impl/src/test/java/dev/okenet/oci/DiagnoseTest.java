package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Severity;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class DiagnoseTest {
  FakeOci oci;
  OciServices services;

  private ApplyResult applied(ResolvedNetwork net) {
    return FakeOciProviders.appliedCleanly(oci, services, net);
  }

  private List<SecurityRule> nsgRules(String nsgId) {
    return services.virtualNetwork().listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(nsgId).build()).getItems();
  }

  @Test
  void aFreshlyAppliedNetworkDiagnosesClean() {
    applied(Networks.prod());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings()).as(report.render()).isEmpty();
    assertThat(report.isClean()).isTrue();
  }

  @Test
  void podSubnetUsageCountsEachNodesPodsAndPodVnics() {
    applied(Networks.prod());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    // 'general' starts with 3 nodes × (60 pods + 2 pod VNICs); 'batch' with none
    assertThat(report.usage(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow().inUse()).isEqualTo(3 * 62);
    assertThat(report.usage(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow().usable()).isEqualTo(8189);
  }

  @Test
  void diagnoseMakesNoMutatingCall() {
    applied(Networks.prod());
    oci.calls().clear();

    FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(oci.calls().mutatingCount()).isZero();
  }

  @Test
  void aNetworkNotAppliedYetIsReportedResourceByResource() {
    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings("OKE-LIVE-009")).extracting(f -> f.path()).contains("vcn", "subnet:pods", "cluster");
  }

  @Test
  void removedNodePortRulesAreReportedAsDriftAndAsABrokenLoadBalancerPath() {
    ApplyResult r = applied(Networks.prod());
    String workers = r.idsByKey().get(ResourceKey.nsg(SubnetRole.WORKERS));
    List<String> nodePortRules = nsgRules(workers).stream().filter(x -> x.getDirection() == SecurityRule.Direction.Ingress
        && x.getTcpOptions() != null && x.getTcpOptions().getDestinationPortRange() != null
        && x.getTcpOptions().getDestinationPortRange().getMin() == 30000).map(SecurityRule::getId).toList();
    assertThat(nodePortRules).isNotEmpty();
    services.virtualNetwork().removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(workers).removeNetworkSecurityGroupSecurityRulesDetails(RemoveNetworkSecurityGroupSecurityRulesDetails
            .builder().securityRuleIds(nodePortRules).build()).build());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings("OKE-LIVE-005")).hasSize(nodePortRules.size()).allSatisfy(f -> {
      assertThat(f.path()).isEqualTo("nsg:workers");
      assertThat(f.message()).contains("TCP 30000-32767");
    });
    assertThat(report.findings("OKE-LIVE-004")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("30000-32767");
    });
    assertThat(report.ruleIds()).containsOnly("OKE-LIVE-004", "OKE-LIVE-005");
  }

  @Test
  void aRuleAddedByHandIsReportedAsExtra() {
    ApplyResult r = applied(Networks.prod());
    services.virtualNetwork().addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(r.idsByKey().get(ResourceKey.nsg(SubnetRole.WORKERS))).addNetworkSecurityGroupSecurityRulesDetails(
            AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("203.0.113.0/24")
                .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).tcpOptions(com.oracle.bmc.core.model.TcpOptions.builder()
                    .destinationPortRange(com.oracle.bmc.core.model.PortRange.builder().min(22).max(22).build()).build()).build()))
                .build()).build());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("OKE-LIVE-006");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("203.0.113.0/24");
    });
  }

  @Test
  void aPublicLbSubnetThatProhibitsPublicIpsLeavesPublicServicesPending() {
    OkeNetwork privateLbSubnet = ReferenceNetworks.prod().toBuilder()
        .publicLoadBalancers(Subnet.privateSubnet(24).withDnsLabel("lbpublic")).build();
    applied(privateLbSubnet.resolve());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings("OKE-LIVE-002")).isNotEmpty().allSatisfy(f -> assertThat(f.message()).contains("prohibits public IPs"));
  }

  @Test
  void aPublicLbSubnetThatAllowsPublicIpsRaisesNoLive002() {
    applied(Networks.prod());

    assertThat(FakeOciProviders.provider(oci, services).diagnose(Networks.prod()).findings("OKE-LIVE-002")).isEmpty();
  }

  @Test
  void aPublicLbSubnetWhoseDefaultRouteNoLongerReachesTheInternetGatewayLeavesPublicServicesPending() {
    ApplyResult r = applied(Networks.prod());
    String lbRouteTable = services.virtualNetwork().getSubnet(GetSubnetRequest.builder().subnetId(r.idsByKey().get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)))
        .build()).getSubnet().getRouteTableId();
    List<RouteRule> flipped = services.virtualNetwork().getRouteTable(GetRouteTableRequest.builder().rtId(lbRouteTable).build())
        .getRouteTable().getRouteRules().stream().map(rule -> "0.0.0.0/0".equals(rule.getDestination())
            ? RouteRule.builder().copy(rule).networkEntityId(r.idsByKey().get(ResourceKey.natGateway())).build() : rule).toList();
    services.virtualNetwork().updateRouteTable(UpdateRouteTableRequest.builder().rtId(lbRouteTable).updateRouteTableDetails(
        UpdateRouteTableDetails.builder().routeRules(flipped).build()).build());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(Networks.prod());

    assertThat(report.findings("OKE-LIVE-003")).extracting(f -> f.path())
        .containsExactlyInAnyOrder("services[shop/web]", "services[ingress-nginx/controller]");
    assertThat(report.findings("OKE-LIVE-007")).singleElement().satisfies(f -> assertThat(f.message()).contains("0.0.0.0/0 → igw"));
    assertThat(report.findings("OKE-LIVE-008")).singleElement().satisfies(f -> assertThat(f.message()).contains("0.0.0.0/0 → nat"));
  }

  /** prod with a /21 pod subnet: 2,045 usable, which holds the node pools' peak on paper. */
  private static ResolvedNetwork prodWithSmallerPods() {
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    b.pods(Subnet.privateSubnet(21).withDnsLabel("pods"));
    return b.build().resolve();
  }

  @Test
  void aPodSubnetFilledByOthersCannotHoldTheNodePoolsGrowth() {
    ResolvedNetwork net = prodWithSmallerPods();
    ApplyResult r = applied(net);
    assertThat(FakeOciProviders.provider(oci, services).diagnose(net).isClean()).isTrue();
    // Someone else's node pool in the same pod subnet: 20 nodes × (60 pods + 2 VNICs) = 1,240 addresses.
    services.containerEngine().createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails.builder()
        .compartmentId(Networks.COMPARTMENT).clusterId(r.idsByKey().get(ResourceKey.cluster())).name("intruder").kubernetesVersion("v1.31.1")
        .nodeShape("VM.Standard.E5.Flex").nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(4f).build())
        .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(20).placementConfigs(List.of(NodePoolPlacementConfigDetails
            .builder().availabilityDomain("AD-1").subnetId(r.idsByKey().get(ResourceKey.subnet(SubnetRole.WORKERS))).build()))
            .nodePoolPodNetworkOptionDetails(OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder().maxPodsPerNode(60)
                .podSubnetIds(List.of(r.idsByKey().get(ResourceKey.subnet(SubnetRole.PODS)))).build()).build()).build()).build());

    DiagnoseReport report = FakeOciProviders.provider(oci, services).diagnose(net);

    assertThat(report.usage(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow().inUse()).isEqualTo(3 * 62 + 20 * 62);
    assertThat(report.findings("OKE-LIVE-001")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("subnet:pods");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("1,426 of 2,045 usable").contains("'general'");
      assertThat(f.fix()).contains("larger subnet");
    });
  }
}
