package dev.okenet.reliability;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.ListDrgsRequest;
import com.oracle.bmc.core.requests.ListInternetGatewaysRequest;
import com.oracle.bmc.core.requests.ListLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.ListRemotePeeringConnectionsRequest;
import com.oracle.bmc.core.requests.ListRouteTablesRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import com.oracle.bmc.core.requests.ListServiceGatewaysRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import dev.okenet.testkit.FakeOci;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every live resource of one compartment, read through FakeOci's SDK doors (so independent of the
 * provider's own inventory), as comparable entries: kind, the two ownership tags, display name and
 * the content that a duplicate or a half-written resource would change (CIDRs, rule counts).
 *
 * <pre>{@code
 * CloudSnapshot clean = CloudSnapshot.read(fake, compartment);
 * assertThat(recovered.entries()).isEqualTo(clean.entries());   // same resources, no duplicate, no orphan
 * }</pre>
 */
record CloudSnapshot(List<Entry> entries) {
  private static final Set<String> GONE = Set.of("TERMINATED", "DELETED", "DETACHED");
  private static final int PAGE = 1000;

  /** One resource: what it is, whose it is, and what it holds. */
  record Entry(String kind, String id, String network, String key, String name, String detail) {
    /** The entry without its OCID, to compare two clouds that hand out different ids. */
    String signature() {
      return kind + " " + (network == null ? "-" : network) + " " + (key == null ? "-" : key) + " '" + name + "' " + detail;
    }

    boolean ownedBy(String networkName) {
      return networkName.equals(network) && key != null;
    }
  }

  CloudSnapshot {
    entries = List.copyOf(entries);
  }

  static CloudSnapshot read(FakeOci fake, String compartment) {
    List<Entry> out = new ArrayList<>();
    VirtualNetwork vn = fake.virtualNetwork();
    vn.listVcns(ListVcnsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(v -> add(out, "vcn", v.getId(), v.getFreeformTags(), v.getDisplayName(), v.getLifecycleState(), v.getCidrBlocks()));
    vn.listSubnets(ListSubnetsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(s -> add(out, "subnet", s.getId(), s.getFreeformTags(), s.getDisplayName(), s.getLifecycleState(),
            s.getCidrBlock() + " rt " + s.getRouteTableId() + " sl " + s.getSecurityListIds()));
    vn.listRouteTables(ListRouteTablesRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(t -> add(out, "route-table", t.getId(), t.getFreeformTags(), t.getDisplayName(), t.getLifecycleState(),
            t.getRouteRules().size() + " rules"));
    vn.listSecurityLists(ListSecurityListsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(l -> add(out, "security-list", l.getId(), l.getFreeformTags(), l.getDisplayName(), l.getLifecycleState(),
            l.getIngressSecurityRules().size() + " in " + l.getEgressSecurityRules().size() + " out"));
    vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(g -> add(out, "nsg", g.getId(), g.getFreeformTags(), g.getDisplayName(), g.getLifecycleState(),
            GONE.contains(String.valueOf(g.getLifecycleState()).toUpperCase()) ? "" : nsgRules(vn, g.getId()) + " rules"));
    vn.listInternetGateways(ListInternetGatewaysRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(g -> add(out, "igw", g.getId(), g.getFreeformTags(), g.getDisplayName(), g.getLifecycleState(), ""));
    vn.listNatGateways(ListNatGatewaysRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(g -> add(out, "nat", g.getId(), g.getFreeformTags(), g.getDisplayName(), g.getLifecycleState(), ""));
    vn.listServiceGateways(ListServiceGatewaysRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(g -> add(out, "sgw", g.getId(), g.getFreeformTags(), g.getDisplayName(), g.getLifecycleState(), ""));
    vn.listLocalPeeringGateways(ListLocalPeeringGatewaysRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(g -> add(out, "lpg", g.getId(), g.getFreeformTags(), g.getDisplayName(), g.getLifecycleState(), ""));
    vn.listDrgs(ListDrgsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(d -> add(out, "drg", d.getId(), d.getFreeformTags(), d.getDisplayName(), d.getLifecycleState(), ""));
    vn.listDrgAttachments(ListDrgAttachmentsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(a -> add(out, "drg-attachment", a.getId(), a.getFreeformTags(), a.getDisplayName(), a.getLifecycleState(), ""));
    vn.listRemotePeeringConnections(ListRemotePeeringConnectionsRequest.builder().compartmentId(compartment).limit(PAGE).build())
        .getItems().forEach(r -> add(out, "rpc", r.getId(), r.getFreeformTags(), r.getDisplayName(), r.getLifecycleState(), ""));
    ContainerEngine ce = fake.containerEngine();
    ce.listClusters(ListClustersRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(c -> add(out, "cluster", c.getId(), c.getFreeformTags(), c.getName(), c.getLifecycleState(), ""));
    ce.listNodePools(ListNodePoolsRequest.builder().compartmentId(compartment).limit(PAGE).build()).getItems()
        .forEach(p -> add(out, "node-pool", p.getId(), p.getFreeformTags(), p.getName(), p.getLifecycleState(), ""));
    NetworkLoadBalancer nlb = fake.networkLoadBalancer();
    nlb.listNetworkLoadBalancers(ListNetworkLoadBalancersRequest.builder().compartmentId(compartment).limit(PAGE).build())
        .getNetworkLoadBalancerCollection().getItems()
        .forEach(n -> add(out, "nlb", n.getId(), n.getFreeformTags(), n.getDisplayName(), n.getLifecycleState(), ""));
    out.sort(Comparator.comparing(Entry::signature).thenComparing(Entry::id));
    return new CloudSnapshot(out);
  }

  private static int nsgRules(VirtualNetwork vn, String nsgId) {
    return vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(nsgId).limit(PAGE).build()).getItems().size();
  }

  private static void add(List<Entry> out, String kind, String id, Map<String, String> tags, String name, Object state, Object detail) {
    if (GONE.contains(String.valueOf(state).toUpperCase())) {
      return;
    }
    Map<String, String> t = tags == null ? Map.of() : tags;
    // Other resources' OCIDs inside the detail would make two equal clouds look different.
    String shown = String.valueOf(detail).replaceAll("ocid1\\.[a-z]+\\.[^ ,\\]]+", "<id>");
    out.add(new Entry(kind, id, t.get("okenet.network"), t.get("okenet.key"), name, shown));
  }

  /** The entries' signatures, ids left out, sorted. */
  List<String> signatures() {
    return entries.stream().map(Entry::signature).sorted().toList();
  }

  /** Keys the network {@code name} owns more than once, with their counts. */
  Map<String, Long> duplicateKeysOf(String name) {
    Map<String, Long> counts = entries.stream().filter(e -> e.ownedBy(name))
        .collect(Collectors.groupingBy(e -> e.kind() + " " + e.key(), TreeMap::new, Collectors.counting()));
    counts.values().removeIf(c -> c == 1);
    return counts;
  }

  /** The OCIDs of every entry. */
  Set<String> ids() {
    return entries.stream().map(Entry::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The entries not owned by {@code name}. */
  List<Entry> notOwnedBy(String name) {
    return Collections.unmodifiableList(entries.stream().filter(e -> !e.ownedBy(name)).toList());
  }
}
