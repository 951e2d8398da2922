package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.ConnectLocalPeeringGatewaysDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.UpdateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.requests.ConnectLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.DeleteLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.ListLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateLocalPeeringGatewayRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local peering gateways. When the model names the peer's LPG ({@code LocalPeering.peerGatewayId}),
 * the gateway is connected to it once (ConnectLocalPeeringGateways; the peer's side needs the IAM
 * policy that lets this tenancy connect). A connected LPG cannot be reconnected elsewhere: a
 * different peer replaces it. Without a peer id the gateway stays NEW, for the peer to connect.
 */
public final class LocalPeeringGatewayHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.LOCAL_PEERING_GATEWAY;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listLocalPeeringGateways", () -> ctx.vn().listLocalPeeringGateways(
          ListLocalPeeringGatewaysRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Map<String, String> f = new LinkedHashMap<>();
    LocalPeeringGateway g = (LocalPeeringGateway) o.model();
    f.put("displayName", g.getDisplayName());
    f.put("peer", connected(g) ? g.getPeerId() : "");
    return f;
  }

  private static boolean connected(LocalPeeringGateway g) {
    return g.getPeerId() != null && (g.getPeeringStatus() == LocalPeeringGateway.PeeringStatus.Peered
        || g.getPeeringStatus() == LocalPeeringGateway.PeeringStatus.Pending);
  }

  @Override
  public boolean forcesReplacement(ResourceSpec spec, String field, String have) {
    return field.equals("peer") ? !have.isEmpty() : KindHandler.super.forcesReplacement(spec, field, have);
  }

  private static void connect(ResourceSpec spec, String id, CloudContext ctx) {
    String peer = spec.fields().getOrDefault("peer", "");
    if (peer.isEmpty()) {
      return;
    }
    ctx.call("connectLocalPeeringGateways", () -> ctx.vn().connectLocalPeeringGateways(ConnectLocalPeeringGatewaysRequest.builder()
        .localPeeringGatewayId(id).connectLocalPeeringGatewaysDetails(ConnectLocalPeeringGatewaysDetails.builder().peerId(peer).build())
        .build()));
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateLocalPeeringGatewayDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    LocalPeeringGateway created = ctx.call("createLocalPeeringGateway", () -> ctx.vn().createLocalPeeringGateway(
        CreateLocalPeeringGatewayRequest.builder().createLocalPeeringGatewayDetails(details).opcRetryToken(token).build()))
        .getLocalPeeringGateway();
    String id = created.getId();
    Waits.unlessAnswered(created.getLifecycleState(), LocalPeeringGateway.LifecycleState.Available, () -> awaitReady(id, ctx));
    connect(spec, id, ctx);
    return id;
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateLocalPeeringGateway", () -> ctx.vn().updateLocalPeeringGateway(UpdateLocalPeeringGatewayRequest.builder()
        .localPeeringGatewayId(current.id()).updateLocalPeeringGatewayDetails(UpdateLocalPeeringGatewayDetails.builder()
            .displayName(spec.displayName()).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build())
        .build()));
    awaitReady(current.id(), ctx);
    if (!connected((LocalPeeringGateway) current.model())) {
      connect(spec, current.id(), ctx);
    }
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteLocalPeeringGateway", () -> ctx.vn().deleteLocalPeeringGateway(
        DeleteLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build()),
        "getLocalPeeringGateway", () -> ctx.vn().getLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build()).getLocalPeeringGateway().getLifecycleState().getValue());
    ctx.await("getLocalPeeringGateway", () -> {
      Waits.gone(ctx.vn().getWaiters().forLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build(),
          LocalPeeringGateway.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()),
          "local peering gateway " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getLocalPeeringGateway", () -> Waits.run(ctx.vn().getWaiters().forLocalPeeringGateway(
        GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build(), LocalPeeringGateway.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "local peering gateway " + id, "AVAILABLE"));
  }
}
