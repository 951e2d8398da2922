package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.UpdateServiceGatewayDetails;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.DeleteServiceGatewayRequest;
import com.oracle.bmc.core.requests.GetServiceGatewayRequest;
import com.oracle.bmc.core.requests.ListServiceGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateServiceGatewayRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service gateways, enabling "All services" or Object Storage as the model's scope says. */
public final class ServiceGatewayHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.SERVICE_GATEWAY;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listServiceGateways", () -> ctx.vn().listServiceGateways(
          ListServiceGatewaysRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(g -> new Observed(type(), g.getId(), g.getDisplayName(), g.getFreeformTags(), g.getLifecycleState().getValue(),
        g, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    ServiceGateway g = (ServiceGateway) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", g.getDisplayName());
    f.put("services", String.join(", ", (g.getServices() == null ? List.<com.oracle.bmc.core.model.ServiceIdResponseDetails>of()
        : g.getServices()).stream().map(s -> names.services().scopeOf(s.getServiceId())).toList()));
    return f;
  }

  private static List<ServiceIdRequestDetails> services(ResourceSpec spec, CloudContext ctx) {
    ServiceGatewayScope scope = ((ResolvedGateway) spec.source()).serviceScope().orElse(ServiceGatewayScope.ALL_SERVICES);
    String id = ctx.services().forScope(scope).orElseThrow(() -> new IllegalStateException(
        "The region offers no Oracle service for scope " + scope + "; use ServiceGatewayScope.ALL_SERVICES.")).getId();
    return List.of(ServiceIdRequestDetails.builder().serviceId(id).build());
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    var details = CreateServiceGatewayDetails.builder().compartmentId(ctx.compartmentId()).vcnId(refs.id(ResourceKey.vcn()))
        .services(services(spec, ctx)).displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    ServiceGateway created = ctx.call("createServiceGateway", () -> ctx.vn().createServiceGateway(CreateServiceGatewayRequest
        .builder().createServiceGatewayDetails(details).opcRetryToken(token).build())).getServiceGateway();
    Waits.unlessAnswered(created.getLifecycleState(), ServiceGateway.LifecycleState.Available,
        () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateServiceGateway", () -> ctx.vn().updateServiceGateway(UpdateServiceGatewayRequest.builder()
        .serviceGatewayId(current.id()).updateServiceGatewayDetails(UpdateServiceGatewayDetails.builder()
            .displayName(spec.displayName()).services(services(spec, ctx))
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteServiceGateway", () -> ctx.vn().deleteServiceGateway(DeleteServiceGatewayRequest.builder().serviceGatewayId(id).build()),
        "getServiceGateway", () -> ctx.vn().getServiceGateway(GetServiceGatewayRequest.builder().serviceGatewayId(id).build()).getServiceGateway().getLifecycleState().getValue());
    ctx.await("getServiceGateway", () -> {
      Waits.gone(ctx.vn().getWaiters().forServiceGateway(GetServiceGatewayRequest.builder().serviceGatewayId(id).build(),
          ServiceGateway.LifecycleState.Terminated, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()),
          "service gateway " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getServiceGateway", () -> Waits.run(ctx.vn().getWaiters().forServiceGateway(
        GetServiceGatewayRequest.builder().serviceGatewayId(id).build(), ServiceGateway.LifecycleState.Available,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "service gateway " + id, "AVAILABLE"));
  }
}
