package dev.okenet.reliability;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.CreateSecurityListDetails;
import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.CreateSecurityListRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import java.util.List;
import java.util.Map;

/**
 * Resources somebody else owns, created straight through FakeOci's SDK door before oke-net runs:
 * untagged ones, ones of another network, and ones whose tags only look like ours (half of our
 * pair, or a network whose name starts like ours).
 *
 * <pre>{@code
 * ForeignEstate estate = new ForeignEstate(fake.virtualNetwork(), compartment);
 * String vcn = estate.vcn("legacy", "172.16.0.0/16", null, ForeignEstate.UNTAGGED);
 * estate.subnet(vcn, "172.16.1.0/24", ForeignEstate.otherNetwork("subnet:workers"));
 * }</pre>
 */
final class ForeignEstate {
  static final Map<String, String> UNTAGGED = Map.of();
  /** Our network's name without a key: not ours, the provider needs both tags. */
  static final Map<String, String> HALF_OURS = Map.of("okenet.network", "prod");
  /** Our key without a network. */
  static final Map<String, String> KEY_ONLY = Map.of("okenet.key", "vcn");

  private final VirtualNetwork vn;
  private final String compartment;

  ForeignEstate(VirtualNetwork vn, String compartment) {
    this.vn = vn;
    this.compartment = compartment;
  }

  /** Tags of the network {@code name} (e.g. "staging", or "prod-flannel" beside "prod") for {@code key}. */
  static Map<String, String> network(String name, String key) {
    return Map.of("okenet.network", name, "okenet.key", key);
  }

  String vcn(String name, String cidr, String dnsLabel, Map<String, String> tags) {
    return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder().compartmentId(compartment)
        .cidrBlocks(List.of(cidr)).displayName(name).dnsLabel(dnsLabel).freeformTags(tags).build()).build()).getVcn().getId();
  }

  String subnet(String vcnId, String cidr, Map<String, String> tags) {
    return vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(CreateSubnetDetails.builder().compartmentId(compartment)
        .vcnId(vcnId).cidrBlock(cidr).displayName("foreign-" + cidr).freeformTags(tags).build()).build()).getSubnet().getId();
  }

  String routeTable(String vcnId, Map<String, String> tags) {
    return vn.createRouteTable(CreateRouteTableRequest.builder().createRouteTableDetails(CreateRouteTableDetails.builder()
        .compartmentId(compartment).vcnId(vcnId).routeRules(List.of()).displayName("foreign-rt").freeformTags(tags).build())
        .build()).getRouteTable().getId();
  }

  String securityList(String vcnId, Map<String, String> tags) {
    IngressSecurityRule https = IngressSecurityRule.builder().source("10.0.0.0/8").protocol("6")
        .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(443).max(443).build()).build()).build();
    return vn.createSecurityList(CreateSecurityListRequest.builder().createSecurityListDetails(CreateSecurityListDetails.builder()
        .compartmentId(compartment).vcnId(vcnId).ingressSecurityRules(List.of(https))
        .egressSecurityRules(List.of(EgressSecurityRule.builder().destination("0.0.0.0/0").protocol("all").build()))
        .displayName("foreign-sl").freeformTags(tags).build()).build()).getSecurityList().getId();
  }

  /** An NSG with one rule, so that a rule sync on it would show in its rule count. */
  String nsg(String vcnId, Map<String, String> tags) {
    String id = vn.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder().createNetworkSecurityGroupDetails(
        CreateNetworkSecurityGroupDetails.builder().compartmentId(compartment).vcnId(vcnId).displayName("foreign-nsg")
            .freeformTags(tags).build()).build()).getNetworkSecurityGroup().getId();
    vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(id)
        .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(
            AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("10.0.0.0/8")
                .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).build())).build()).build());
    return id;
  }

  String internetGateway(String vcnId, Map<String, String> tags) {
    return vn.createInternetGateway(CreateInternetGatewayRequest.builder().createInternetGatewayDetails(
        CreateInternetGatewayDetails.builder().compartmentId(compartment).vcnId(vcnId).isEnabled(true).displayName("foreign-igw")
            .freeformTags(tags).build()).build()).getInternetGateway().getId();
  }
}
