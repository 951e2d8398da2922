package dev.okenet.oci;

import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.ListRouteTablesRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import java.util.List;
import java.util.Map;

/** The reference networks and read helpers over the fake's SDK door. */
final class Networks {
  static final String COMPARTMENT = ReferenceNetworks.COMPARTMENT_ID;

  private Networks() {}

  static ResolvedNetwork prod() {
    return ReferenceNetworks.prod().resolve();
  }

  static ResolvedNetwork prodFlannel() {
    return ReferenceNetworks.prodFlannel().resolve();
  }

  static List<Vcn> vcns(VirtualNetwork vn) {
    return vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(1000).build()).getItems().stream()
        .filter(v -> v.getLifecycleState() != Vcn.LifecycleState.Terminated && v.getLifecycleState() != Vcn.LifecycleState.Terminating)
        .toList();
  }

  static List<Subnet> subnets(VirtualNetwork vn) {
    return vn.listSubnets(ListSubnetsRequest.builder().compartmentId(COMPARTMENT).limit(1000).build()).getItems().stream()
        .filter(s -> s.getLifecycleState() == Subnet.LifecycleState.Available || s.getLifecycleState() == Subnet.LifecycleState.Provisioning)
        .toList();
  }

  static List<RouteTable> routeTables(VirtualNetwork vn) {
    return vn.listRouteTables(ListRouteTablesRequest.builder().compartmentId(COMPARTMENT).limit(1000).build()).getItems().stream()
        .filter(s -> s.getLifecycleState() == RouteTable.LifecycleState.Available).toList();
  }

  static List<SecurityList> securityLists(VirtualNetwork vn) {
    return vn.listSecurityLists(ListSecurityListsRequest.builder().compartmentId(COMPARTMENT).limit(1000).build()).getItems().stream()
        .filter(s -> s.getLifecycleState() == SecurityList.LifecycleState.Available).toList();
  }

  static List<NetworkSecurityGroup> nsgs(VirtualNetwork vn) {
    return vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(COMPARTMENT).limit(1000).build())
        .getItems().stream().filter(s -> s.getLifecycleState() == NetworkSecurityGroup.LifecycleState.Available).toList();
  }

  static boolean ownedBy(Map<String, String> tags, String network) {
    return tags != null && network.equals(tags.get("okenet.network")) && tags.containsKey("okenet.key");
  }
}
