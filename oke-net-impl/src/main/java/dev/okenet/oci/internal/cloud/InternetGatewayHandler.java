package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.UpdateInternetGatewayDetails;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.DeleteInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.ListInternetGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateInternetGatewayRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Internet gateways (always enabled). */
public final class InternetGatewayHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.INTERNET_GATEWAY;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listInternetGateways", () -> ctx.vn().listInternetGateways(
          ListInternetGatewaysRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    InternetGateway g = (InternetGateway) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", g.getDisplayName());
    f.put("enabled", String.valueOf(!Boolean.FALSE.equals(g.getIsEnabled())));
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateInternetGatewayDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .isEnabled(true).displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    InternetGateway created = ctx.call("createInternetGateway", () -> ctx.vn().createInternetGateway(
        CreateInternetGatewayRequest.builder().createInternetGatewayDetails(details).opcRetryToken(token).build())).getInternetGateway();
    Waits.unlessAnswered(created.getLifecycleState(), InternetGateway.LifecycleState.Available,
        () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateInternetGateway", () -> ctx.vn().updateInternetGateway(UpdateInternetGatewayRequest.builder()
        .igId(current.id()).updateInternetGatewayDetails(UpdateInternetGatewayDetails.builder().displayName(spec.displayName())
            .isEnabled(true).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteInternetGateway", () -> ctx.vn().deleteInternetGateway(DeleteInternetGatewayRequest.builder().igId(id).build()),
        "getInternetGateway", () -> ctx.vn().getInternetGateway(GetInternetGatewayRequest.builder().igId(id).build()).getInternetGateway().getLifecycleState().getValue());
    ctx.await("getInternetGateway", () -> {
      Waits.gone(ctx.vn().getWaiters().forInternetGateway(GetInternetGatewayRequest.builder().igId(id).build(),
          InternetGateway.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "internet gateway " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getInternetGateway", () -> Waits.run(ctx.vn().getWaiters().forInternetGateway(
        GetInternetGatewayRequest.builder().igId(id).build(), InternetGateway.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "internet gateway " + id, "AVAILABLE"));
  }
}
