package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.ConnectRemotePeeringConnectionsDetails;
import com.oracle.bmc.core.model.CreateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.model.RemotePeeringConnection;
import com.oracle.bmc.core.model.UpdateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.requests.ConnectRemotePeeringConnectionsRequest;
import com.oracle.bmc.core.requests.CreateRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.DeleteRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.GetRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.ListRemotePeeringConnectionsRequest;
import com.oracle.bmc.core.requests.UpdateRemotePeeringConnectionRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.vcn.DrgAttachment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remote peering connections on the DRG, one per {@code DrgAttachment.remotePeering}. The
 * connection is connected to the peer region's RPC only when the model knows that RPC's OCID;
 * otherwise it stays NEW (the plan says so) and the peer region connects to it. A connected RPC
 * cannot be reconnected elsewhere: a different peer replaces it.
 *
 * <pre>{@code
 * RemotePeeringConnectionHandler.connect("ocid1.remotepeeringconnection…", "ocid1…peer", "us-phoenix-1", ctx);
 * }</pre>
 */
public final class RemotePeeringConnectionHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.REMOTE_PEERING_CONNECTION;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listRemotePeeringConnections", () -> ctx.vn().listRemotePeeringConnections(
          ListRemotePeeringConnectionsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(c -> new Observed(type(), c.getId(), c.getDisplayName(), c.getFreeformTags(), c.getLifecycleState().getValue(),
        c, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    RemotePeeringConnection c = (RemotePeeringConnection) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", c.getDisplayName());
    f.put("drg", names.key(c.getDrgId()));
    f.put("peer", connected(c) ? c.getPeerId() + " in " + c.getPeerRegionName() : "");
    return f;
  }

  private static boolean connected(RemotePeeringConnection c) {
    return c.getPeerId() != null && (c.getPeeringStatus() == RemotePeeringConnection.PeeringStatus.Peered
        || c.getPeeringStatus() == RemotePeeringConnection.PeeringStatus.Pending);
  }

  @Override
  public boolean forcesReplacement(ResourceSpec spec, String field, String have) {
    return field.equals("peer") ? !have.isEmpty() : KindHandler.super.forcesReplacement(spec, field, have);
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    DrgAttachment a = (DrgAttachment) spec.source();
    var details = CreateRemotePeeringConnectionDetails.builder().compartmentId(ctx.compartmentId()).drgId(refs.id(ResourceKey.drg()))
        .displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    RemotePeeringConnection created = ctx.call("createRemotePeeringConnection", () -> ctx.vn().createRemotePeeringConnection(
        CreateRemotePeeringConnectionRequest.builder().createRemotePeeringConnectionDetails(details).opcRetryToken(token).build()))
        .getRemotePeeringConnection();
    String id = created.getId();
    Waits.unlessAnswered(created.getLifecycleState(), RemotePeeringConnection.LifecycleState.Available, () -> awaitReady(id, ctx));
    connectIfKnown(a, id, ctx);
    return id;
  }

  private static void connectIfKnown(DrgAttachment a, String id, CloudContext ctx) {
    if (a.resourceId().isPresent()) {
      connect(id, a.resourceId().get(), a.peerRegion().orElseThrow(), ctx);
    }
  }

  /** Connects RPC {@code id} to the peer region's RPC {@code peerId} (ConnectRemotePeeringConnections). */
  public static void connect(String id, String peerId, String peerRegion, CloudContext ctx) {
    ctx.call("connectRemotePeeringConnections", () -> ctx.vn().connectRemotePeeringConnections(
        ConnectRemotePeeringConnectionsRequest.builder().remotePeeringConnectionId(id).connectRemotePeeringConnectionsDetails(
            ConnectRemotePeeringConnectionsDetails.builder().peerId(peerId).peerRegionName(peerRegion).build()).build()));
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateRemotePeeringConnection", () -> ctx.vn().updateRemotePeeringConnection(UpdateRemotePeeringConnectionRequest
        .builder().remotePeeringConnectionId(current.id()).updateRemotePeeringConnectionDetails(UpdateRemotePeeringConnectionDetails
            .builder().displayName(spec.displayName()).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key()))
            .build()).build()));
    awaitReady(current.id(), ctx);
    if (!connected((RemotePeeringConnection) current.model())) {
      connectIfKnown((DrgAttachment) spec.source(), current.id(), ctx);
    }
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteRemotePeeringConnection", () -> ctx.vn().deleteRemotePeeringConnection(
        DeleteRemotePeeringConnectionRequest.builder().remotePeeringConnectionId(id).build()),
        "getRemotePeeringConnection", () -> ctx.vn().getRemotePeeringConnection(GetRemotePeeringConnectionRequest.builder().remotePeeringConnectionId(id).build()).getRemotePeeringConnection().getLifecycleState().getValue());
    ctx.await("getRemotePeeringConnection", () -> {
      Waits.gone(ctx.vn().getWaiters().forRemotePeeringConnection(GetRemotePeeringConnectionRequest.builder()
          .remotePeeringConnectionId(id).build(), RemotePeeringConnection.LifecycleState.Terminated, ctx.waitStrategy().termination(),
          ctx.waitStrategy().delay()), "remote peering connection " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getRemotePeeringConnection", () -> Waits.run(ctx.vn().getWaiters().forRemotePeeringConnection(
        GetRemotePeeringConnectionRequest.builder().remotePeeringConnectionId(id).build(),
        RemotePeeringConnection.LifecycleState.Available, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()),
        "remote peering connection " + id, "AVAILABLE"));
  }
}
