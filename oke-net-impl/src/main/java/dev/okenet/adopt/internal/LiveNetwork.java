package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One VCN and its cluster as OCI answered, live (terminated resources left out): the input of the
 * mapping onto the model. Read once by {@link LiveReader}; nothing here calls OCI.
 *
 * <pre>{@code
 * LiveNetwork live = LiveReader.read(vn, ce, compartmentId, vcnId, null);
 * live.subnets().size();
 * }</pre>
 *
 * @param compartmentId the compartment read
 * @param vcn the VCN
 * @param subnets its subnets
 * @param internetGateways its internet gateways
 * @param natGateways its NAT gateways
 * @param serviceGateways its service gateways
 * @param localPeerings its local peering gateways
 * @param drgAttachments the DRG attachments of the VCN
 * @param routeTables its route tables
 * @param securityLists its security lists (the default one included)
 * @param nsgs its network security groups
 * @param nsgRules each NSG's rules, by NSG OCID
 * @param services the region's Oracle services (to read service gateway scopes and labels)
 * @param cluster the OKE cluster on the VCN, if any
 * @param nodePools the cluster's node pools
 * @param privateIpsInUse private IPs in use per subnet OCID (subnets whose count could not be read are absent)
 * @param readFindings what could not be read, as findings
 */
public record LiveNetwork(String compartmentId, Vcn vcn, List<Subnet> subnets, List<InternetGateway> internetGateways,
    List<NatGateway> natGateways, List<ServiceGateway> serviceGateways, List<LocalPeeringGateway> localPeerings,
    List<DrgAttachment> drgAttachments, List<RouteTable> routeTables, List<SecurityList> securityLists,
    List<NetworkSecurityGroup> nsgs, Map<String, List<SecurityRule>> nsgRules, List<Service> services,
    Optional<Cluster> cluster, List<NodePool> nodePools, Map<String, Integer> privateIpsInUse, List<Finding> readFindings) {

  /** Copies the collections. */
  public LiveNetwork {
    subnets = List.copyOf(subnets);
    internetGateways = List.copyOf(internetGateways);
    natGateways = List.copyOf(natGateways);
    serviceGateways = List.copyOf(serviceGateways);
    localPeerings = List.copyOf(localPeerings);
    drgAttachments = List.copyOf(drgAttachments);
    routeTables = List.copyOf(routeTables);
    securityLists = List.copyOf(securityLists);
    nsgs = List.copyOf(nsgs);
    nsgRules = Map.copyOf(nsgRules);
    services = List.copyOf(services);
    nodePools = List.copyOf(nodePools);
    privateIpsInUse = Map.copyOf(privateIpsInUse);
    readFindings = List.copyOf(readFindings);
  }

  /** The subnet with this OCID. */
  public Optional<Subnet> subnet(String id) {
    return subnets.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The route table with this OCID. */
  public Optional<RouteTable> routeTable(String id) {
    return routeTables.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The security list with this OCID. */
  public Optional<SecurityList> securityList(String id) {
    return securityLists.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The NSG with this OCID. */
  public Optional<NetworkSecurityGroup> nsg(String id) {
    return nsgs.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The rules of the NSG with this OCID. */
  public List<SecurityRule> rulesOf(String nsgId) {
    return nsgRules.getOrDefault(nsgId, List.of());
  }
}
