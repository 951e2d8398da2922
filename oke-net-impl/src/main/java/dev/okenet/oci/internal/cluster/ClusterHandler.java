package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.ClusterSummary;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateClusterDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.DeleteClusterRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.UpdateClusterRequest;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.KindHandler;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.cloud.Pages;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.cloud.Waits;
import dev.okenet.oci.internal.graph.ClusterSource;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OKE cluster, through work requests. Its name and Kubernetes version change in place
 * (UpdateCluster); its networking (type, CNI, endpoint, CIDRs, LB subnets) only by replacement.
 * Deleting a cluster deletes its node pools, but the provider deletes them first anyway.
 *
 * <pre>{@code
 * String id = new ClusterHandler(mapper).create(spec, refs, token, ctx);   // waits for the work request
 * }</pre>
 */
public final class ClusterHandler implements KindHandler {
  private final ClusterMapper mapper;

  /** A handler building requests with {@code mapper}. */
  public ClusterHandler(ClusterMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ResourceType type() {
    return ResourceType.CLUSTER;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listClusters", () -> ctx.ce().listClusters(
          ListClustersRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(c -> new Observed(type(), c.getId(), c.getName(), c.getFreeformTags(), c.getLifecycleState().getValue(), c,
        null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    ClusterSummary c = (ClusterSummary) o.model();
    boolean vcnNative = c.getClusterPodNetworkOptions() != null && c.getClusterPodNetworkOptions().stream()
        .anyMatch(p -> p instanceof OciVcnIpNativeClusterPodNetworkOptionDetails);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", c.getName());
    f.put("kubernetesVersion", c.getKubernetesVersion());
    f.put("type", c.getType() == com.oracle.bmc.containerengine.model.ClusterType.EnhancedCluster ? "ENHANCED" : "BASIC");
    f.put("cni", vcnNative ? "OCI_VCN_IP_NATIVE" : "FLANNEL_OVERLAY");
    var endpoint = c.getEndpointConfig();
    f.put("endpointSubnet", endpoint == null ? "" : names.key(endpoint.getSubnetId()));
    f.put("endpointPublic", String.valueOf(endpoint != null && Boolean.TRUE.equals(endpoint.getIsPublicIpEnabled())));
    f.put("endpointNsgs", endpoint == null || endpoint.getNsgIds() == null ? ""
        : String.join(", ", endpoint.getNsgIds().stream().map(names::key).toList()));
    var network = c.getOptions() == null ? null : c.getOptions().getKubernetesNetworkConfig();
    // VCN-native pods take VCN addresses: a pods CIDR OCI may still report means nothing there.
    f.put("podsCidr", vcnNative || network == null || network.getPodsCidr() == null ? "" : network.getPodsCidr());
    f.put("servicesCidr", network == null || network.getServicesCidr() == null ? "" : network.getServicesCidr());
    f.put("serviceLbSubnets", c.getOptions() == null || c.getOptions().getServiceLbSubnetIds() == null ? ""
        : String.join(", ", c.getOptions().getServiceLbSubnetIds().stream().map(names::key).toList()));
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = mapper.cluster(((ClusterSource) spec.source()).net(), refs);
    String wr = ctx.call("createCluster", () -> ctx.ce().createCluster(CreateClusterRequest.builder()
        .createClusterDetails(details).opcRetryToken(token).build())).getOpcWorkRequestId();
    String id = WorkRequestWaits.resourceId(WorkRequestWaits.await(wr, "cluster '" + spec.displayName() + "'", ctx), "cluster");
    awaitReady(id, ctx);
    return id;
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    var cluster = ((ClusterSource) spec.source()).cluster();
    String wr = ctx.call("updateCluster", () -> ctx.ce().updateCluster(UpdateClusterRequest.builder().clusterId(current.id())
        .updateClusterDetails(UpdateClusterDetails.builder().name(spec.displayName()).kubernetesVersion(cluster.kubernetesVersion())
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build())).getOpcWorkRequestId();
    WorkRequestWaits.await(wr, "cluster '" + spec.displayName() + "'", ctx);
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    // A cluster already DELETING (an earlier lost answer, a concurrent destroy) answers 409: wait for it instead.
    ctx.delete("deleteCluster", () -> ctx.ce().deleteCluster(DeleteClusterRequest.builder().clusterId(id).build()).getOpcWorkRequestId(),
        "getCluster", () -> ctx.ce().getCluster(GetClusterRequest.builder().clusterId(id).build()).getCluster().getLifecycleState().getValue())
        .ifPresent(wr -> WorkRequestWaits.await(wr, "deleting cluster " + id, ctx));
    ctx.await("getCluster", () -> {
      Waits.gone(ctx.ce().getWaiters().forCluster(GetClusterRequest.builder().clusterId(id).build(), ClusterLifecycleState.Deleted,
          ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "cluster " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    Cluster c = ctx.await("getCluster", () -> Waits.run(ctx.ce().getWaiters().forCluster(GetClusterRequest.builder().clusterId(id)
        .build(), ctx.waitStrategy().termination(), ctx.waitStrategy().delay(), ClusterLifecycleState.Active,
        ClusterLifecycleState.Failed), "cluster " + id, "ACTIVE")).getCluster();
    if (c.getLifecycleState() == ClusterLifecycleState.Failed) {
      throw new IllegalStateException("Cluster " + id + " (" + c.getName() + ") is FAILED: " + c.getLifecycleDetails()
          + ". Apply again to replace it, or delete it in the console.");
    }
  }
}
