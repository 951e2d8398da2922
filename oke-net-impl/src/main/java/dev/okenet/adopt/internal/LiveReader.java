package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.ClusterSummary;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import dev.okenet.check.Finding;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.CompartmentRead;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.cloud.Pages;
import dev.okenet.oci.internal.cluster.ClusterHandler;
import dev.okenet.oci.internal.cluster.ClusterMapper;
import dev.okenet.oci.internal.cluster.NodePlacement;
import dev.okenet.oci.internal.cluster.NodePoolHandler;
import dev.okenet.oci.internal.provider.Cloud;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one VCN and its OKE cluster through the provider's own reading stack
 * ({@link CompartmentRead}: one paged list call per kind, with the provider's page size, retry
 * policy and pacing, gone states as plans see them), keeps what belongs to the VCN, and adds one
 * rule list per NSG, one ListPrivateIps per subnet and a GET for the cluster and each node pool. A
 * read that fails after its retries becomes a finding and an empty part, so an import always
 * completes; only a VCN that cannot be read at all is an error.
 *
 * <pre>{@code
 * LiveNetwork live = LiveReader.read(cloud, "ocid1.compartment.oc1..aaaa", "ocid1.vcn.oc1.iad.aaaa", null);
 * }</pre>
 */
public final class LiveReader {
  private final Cloud cloud;
  private final CloudContext ctx;
  private final String compartmentId;
  private final List<Finding> findings = new ArrayList<>();

  private LiveReader(Cloud cloud, String compartmentId) {
    this.cloud = cloud;
    this.compartmentId = compartmentId;
    this.ctx = cloud.context(compartmentId, "");
  }

  /**
   * Reads the VCN {@code vcnId} and the cluster on it ({@code clusterId} when given, else the one
   * active cluster whose VCN it is).
   *
   * @param cloud the clients and call policy; without a ContainerEngine the cluster is not read (a finding says so)
   * @throws IllegalArgumentException when the VCN cannot be read
   */
  public static LiveNetwork read(Cloud cloud, String compartmentId, String vcnId, String clusterId) {
    return new LiveReader(cloud, compartmentId).read(vcnId, clusterId);
  }

  /** The VCN of cluster {@code clusterId}. */
  public static String vcnOfCluster(Cloud cloud, String clusterId) {
    CloudContext ctx = cloud.context("", "");
    try {
      return ctx.call("getCluster", () -> ctx.ce().getCluster(GetClusterRequest.builder().clusterId(clusterId).build()))
          .getCluster().getVcnId();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read cluster " + clusterId + ": " + e.getMessage()
          + ". Check the OCID and that the caller may read clusters in its compartment.", e);
    }
  }

  private LiveNetwork read(String vcnId, String clusterId) {
    Vcn vcn;
    try {
      vcn = ctx.call("getVcn", () -> ctx.vn().getVcn(GetVcnRequest.builder().vcnId(vcnId).build())).getVcn();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot read VCN " + vcnId + ": " + e.getMessage()
          + ". Check the OCID and that the caller may read virtual-network-family in compartment " + compartmentId + ".", e);
    }
    boolean withCluster = cloud.hasContainerEngine();
    ClusterMapper mapper = new ClusterMapper();
    Handlers handlers = new Handlers(new ClusterHandler(mapper), new NodePoolHandler(mapper, NodePlacement.of(List.of(),
        Optional.empty())));
    CompartmentRead read = CompartmentRead.of(ctx, handlers, withCluster ? List.of(ResourceType.CLUSTER, ResourceType.NODE_POOL)
        : List.of(), (kind, e) -> readFailed("List" + kind.name(), e));
    List<Subnet> subnets = inVcn(read, ResourceType.SUBNET, Subnet.class, Subnet::getVcnId, vcnId);
    List<NetworkSecurityGroup> nsgs = inVcn(read, ResourceType.NETWORK_SECURITY_GROUP, NetworkSecurityGroup.class,
        NetworkSecurityGroup::getVcnId, vcnId);
    Map<String, List<SecurityRule>> nsgRules = new LinkedHashMap<>();
    for (NetworkSecurityGroup n : nsgs) {
      attempt("ListNetworkSecurityGroupSecurityRules of " + n.getDisplayName(), () -> read.nsgRules(n.getId(), ctx))
          .ifPresent(rules -> nsgRules.put(n.getId(), rules));
    }
    Optional<Cluster> cluster = cluster(read, vcnId, clusterId);
    List<NodePool> pools = cluster.map(c -> nodePools(read, c)).orElse(List.of());
    Map<String, Integer> ips = new LinkedHashMap<>();
    for (Subnet s : subnets) {
      attempt("ListPrivateIps of subnet " + s.getDisplayName(), () -> Pages.all(page -> {
        var r = ctx.call("listPrivateIps", () -> ctx.vn().listPrivateIps(ListPrivateIpsRequest.builder().subnetId(s.getId())
            .limit(Pages.LIMIT).page(page).build()));
        return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
      })).ifPresent(l -> ips.put(s.getId(), l.size()));
    }
    return new LiveNetwork(compartmentId, vcn, subnets,
        inVcn(read, ResourceType.INTERNET_GATEWAY, InternetGateway.class, InternetGateway::getVcnId, vcnId),
        inVcn(read, ResourceType.NAT_GATEWAY, NatGateway.class, NatGateway::getVcnId, vcnId),
        inVcn(read, ResourceType.SERVICE_GATEWAY, ServiceGateway.class, ServiceGateway::getVcnId, vcnId),
        inVcn(read, ResourceType.LOCAL_PEERING_GATEWAY, LocalPeeringGateway.class, LocalPeeringGateway::getVcnId, vcnId),
        inVcn(read, ResourceType.DRG_ATTACHMENT, DrgAttachment.class, DrgAttachment::getVcnId, vcnId),
        inVcn(read, ResourceType.ROUTE_TABLE, RouteTable.class, RouteTable::getVcnId, vcnId),
        inVcn(read, ResourceType.SECURITY_LIST, SecurityList.class, SecurityList::getVcnId, vcnId),
        nsgs, nsgRules, read.services(), cluster, pools, ips, findings);
  }

  /** The live resources of {@code kind} on VCN {@code vcnId}. */
  private static <T> List<T> inVcn(CompartmentRead read, ResourceType kind, Class<T> type, Function<T, String> vcnOf, String vcnId) {
    return read.of(kind).stream().filter(o -> !o.isGone()).map(Observed::model).filter(type::isInstance).map(type::cast)
        .filter(m -> vcnId.equals(vcnOf.apply(m))).toList();
  }

  private Optional<Cluster> cluster(CompartmentRead read, String vcnId, String clusterId) {
    if (!cloud.hasContainerEngine()) {
      findings.add(Findings.warning(Findings.READ_FAILED, "cluster", "No ContainerEngine client was given, so the OKE cluster and "
          + "node pools on VCN " + vcnId + " were not read; subnet roles other than explicit ones cannot be inferred.",
          "Pass a ContainerEngine client to NetworkImporter.builder().containerEngine(..)."));
      return Optional.empty();
    }
    String id = clusterId;
    if (id == null) {
      var summaries = read.of(ResourceType.CLUSTER).stream().filter(o -> !o.isGone()).map(o -> (ClusterSummary) o.model())
          .filter(c -> vcnId.equals(c.getVcnId())).toList();
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
    return attempt("GetCluster " + id, () -> ctx.call("getCluster", () -> ctx.ce().getCluster(GetClusterRequest.builder()
        .clusterId(finalId).build())).getCluster());
  }

  private List<NodePool> nodePools(CompartmentRead read, Cluster cluster) {
    List<NodePool> pools = new ArrayList<>();
    for (Observed o : read.of(ResourceType.NODE_POOL)) {
      NodePoolSummary s = (NodePoolSummary) o.model();
      if (o.isGone() || !cluster.getId().equals(s.getClusterId())) {
        continue;
      }
      attempt("GetNodePool " + s.getName(), () -> ctx.call("getNodePool", () -> ctx.ce().getNodePool(GetNodePoolRequest.builder()
          .nodePoolId(s.getId()).build())).getNodePool()).ifPresent(pools::add);
    }
    return pools;
  }

  private void readFailed(String operation, RuntimeException e) {
    findings.add(Findings.warning(Findings.READ_FAILED, "live/" + operation, operation + " failed (" + e.getClass().getSimpleName()
        + ": " + e.getMessage() + "), so what it returns is missing from the import.",
        "Grant the caller read access (or use a cloud that offers the operation) and import again."));
  }

  private <T> Optional<T> attempt(String operation, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (RuntimeException e) {
      readFailed(operation, e);
      return Optional.empty();
    }
  }
}
