package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.ListInternetGatewaysRequest;
import com.oracle.bmc.core.requests.ListLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.requests.ListRouteTablesRequest;
import com.oracle.bmc.core.requests.ListSecurityListsRequest;
import com.oracle.bmc.core.requests.ListServiceGatewaysRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import dev.okenet.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one VCN and its OKE cluster through the SDK interfaces: one paged list call per kind
 * (filtered to the VCN), one per NSG for its rules, one per subnet for its private IPs, and a GET
 * for the cluster and each node pool. A read that fails becomes a finding and an empty part, so
 * an import always completes; only a VCN that cannot be read at all is an error.
 *
 * <pre>{@code
 * LiveNetwork live = LiveReader.read(vn, ce, "ocid1.compartment.oc1..aaaa", "ocid1.vcn.oc1.iad.aaaa", null);
 * }</pre>
 */
public final class LiveReader {
  private static final Set<String> GONE = Set.of("TERMINATING", "TERMINATED", "DELETING", "DELETED", "DETACHING", "DETACHED");

  private final VirtualNetwork vn;
  private final ContainerEngine ce;
  private final String compartmentId;
  private final List<Finding> findings = new ArrayList<>();

  private LiveReader(VirtualNetwork vn, ContainerEngine ce, String compartmentId) {
    this.vn = vn;
    this.ce = ce;
    this.compartmentId = compartmentId;
  }

  /**
   * Reads the VCN {@code vcnId} and the cluster on it ({@code clusterId} when given, else the one
   * active cluster whose VCN it is).
   *
   * @param ce may be null: the cluster is then not read (a finding says so)
   * @throws IllegalArgumentException when the VCN cannot be read
   */
  public static LiveNetwork read(VirtualNetwork vn, ContainerEngine ce, String compartmentId, String vcnId, String clusterId) {
    return new LiveReader(vn, ce, compartmentId).read(vcnId, clusterId);
  }

  /** The VCN of cluster {@code clusterId}. */
  public static String vcnOfCluster(ContainerEngine ce, String clusterId) {
    try {
      return ce.getCluster(GetClusterRequest.builder().clusterId(clusterId).build()).getCluster().getVcnId();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read cluster " + clusterId + ": " + e.getMessage()
          + ". Check the OCID and that the caller may read clusters in its compartment.", e);
    }
  }

  private LiveNetwork read(String vcnId, String clusterId) {
    Vcn vcn;
    try {
      vcn = vn.getVcn(GetVcnRequest.builder().vcnId(vcnId).build()).getVcn();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read VCN " + vcnId + ": " + e.getMessage()
          + ". Check the OCID and that the caller may read virtual-network-family in compartment " + compartmentId + ".", e);
    }
    var subnets = live(list("ListSubnets", p -> {
      var r = vn.listSubnets(ListSubnetsRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), s -> s.getLifecycleState().getValue());
    var igws = live(list("ListInternetGateways", p -> {
      var r = vn.listInternetGateways(ListInternetGatewaysRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), g -> g.getLifecycleState().getValue());
    var nats = live(list("ListNatGateways", p -> {
      var r = vn.listNatGateways(ListNatGatewaysRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), g -> g.getLifecycleState().getValue());
    var sgws = live(list("ListServiceGateways", p -> {
      var r = vn.listServiceGateways(ListServiceGatewaysRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), g -> g.getLifecycleState().getValue());
    var lpgs = live(list("ListLocalPeeringGateways", p -> {
      var r = vn.listLocalPeeringGateways(ListLocalPeeringGatewaysRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), g -> g.getLifecycleState().getValue());
    var drgAttachments = live(list("ListDrgAttachments", p -> {
      var r = vn.listDrgAttachments(ListDrgAttachmentsRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), a -> a.getLifecycleState().getValue());
    var routeTables = live(list("ListRouteTables", p -> {
      var r = vn.listRouteTables(ListRouteTablesRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), t -> t.getLifecycleState().getValue());
    var securityLists = live(list("ListSecurityLists", p -> {
      var r = vn.listSecurityLists(ListSecurityListsRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), l -> l.getLifecycleState().getValue());
    List<NetworkSecurityGroup> nsgs = live(list("ListNetworkSecurityGroups", p -> {
      var r = vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(compartmentId).vcnId(vcnId).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    }), n -> n.getLifecycleState().getValue());
    Map<String, List<SecurityRule>> nsgRules = new LinkedHashMap<>();
    for (NetworkSecurityGroup n : nsgs) {
      nsgRules.put(n.getId(), list("ListNetworkSecurityGroupSecurityRules of " + n.getDisplayName(), p -> {
        var r = vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
            .networkSecurityGroupId(n.getId()).page(p).build());
        return new Page<>(r.getItems(), r.getOpcNextPage());
      }));
    }
    var services = list("ListServices", p -> {
      var r = vn.listServices(ListServicesRequest.builder().page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    });
    Optional<Cluster> cluster = cluster(vcnId, clusterId);
    List<NodePool> pools = cluster.map(this::nodePools).orElse(List.of());
    Map<String, Integer> ips = new LinkedHashMap<>();
    for (Subnet s : subnets) {
      var all = list("ListPrivateIps of subnet " + s.getDisplayName(), p -> {
        var r = vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(s.getId()).page(p).build());
        return new Page<>(r.getItems(), r.getOpcNextPage());
      }, true);
      all.ifPresent(l -> ips.put(s.getId(), l.size()));
    }
    return new LiveNetwork(compartmentId, vcn, subnets, igws, nats, sgws, lpgs, drgAttachments, routeTables, securityLists, nsgs,
        nsgRules, services, cluster, pools, ips, findings);
  }

  private Optional<Cluster> cluster(String vcnId, String clusterId) {
    if (ce == null) {
      findings.add(Findings.warning(Findings.READ_FAILED, "cluster", "No ContainerEngine client was given, so the OKE cluster and "
          + "node pools on VCN " + vcnId + " were not read; subnet roles other than explicit ones cannot be inferred.",
          "Pass a ContainerEngine client to NetworkImporter.builder().containerEngine(..)."));
      return Optional.empty();
    }
    String id = clusterId;
    if (id == null) {
      var summaries = list("ListClusters", p -> {
        var r = ce.listClusters(ListClustersRequest.builder().compartmentId(compartmentId).page(p).build());
        return new Page<>(r.getItems(), r.getOpcNextPage());
      }).stream().filter(c -> vcnId.equals(c.getVcnId()) && !GONE.contains(c.getLifecycleState().getValue())).toList();
      if (summaries.isEmpty()) {
        findings.add(Findings.warning(Findings.AMBIGUOUS_ROLE, "cluster", "No active OKE cluster uses VCN " + vcnId + " in compartment "
            + compartmentId + ": subnet roles cannot be inferred from a cluster.", "Import by cluster OCID, or check the compartment."));
        return Optional.empty();
      }
      if (summaries.size() > 1) {
        findings.add(Findings.warning(Findings.AMBIGUOUS_ROLE, "cluster", summaries.size() + " clusters use VCN " + vcnId
            + "; the first, " + summaries.get(0).getName() + ", decides the subnet roles.",
            "Import by cluster OCID (NetworkImporter.importCluster) to choose one."));
      }
      id = summaries.get(0).getId();
    }
    String finalId = id;
    return attempt("GetCluster " + id, () -> ce.getCluster(GetClusterRequest.builder().clusterId(finalId).build()).getCluster());
  }

  private List<NodePool> nodePools(Cluster cluster) {
    var summaries = list("ListNodePools", p -> {
      var r = ce.listNodePools(ListNodePoolsRequest.builder().compartmentId(cluster.getCompartmentId()).clusterId(cluster.getId()).page(p).build());
      return new Page<>(r.getItems(), r.getOpcNextPage());
    });
    List<NodePool> pools = new ArrayList<>();
    for (var s : summaries) {
      if (GONE.contains(s.getLifecycleState().getValue())) {
        continue;
      }
      attempt("GetNodePool " + s.getName(), () -> ce.getNodePool(GetNodePoolRequest.builder().nodePoolId(s.getId()).build()).getNodePool())
          .ifPresent(pools::add);
    }
    return pools;
  }

  private static <T> List<T> live(List<T> items, Function<T, String> state) {
    return items.stream().filter(i -> state.apply(i) == null || !GONE.contains(state.apply(i))).toList();
  }

  private <T> List<T> list(String operation, Function<String, Page<T>> call) {
    return list(operation, call, false).orElse(List.of());
  }

  private <T> Optional<List<T>> list(String operation, Function<String, Page<T>> call, boolean optional) {
    return attempt(operation, () -> {
      List<T> all = new ArrayList<>();
      String page = null;
      do {
        Page<T> p = call.apply(page);
        all.addAll(p.items() == null ? List.of() : p.items());
        page = p.next();
      } while (page != null);
      return all;
    });
  }

  private <T> Optional<T> attempt(String operation, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (RuntimeException e) {
      findings.add(Findings.warning(Findings.READ_FAILED, "live/" + operation, operation + " failed (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "), so what it returns is missing from the import.",
          "Grant the caller read access (or use a cloud that offers the operation) and import again."));
      return Optional.empty();
    }
  }

  private record Page<T>(List<T> items, String next) {}
}
