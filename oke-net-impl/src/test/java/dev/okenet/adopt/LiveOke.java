package dev.okenet.adopt;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterType;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.CreateNatGatewayDetails;
import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.CreateNatGatewayRequest;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live OKE network built on FakeOci directly with SDK calls (not by the provider), laid out
 * like a reference network: the same CIDRs, gateways, route tables, role NSGs with the same rules,
 * a locked-down default security list, a DRG, the cluster and its node pools. Display names are a
 * team's own ("prod-workers-subnet"), and nothing carries oke-net's tags.
 *
 * <pre>{@code
 * LiveOke live = LiveOke.build(fake.virtualNetwork(), fake.containerEngine(), ReferenceNetworks.broken());
 * live.vcnId();
 * }</pre>
 */
final class LiveOke {
  static final String COMPARTMENT = dev.okenet.reference.ReferenceNetworks.COMPARTMENT_ID;

  final Map<ResourceKey, String> ids = new LinkedHashMap<>();
  private final VirtualNetwork vn;
  private final ContainerEngine ce;
  private final ResolvedNetwork net;
  private Service allServices;

  private LiveOke(VirtualNetwork vn, ContainerEngine ce, OkeNetwork shape) {
    this.vn = vn;
    this.ce = ce;
    this.net = shape.resolve();
  }

  /** Builds the network shaped like {@code shape} (an NSG-mode, VCN-native reference network). */
  static LiveOke build(VirtualNetwork vn, ContainerEngine ce, OkeNetwork shape) {
    LiveOke l = new LiveOke(vn, ce, shape);
    l.network();
    l.cluster();
    return l;
  }

  String vcnId() {
    return ids.get(ResourceKey.vcn());
  }

  String clusterId() {
    return ids.get(ResourceKey.cluster());
  }

  private String team(Object what) {
    return net.name() + "-" + what.toString().replace(':', '-');
  }

  private void network() {
    allServices = vn.listServices(ListServicesRequest.builder().build()).getItems().stream()
        .filter(s -> s.getCidrBlock().startsWith("all-")).findFirst().orElseThrow();
    var vcn = vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder().compartmentId(COMPARTMENT)
        .cidrBlocks(net.vcn().cidrs().stream().map(Object::toString).toList()).dnsLabel(net.vcn().dnsLabel().orElse(null))
        .displayName(team("vcn")).freeformTags(Map.of("team", "payments")).build()).build()).getVcn();
    ids.put(ResourceKey.vcn(), vcn.getId());
    ids.put(ResourceKey.internetGateway(), vn.createInternetGateway(CreateInternetGatewayRequest.builder().createInternetGatewayDetails(
        CreateInternetGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).isEnabled(true).displayName(team("igw"))
            .build()).build()).getInternetGateway().getId());
    ids.put(ResourceKey.natGateway(), vn.createNatGateway(CreateNatGatewayRequest.builder().createNatGatewayDetails(CreateNatGatewayDetails.builder()
        .compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(team("nat")).build()).build()).getNatGateway().getId());
    ids.put(ResourceKey.serviceGateway(), vn.createServiceGateway(CreateServiceGatewayRequest.builder().createServiceGatewayDetails(
        CreateServiceGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(team("sgw"))
            .services(List.of(ServiceIdRequestDetails.builder().serviceId(allServices.getId()).build())).build()).build())
        .getServiceGateway().getId());
    String drg = vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder().compartmentId(COMPARTMENT)
        .displayName(team("drg")).build()).build()).getDrg().getId();
    ids.put(ResourceKey.drg(), drg);
    ids.put(ResourceKey.drgAttachment(), vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
        CreateDrgAttachmentDetails.builder().drgId(drg).vcnId(vcn.getId()).displayName(team("drg-attachment")).build()).build())
        .getDrgAttachment().getId());
    lockDownDefaultList(vcn.getDefaultSecurityListId());
    for (ResolvedRouteTable rt : net.routeTables()) {
      List<RouteRule> rules = new ArrayList<>();
      for (var r : rt.rules()) {
        String target = ids.get(ResolvedNetwork.targetKey(r.target()));
        rules.add(r.isServiceNetwork()
            ? RouteRule.builder().destination(allServices.getCidrBlock()).destinationType(RouteRule.DestinationType.ServiceCidrBlock)
                .networkEntityId(target).build()
            : RouteRule.builder().destination(r.destination().orElseThrow().toString()).destinationType(RouteRule.DestinationType.CidrBlock)
                .networkEntityId(target).build());
      }
      ids.put(rt.key(), vn.createRouteTable(CreateRouteTableRequest.builder().createRouteTableDetails(CreateRouteTableDetails.builder()
          .compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(team(rt.key())).routeRules(rules).build()).build())
          .getRouteTable().getId());
    }
    for (ResolvedRuleSet nsg : net.nsgs()) {
      ids.put(nsg.key(), vn.createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder().createNetworkSecurityGroupDetails(
          CreateNetworkSecurityGroupDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).displayName(team(nsg.key())).build())
          .build()).getNetworkSecurityGroup().getId());
    }
    for (ResolvedRuleSet nsg : net.nsgs()) {
      List<AddSecurityRuleDetails> rules = nsg.rules().stream().map(this::nsgRule).toList();
      for (int i = 0; i < rules.size(); i += 25) {
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(ids.get(nsg.key()))
            .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder()
                .securityRules(rules.subList(i, Math.min(rules.size(), i + 25))).build()).build());
      }
    }
    for (ResolvedSubnet s : net.subnets()) {
      ids.put(s.key(), vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(CreateSubnetDetails.builder()
          .compartmentId(COMPARTMENT).vcnId(vcn.getId()).cidrBlock(s.cidr().toString()).dnsLabel(s.dnsLabel().orElse(null))
          .prohibitPublicIpOnVnic(!s.isPublic()).routeTableId(ids.get(s.routeTableKey()))
          .securityListIds(List.of(vcn.getDefaultSecurityListId())).displayName(s.key().label()).build()).build())
          .getSubnet().getId());
    }
  }

  /** The default list as oke-net's resolver assumes it: path MTU from anywhere, unreachable from the VCN. */
  private void lockDownDefaultList(String id) {
    List<IngressSecurityRule> ingress = new ArrayList<>();
    for (ResolvedSecurityRule r : net.defaultSecurityList().rules()) {
      ingress.add(IngressSecurityRule.builder().source(r.peer().cidr().orElseThrow().toString()).protocol("1")
          .icmpOptions(IcmpOptions.builder().type(r.port().icmpType().getAsInt())
              .code(r.port().icmpCode().isPresent() ? r.port().icmpCode().getAsInt() : null).build()).build());
    }
    vn.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(id).updateSecurityListDetails(
        UpdateSecurityListDetails.builder().ingressSecurityRules(ingress).egressSecurityRules(List.of()).build()).build());
  }

  private AddSecurityRuleDetails nsgRule(ResolvedSecurityRule r) {
    boolean in = r.direction() == Direction.INGRESS;
    String peer;
    String type;
    if (r.peer().kind() == ResolvedPeer.Kind.NSG) {
      peer = ids.get(r.peer().nsgKey().orElseThrow());
      type = "NETWORK_SECURITY_GROUP";
    } else if (r.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK) {
      peer = allServices.getCidrBlock();
      type = "SERVICE_CIDR_BLOCK";
    } else {
      peer = r.peer().cidr().orElseThrow().toString();
      type = "CIDR_BLOCK";
    }
    Port p = r.port();
    var b = AddSecurityRuleDetails.builder().direction(in ? AddSecurityRuleDetails.Direction.Ingress : AddSecurityRuleDetails.Direction.Egress)
        .protocol(p.protocol().ociNumber()).isStateless(!r.stateful()).description(r.description().length() > 255
            ? r.description().substring(0, 255) : r.description());
    if (in) {
      b.source(peer).sourceType(AddSecurityRuleDetails.SourceType.create(type));
    } else {
      b.destination(peer).destinationType(AddSecurityRuleDetails.DestinationType.create(type));
    }
    if (p.protocol() == Protocol.TCP && !p.isAllPorts()) {
      b.tcpOptions(TcpOptions.builder().destinationPortRange(range(p)).build());
    } else if (p.protocol() == Protocol.UDP && !p.isAllPorts()) {
      b.udpOptions(UdpOptions.builder().destinationPortRange(range(p)).build());
    } else if (p.protocol() == Protocol.ICMP && p.icmpType().isPresent()) {
      b.icmpOptions(IcmpOptions.builder().type(p.icmpType().getAsInt()).code(p.icmpCode().isPresent() ? p.icmpCode().getAsInt() : null).build());
    }
    return b.build();
  }

  private static PortRange range(Port p) {
    return PortRange.builder().min(p.fromPort().getAsInt()).max(p.toPort().getAsInt()).build();
  }

  private void cluster() {
    var c = net.cluster();
    ce.createCluster(CreateClusterRequest.builder().createClusterDetails(CreateClusterDetails.builder().name(team("cluster"))
        .compartmentId(COMPARTMENT).vcnId(vcnId()).kubernetesVersion(c.kubernetesVersion()).type(ClusterType.EnhancedCluster)
        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(ids.get(ResourceKey.subnet(SubnetRole.API_ENDPOINT))).nsgIds(List.of(ids.get(ResourceKey.nsg(SubnetRole.API_ENDPOINT))))
            .isPublicIpEnabled(false).build())
        .clusterPodNetworkOptions(List.of(OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()))
        .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(ids.get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)), ids.get(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS))))
            .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr(c.servicesCidr().toString()).build()).build())
        .build()).build());
    String clusterId = ce.listClusters(ListClustersRequest.builder().compartmentId(COMPARTMENT).build()).getItems().stream()
        .filter(x -> x.getVcnId().equals(vcnId())).findFirst().orElseThrow().getId();
    ids.put(ResourceKey.cluster(), clusterId);
    for (ResolvedNodePool p : net.nodePools()) {
      var shape = p.pool().shape();
      ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails.builder().compartmentId(COMPARTMENT)
          .clusterId(clusterId).name(p.name()).kubernetesVersion(c.kubernetesVersion()).nodeShape(shape.name())
          .nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(shape.ocpus().orElseThrow().floatValue()).build())
          .nodeImageName("Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760")
          .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(p.pool().minNodes())
              .placementConfigs(List.of(NodePoolPlacementConfigDetails.builder().availabilityDomain("AD-1").subnetId(ids.get(ResourceKey.subnet(SubnetRole.WORKERS))).build()))
              .nsgIds(List.of(ids.get(ResourceKey.nsg(SubnetRole.WORKERS))))
              .nodePoolPodNetworkOptionDetails(OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder().maxPodsPerNode(p.maxPodsPerNode())
                  .podSubnetIds(List.of(ids.get(ResourceKey.subnet(SubnetRole.PODS)))).podNsgIds(List.of(ids.get(ResourceKey.nsg(SubnetRole.PODS)))).build())
              .build())
          .build()).build());
    }
  }
}
