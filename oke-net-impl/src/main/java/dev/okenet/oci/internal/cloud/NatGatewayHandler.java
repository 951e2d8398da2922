package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateNatGatewayDetails;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.UpdateNatGatewayDetails;
import com.oracle.bmc.core.requests.CreateNatGatewayRequest;
import com.oracle.bmc.core.requests.DeleteNatGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateNatGatewayRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NAT gateways. Blocking traffic changes in place; the reserved public IP does not (it replaces
 * the gateway). When OCI assigns the IP, the plan compares "assigned by OCI" on both sides.
 */
public final class NatGatewayHandler implements KindHandler {
  private static final String ASSIGNED = "assigned by OCI";

  @Override
  public ResourceType type() {
    return ResourceType.NAT_GATEWAY;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listNatGateways", () -> ctx.vn().listNatGateways(
          ListNatGatewaysRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    NatGateway g = (NatGateway) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", g.getDisplayName());
    f.put("blockTraffic", String.valueOf(Boolean.TRUE.equals(g.getBlockTraffic())));
    String reserved = o.tags().get(RESERVED_TAG);
    f.put("publicIp", reserved == null ? ASSIGNED : reserved);
    return f;
  }

  /** OCI answers the gateway's public IP either way; a tag remembers whether we asked for one. */
  private static final String RESERVED_TAG = "okenet.reservedPublicIp";

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    ResolvedGateway g = (ResolvedGateway) spec.source();
    String reserved = g.nat().flatMap(n -> n.reservedPublicIpId()).orElse(null);
    Map<String, String> tags = Ownership.tags(ctx.network(), spec.key());
    if (reserved != null) {
      tags.put(RESERVED_TAG, reserved);
    }
    var details = CreateNatGatewayDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .blockTraffic(g.nat().map(n -> n.blocksTraffic()).orElse(false)).publicIpId(reserved)
        .displayName(spec.displayName()).freeformTags(tags).build();
    NatGateway created = ctx.call("createNatGateway", () -> ctx.vn().createNatGateway(CreateNatGatewayRequest.builder()
        .createNatGatewayDetails(details).opcRetryToken(token).build())).getNatGateway();
    Waits.unlessAnswered(created.getLifecycleState(), NatGateway.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ResolvedGateway g = (ResolvedGateway) spec.source();
    ctx.call("updateNatGateway", () -> ctx.vn().updateNatGateway(UpdateNatGatewayRequest.builder().natGatewayId(current.id())
        .updateNatGatewayDetails(UpdateNatGatewayDetails.builder().displayName(spec.displayName())
            .blockTraffic(g.nat().map(n -> n.blocksTraffic()).orElse(false))
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteNatGateway", () -> ctx.vn().deleteNatGateway(DeleteNatGatewayRequest.builder().natGatewayId(id).build()),
        "getNatGateway", () -> ctx.vn().getNatGateway(GetNatGatewayRequest.builder().natGatewayId(id).build()).getNatGateway().getLifecycleState().getValue());
    ctx.await("getNatGateway", () -> {
      Waits.gone(ctx.vn().getWaiters().forNatGateway(GetNatGatewayRequest.builder().natGatewayId(id).build(),
          NatGateway.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "NAT gateway " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getNatGateway", () -> Waits.run(ctx.vn().getWaiters().forNatGateway(
        GetNatGatewayRequest.builder().natGatewayId(id).build(), NatGateway.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "NAT gateway " + id, "AVAILABLE"));
  }
}
