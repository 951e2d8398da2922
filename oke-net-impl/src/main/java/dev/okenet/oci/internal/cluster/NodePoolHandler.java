package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolLifecycleState;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.DeleteNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.KindHandler;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.cloud.Pages;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.cloud.Waits;
import dev.okenet.oci.internal.graph.NodePoolSource;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OKE node pools, listed once per compartment (every cluster's), created at their minimum size,
 * with one placement per availability domain the plan found ({@link CloudContext#availabilityDomains()}),
 * and waited for through the work request until the nodes are up. A live size between the
 * pool's minimum and maximum is no change: a cluster autoscaler may have moved it there.
 *
 * <pre>{@code
 * String id = new NodePoolHandler(mapper, placement).create(spec, refs, token, ctx);
 * }</pre>
 */
public final class NodePoolHandler implements KindHandler {
  private final ClusterMapper mapper;
  private final NodePlacement placement;

  /** A handler building requests with {@code mapper} and choosing images with {@code placement}. */
  public NodePoolHandler(ClusterMapper mapper, NodePlacement placement) {
    this.mapper = mapper;
    this.placement = placement;
  }

  @Override
  public ResourceType type() {
    return ResourceType.NODE_POOL;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listNodePools", () -> ctx.ce().listNodePools(
          ListNodePoolsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(p -> new Observed(type(), p.getId(), p.getName(), p.getFreeformTags(), p.getLifecycleState().getValue(), p,
        null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    NodePoolSummary p = (NodePoolSummary) o.model();
    var config = p.getNodeConfigDetails();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", p.getName());
    f.put("kubernetesVersion", p.getKubernetesVersion());
    f.put("shape", p.getNodeShape());
    Float ocpus = p.getNodeShapeConfig() == null ? null : p.getNodeShapeConfig().getOcpus();
    f.put("ocpus", ocpus == null ? "" : ocpus % 1 == 0 ? String.valueOf(ocpus.intValue()) : String.valueOf(ocpus));
    f.put("size", config == null || config.getSize() == null ? "" : String.valueOf(config.getSize()));
    f.put("subnet", config == null || config.getPlacementConfigs() == null || config.getPlacementConfigs().isEmpty() ? ""
        : names.key(config.getPlacementConfigs().get(0).getSubnetId()));
    f.put("nsgs", config == null || config.getNsgIds() == null ? "" : String.join(", ", config.getNsgIds().stream().map(names::key).toList()));
    if (config != null && config.getNodePoolPodNetworkOptionDetails() instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails pods) {
      f.put("podSubnet", pods.getPodSubnetIds() == null ? "" : String.join(", ", pods.getPodSubnetIds().stream().map(names::key).toList()));
      f.put("podNsgs", pods.getPodNsgIds() == null ? "" : String.join(", ", pods.getPodNsgIds().stream().map(names::key).toList()));
      f.put("maxPodsPerNode", pods.getMaxPodsPerNode() == null ? "" : String.valueOf(pods.getMaxPodsPerNode()));
    }
    return f;
  }

  @Override
  public boolean satisfies(ResourceSpec spec, String field, String want, String have) {
    if (field.equals("size") && spec.source() instanceof NodePoolSource s) {
      try {
        int size = Integer.parseInt(have);
        return size >= s.pool().pool().minNodes() && size <= s.pool().pool().maxNodes();
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return want.equals(have);
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    NodePoolSource s = (NodePoolSource) spec.source();
    String what = "node pool '" + spec.displayName() + "'";
    var image = placement.image(s.net().cluster().kubernetesVersion(), s.pool().pool().shape().name(), ctx);
    var details = mapper.nodePool(s.net(), s.pool(), refs, refs.id(s.net().cluster().key()), image,
        NodePlacement.require(ctx.availabilityDomains(), what));
    String wr = ctx.call("createNodePool", () -> ctx.ce().createNodePool(CreateNodePoolRequest.builder()
        .createNodePoolDetails(details).opcRetryToken(token).build())).getOpcWorkRequestId();
    String id = WorkRequestWaits.resourceId(WorkRequestWaits.await(wr, "node pool '" + spec.displayName() + "'", ctx), "nodepool");
    awaitReady(id, ctx);
    return id;
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    NodePoolSource s = (NodePoolSource) spec.source();
    Map<String, String> have = fields(current, new Names(Map.of(), null));
    Integer size = satisfies(spec, "size", "", have.get("size")) ? null : s.pool().pool().minNodes();
    String wr = ctx.call("updateNodePool", () -> ctx.ce().updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(current.id())
        .updateNodePoolDetails(UpdateNodePoolDetails.builder().name(spec.displayName())
            .kubernetesVersion(s.net().cluster().kubernetesVersion())
            .nodeConfigDetails(size == null ? null : UpdateNodePoolNodeConfigDetails.builder().size(size).build())
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build())).getOpcWorkRequestId();
    WorkRequestWaits.await(wr, "node pool '" + spec.displayName() + "'", ctx);
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    // A node pool already DELETING answers 409: wait for it instead of retrying the delete.
    ctx.delete("deleteNodePool", () -> ctx.ce().deleteNodePool(DeleteNodePoolRequest.builder().nodePoolId(id).build())
        .getOpcWorkRequestId(), "getNodePool", () -> ctx.ce().getNodePool(GetNodePoolRequest.builder().nodePoolId(id).build())
        .getNodePool().getLifecycleState().getValue())
        .ifPresent(wr -> WorkRequestWaits.await(wr, "deleting node pool " + id, ctx));
    ctx.await("getNodePool", () -> {
      Waits.gone(ctx.ce().getWaiters().forNodePool(GetNodePoolRequest.builder().nodePoolId(id).build(),
          NodePoolLifecycleState.Deleted, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "node pool " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    NodePool p = ctx.await("getNodePool", () -> Waits.run(ctx.ce().getWaiters().forNodePool(GetNodePoolRequest.builder()
        .nodePoolId(id).build(), ctx.waitStrategy().termination(), ctx.waitStrategy().delay(), NodePoolLifecycleState.Active,
        NodePoolLifecycleState.NeedsAttention, NodePoolLifecycleState.Failed), "node pool " + id, "ACTIVE")).getNodePool();
    if (p.getLifecycleState() != NodePoolLifecycleState.Active) {
      throw new IllegalStateException("Node pool " + id + " (" + p.getName() + ") is " + p.getLifecycleState().getValue() + ": "
          + p.getLifecycleDetails() + ". Fix the cause (often a full subnet), then apply again.");
    }
  }
}
