package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.DeleteRouteTableRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.ListRouteTablesRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Route tables. An update replaces the whole rule list, as OCI's API does. */
public final class RouteTableHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.ROUTE_TABLE;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listRouteTables", () -> ctx.vn().listRouteTables(
          ListRouteTablesRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(t -> new Observed(type(), t.getId(), t.getDisplayName(), t.getFreeformTags(), t.getLifecycleState().getValue(),
        t, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", ((RouteTable) o.model()).getDisplayName());
    return f;
  }

  @Override
  public Set<String> rules(Observed o, Names names) {
    Set<String> out = new LinkedHashSet<>();
    RouteTable t = (RouteTable) o.model();
    if (t.getRouteRules() != null) {
      t.getRouteRules().forEach(r -> out.add(RuleMapping.text(r, names)));
    }
    return out;
  }

  private static List<com.oracle.bmc.core.model.RouteRule> rules(ResourceSpec spec, Refs refs, CloudContext ctx) {
    return spec.rules().values().stream()
        .map(r -> RuleMapping.route((dev.okenet.vcn.RouteRule) r, refs, ctx.services())).toList();
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateRouteTableDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .routeRules(rules(spec, refs, ctx)).displayName(spec.displayName())
        .freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    RouteTable created = ctx.call("createRouteTable", () -> ctx.vn().createRouteTable(CreateRouteTableRequest.builder()
        .createRouteTableDetails(details).opcRetryToken(token).build())).getRouteTable();
    Waits.unlessAnswered(created.getLifecycleState(), RouteTable.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateRouteTable", () -> ctx.vn().updateRouteTable(UpdateRouteTableRequest.builder().rtId(current.id())
        .updateRouteTableDetails(UpdateRouteTableDetails.builder().displayName(spec.displayName()).routeRules(rules(spec, refs, ctx))
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteRouteTable", () -> ctx.vn().deleteRouteTable(DeleteRouteTableRequest.builder().rtId(id).build()),
        "getRouteTable", () -> ctx.vn().getRouteTable(GetRouteTableRequest.builder().rtId(id).build()).getRouteTable().getLifecycleState().getValue());
    ctx.await("getRouteTable", () -> {
      Waits.gone(ctx.vn().getWaiters().forRouteTable(GetRouteTableRequest.builder().rtId(id).build(),
          RouteTable.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "route table " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getRouteTable", () -> Waits.run(ctx.vn().getWaiters().forRouteTable(GetRouteTableRequest.builder().rtId(id).build(),
        RouteTable.LifecycleState.Available, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "route table " + id,
        "AVAILABLE"));
  }
}
