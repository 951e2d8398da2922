package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.model.UpdateSubnetDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.DeleteNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import com.oracle.bmc.core.requests.UpdateSubnetRequest;
import dev.okenet.check.Finding;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.Fault;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per import finding id that no other test triggers, each beside the close variant that
 * stays silent (the plain import of a prod-shaped network).
 */
class ImportFindingsTest {
  private static List<String> ids(ImportedNetwork imported) {
    return imported.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void aFailedReadBecomesImport003AndTheImportCompletes() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    prod.fake.faults().on("listPrivateIps").onEveryCall().respond(Fault.invalidParameter());

    ImportedNetwork imported = prod.imported();

    assertThat(imported.findings()).filteredOn(f -> f.ruleId().equals("OKE-IMPORT-003"))
        .anySatisfy(f -> assertThat(f.message()).contains("ListPrivateIps"));
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-003");
  }

  @Test
  void aRuleLimitedToSourcePortsIsImport004() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    prod.fake.virtualNetwork().addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(prod.live.ids.get(ResourceKey.nsg(SubnetRole.WORKERS))).addNetworkSecurityGroupSecurityRulesDetails(
            AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("192.168.0.0/16")
                .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).tcpOptions(TcpOptions.builder()
                    .sourcePortRange(PortRange.builder().min(1024).max(2048).build()).build()).build())).build()).build());

    assertThat(ids(prod.imported())).contains("OKE-IMPORT-004");
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-004");
  }

  @Test
  void extraRulesInTheDefaultListAreImport007() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    var vn = prod.fake.virtualNetwork();
    String listId = vn.getVcn(GetVcnRequest.builder().vcnId(prod.live.vcnId()).build()).getVcn().getDefaultSecurityListId();
    SecurityList list = vn.getSecurityList(GetSecurityListRequest.builder().securityListId(listId).build()).getSecurityList();
    List<IngressSecurityRule> ingress = new ArrayList<>(list.getIngressSecurityRules());
    ingress.add(IngressSecurityRule.builder().protocol("6").source("0.0.0.0/0").tcpOptions(TcpOptions.builder()
        .destinationPortRange(PortRange.builder().min(22).max(22).build()).build()).build());
    vn.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(listId).updateSecurityListDetails(
        UpdateSecurityListDetails.builder().ingressSecurityRules(ingress).build()).build());

    assertThat(ids(prod.imported())).contains("OKE-IMPORT-007");
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-007");
  }

  @Test
  void aRoleWithoutItsNsgIsImport008() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    prod.fake.virtualNetwork().deleteNetworkSecurityGroup(DeleteNetworkSecurityGroupRequest.builder()
        .networkSecurityGroupId(prod.live.ids.get(ResourceKey.nsg(SubnetRole.INTERNAL_LOAD_BALANCERS))).build());

    assertThat(imported(prod)).filteredOn(f -> f.ruleId().equals("OKE-IMPORT-008")).isNotEmpty();
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-008");
  }

  private static List<Finding> imported(Imports prod) {
    return prod.imported().findings();
  }

  @Test
  void twoClustersOnOneVcnAreImport002() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    var ce = prod.fake.containerEngine();
    var cluster = ce.getCluster(GetClusterRequest.builder().clusterId(prod.live.clusterId()).build()).getCluster();
    ce.createCluster(CreateClusterRequest.builder().createClusterDetails(CreateClusterDetails.builder().name("second")
        .compartmentId(LiveOke.COMPARTMENT).vcnId(cluster.getVcnId()).kubernetesVersion(cluster.getKubernetesVersion())
        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(cluster.getEndpointConfig().getSubnetId()).build())
        .clusterPodNetworkOptions(cluster.getClusterPodNetworkOptions()).build()).build());

    assertThat(prod.imported().findings()).filteredOn(f -> f.ruleId().equals("OKE-IMPORT-002"))
        .anySatisfy(f -> assertThat(f.message()).contains("2 clusters"));
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-002");
  }

  @Test
  void aRouteTableTwoRolesShareIsImport005() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    var vn = prod.fake.virtualNetwork();
    String workersTable = vn.getSubnet(GetSubnetRequest.builder().subnetId(prod.live.ids.get(ResourceKey.subnet(SubnetRole.WORKERS))).build())
        .getSubnet().getRouteTableId();
    String apiTable = vn.getSubnet(GetSubnetRequest.builder().subnetId(prod.live.ids.get(ResourceKey.subnet(SubnetRole.API_ENDPOINT))).build())
        .getSubnet().getRouteTableId();
    assertThat(workersTable).as("prod gives each role its own route table").isNotEqualTo(apiTable);
    vn.updateSubnet(UpdateSubnetRequest.builder().subnetId(prod.live.ids.get(ResourceKey.subnet(SubnetRole.API_ENDPOINT)))
        .updateSubnetDetails(UpdateSubnetDetails.builder().routeTableId(workersTable).build()).build());

    assertThat(ids(prod.imported())).contains("OKE-IMPORT-005");
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-005");
  }

  @Test
  void nodePoolsInTwoSubnetsAreImport006() {
    Imports prod = Imports.of(ReferenceNetworks.prod());
    var ce = prod.fake.containerEngine();
    var pool = ce.getNodePool(GetNodePoolRequest.builder().nodePoolId(ce.listNodePools(ListNodePoolsRequest.builder()
        .compartmentId(LiveOke.COMPARTMENT).clusterId(prod.live.clusterId()).build()).getItems().get(0).getId()).build()).getNodePool();
    var config = pool.getNodeConfigDetails();
    ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails.builder()
        .compartmentId(LiveOke.COMPARTMENT).clusterId(prod.live.clusterId()).name("elsewhere").nodeShape(pool.getNodeShape())
        .nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(pool.getNodeShapeConfig().getOcpus()).build())
        .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(1).placementConfigs(List.of(
            NodePoolPlacementConfigDetails.builder().availabilityDomain(prod.fake.availabilityDomains().get(0))
                .subnetId(prod.live.ids.get(ResourceKey.extraSubnet("bastion"))).build()))
            .nodePoolPodNetworkOptionDetails(config.getNodePoolPodNetworkOptionDetails()).build()).build()).build());

    assertThat(ids(prod.imported())).contains("OKE-IMPORT-006");
    assertThat(ids(Imports.of(ReferenceNetworks.prod()).imported())).doesNotContain("OKE-IMPORT-006");
  }

  @Test
  void anImportWithoutKubernetesFactsIsImport009() {
    Imports prod = Imports.of(ReferenceNetworks.prod());

    ImportedNetwork bare = NetworkImporter.builder().virtualNetwork(prod.fake.virtualNetwork())
        .containerEngine(prod.fake.containerEngine()).name("prod").build().importVcn(LiveOke.COMPARTMENT, prod.live.vcnId());

    assertThat(ids(bare)).contains("OKE-IMPORT-009");
    assertThat(ids(prod.imported())).doesNotContain("OKE-IMPORT-009");
  }
}
