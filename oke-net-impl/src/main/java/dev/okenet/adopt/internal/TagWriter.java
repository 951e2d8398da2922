package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.UpdateClusterDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.requests.UpdateClusterRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.UpdateDrgAttachmentDetails;
import com.oracle.bmc.core.model.UpdateDrgDetails;
import com.oracle.bmc.core.model.UpdateInternetGatewayDetails;
import com.oracle.bmc.core.model.UpdateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.UpdateNatGatewayDetails;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.model.UpdateSecurityListDetails;
import com.oracle.bmc.core.model.UpdateServiceGatewayDetails;
import com.oracle.bmc.core.model.UpdateSubnetDetails;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.requests.UpdateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.UpdateDrgRequest;
import com.oracle.bmc.core.requests.UpdateInternetGatewayRequest;
import com.oracle.bmc.core.requests.UpdateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.UpdateNatGatewayRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import com.oracle.bmc.core.requests.UpdateSecurityListRequest;
import com.oracle.bmc.core.requests.UpdateServiceGatewayRequest;
import com.oracle.bmc.core.requests.UpdateSubnetRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import java.util.Map;

/**
 * Sets a resource's freeform tags with its kind's Update call, sending nothing but the tags, so
 * rules, routes, names and attachments stay exactly as they are.
 *
 * <pre>{@code
 * TagWriter.write(TagWriter.SUBNET, subnetId, tags, vn, ce);
 * }</pre>
 */
public final class TagWriter {
  /** Kind names, as {@link dev.okenet.adopt.TagChange#kind()} shows them. */
  public static final String VCN = "VCN";
  /** A subnet. */
  public static final String SUBNET = "subnet";
  /** An internet gateway. */
  public static final String INTERNET_GATEWAY = "internet gateway";
  /** A NAT gateway. */
  public static final String NAT_GATEWAY = "NAT gateway";
  /** A service gateway. */
  public static final String SERVICE_GATEWAY = "service gateway";
  /** A local peering gateway. */
  public static final String LOCAL_PEERING_GATEWAY = "local peering gateway";
  /** A DRG. */
  public static final String DRG = "DRG";
  /** A DRG attachment. */
  public static final String DRG_ATTACHMENT = "DRG attachment";
  /** A route table. */
  public static final String ROUTE_TABLE = "route table";
  /** A security list. */
  public static final String SECURITY_LIST = "security list";
  /** A network security group. */
  public static final String NSG = "NSG";
  /** An OKE cluster. */
  public static final String CLUSTER = "cluster";
  /** A node pool. */
  public static final String NODE_POOL = "node pool";

  private TagWriter() {}

  /**
   * Replaces the freeform tags of {@code id} with {@code tags}.
   *
   * @throws IllegalStateException for a cluster or node pool when {@code ce} is null
   */
  public static void write(String kind, String id, Map<String, String> tags, VirtualNetwork vn, ContainerEngine ce) {
    switch (kind) {
      case VCN -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(id)
          .updateVcnDetails(UpdateVcnDetails.builder().freeformTags(tags).build()).build());
      case SUBNET -> vn.updateSubnet(UpdateSubnetRequest.builder().subnetId(id)
          .updateSubnetDetails(UpdateSubnetDetails.builder().freeformTags(tags).build()).build());
      case INTERNET_GATEWAY -> vn.updateInternetGateway(UpdateInternetGatewayRequest.builder().igId(id)
          .updateInternetGatewayDetails(UpdateInternetGatewayDetails.builder().freeformTags(tags).build()).build());
      case NAT_GATEWAY -> vn.updateNatGateway(UpdateNatGatewayRequest.builder().natGatewayId(id)
          .updateNatGatewayDetails(UpdateNatGatewayDetails.builder().freeformTags(tags).build()).build());
      case SERVICE_GATEWAY -> vn.updateServiceGateway(UpdateServiceGatewayRequest.builder().serviceGatewayId(id)
          .updateServiceGatewayDetails(UpdateServiceGatewayDetails.builder().freeformTags(tags).build()).build());
      case LOCAL_PEERING_GATEWAY -> vn.updateLocalPeeringGateway(UpdateLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id)
          .updateLocalPeeringGatewayDetails(UpdateLocalPeeringGatewayDetails.builder().freeformTags(tags).build()).build());
      case DRG -> vn.updateDrg(UpdateDrgRequest.builder().drgId(id)
          .updateDrgDetails(UpdateDrgDetails.builder().freeformTags(tags).build()).build());
      case DRG_ATTACHMENT -> vn.updateDrgAttachment(UpdateDrgAttachmentRequest.builder().drgAttachmentId(id)
          .updateDrgAttachmentDetails(UpdateDrgAttachmentDetails.builder().freeformTags(tags).build()).build());
      case ROUTE_TABLE -> vn.updateRouteTable(UpdateRouteTableRequest.builder().rtId(id)
          .updateRouteTableDetails(UpdateRouteTableDetails.builder().freeformTags(tags).build()).build());
      case SECURITY_LIST -> vn.updateSecurityList(UpdateSecurityListRequest.builder().securityListId(id)
          .updateSecurityListDetails(UpdateSecurityListDetails.builder().freeformTags(tags).build()).build());
      case NSG -> vn.updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id)
          .updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder().freeformTags(tags).build()).build());
      case CLUSTER -> engine(ce, kind).updateCluster(UpdateClusterRequest.builder().clusterId(id)
          .updateClusterDetails(UpdateClusterDetails.builder().freeformTags(tags).build()).build());
      case NODE_POOL -> engine(ce, kind).updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(id)
          .updateNodePoolDetails(UpdateNodePoolDetails.builder().freeformTags(tags).build()).build());
      default -> throw new IllegalArgumentException("Cannot tag a resource of kind '" + kind + "' (" + id + "): oke-net adopts VCNs, "
          + "subnets, gateways, DRGs and attachments, route tables, security lists, NSGs, clusters and node pools.");
    }
  }

  private static ContainerEngine engine(ContainerEngine ce, String kind) {
    if (ce == null) {
      throw new IllegalStateException("Tagging the " + kind + " needs a ContainerEngine client; pass one to AdoptionPlan.apply(vn, ce).");
    }
    return ce;
  }
}
