package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.UpdateDrgDetails;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.DeleteDrgRequest;
import com.oracle.bmc.core.requests.GetDrgRequest;
import com.oracle.bmc.core.requests.ListDrgsRequest;
import com.oracle.bmc.core.requests.UpdateDrgRequest;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dynamic routing gateways. */
public final class DrgHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.DRG;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listDrgs", () -> ctx.vn().listDrgs(ListDrgsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", ((Drg) o.model()).getDisplayName());
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateDrgDetails.builder().compartmentId(ctx.compartmentId()).displayName(spec.displayName())
        .freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    Drg created = ctx.call("createDrg", () -> ctx.vn().createDrg(CreateDrgRequest.builder().createDrgDetails(details)
        .opcRetryToken(token).build())).getDrg();
    Waits.unlessAnswered(created.getLifecycleState(), Drg.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateDrg", () -> ctx.vn().updateDrg(UpdateDrgRequest.builder().drgId(current.id())
        .updateDrgDetails(UpdateDrgDetails.builder().displayName(spec.displayName())
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteDrg", () -> ctx.vn().deleteDrg(DeleteDrgRequest.builder().drgId(id).build()),
        "getDrg", () -> ctx.vn().getDrg(GetDrgRequest.builder().drgId(id).build()).getDrg().getLifecycleState().getValue());
    ctx.await("getDrg", () -> {
      Waits.gone(ctx.vn().getWaiters().forDrg(GetDrgRequest.builder().drgId(id).build(), Drg.LifecycleState.Terminated,
          ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "DRG " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getDrg", () -> Waits.run(ctx.vn().getWaiters().forDrg(GetDrgRequest.builder().drgId(id).build(),
        Drg.LifecycleState.Available, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "DRG " + id, "AVAILABLE"));
  }
}
