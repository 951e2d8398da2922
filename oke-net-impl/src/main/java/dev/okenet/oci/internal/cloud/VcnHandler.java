package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedVcn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** VCNs. The CIDR blocks and DNS label are not changed in place (a change replaces the VCN). */
public final class VcnHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.VCN;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listVcns", () -> ctx.vn().listVcns(ListVcnsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(v -> new Observed(type(), v.getId(), v.getDisplayName(), v.getFreeformTags(), v.getLifecycleState().getValue(), v,
        null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    Vcn v = (Vcn) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", v.getDisplayName());
    f.put("cidrBlocks", String.join(", ", v.getCidrBlocks() == null ? List.of(v.getCidrBlock()) : v.getCidrBlocks()));
    f.put("dnsLabel", v.getDnsLabel() == null ? "" : v.getDnsLabel());
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    ResolvedVcn vcn = (ResolvedVcn) spec.source();
    CreateVcnDetails details = CreateVcnDetails.builder().compartmentId(ctx.compartmentId())
        .cidrBlocks(vcn.cidrs().stream().map(Object::toString).toList()).displayName(spec.displayName())
        .dnsLabel(vcn.dnsLabel().orElse(null)).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    Vcn created = ctx.call("createVcn", () -> ctx.vn().createVcn(CreateVcnRequest.builder().createVcnDetails(details)
        .opcRetryToken(token).build())).getVcn();
    Waits.unlessAnswered(created.getLifecycleState(), Vcn.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateVcn", () -> ctx.vn().updateVcn(UpdateVcnRequest.builder().vcnId(current.id())
        .updateVcnDetails(UpdateVcnDetails.builder().displayName(spec.displayName())
            .freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build()).build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteVcn", () -> ctx.vn().deleteVcn(DeleteVcnRequest.builder().vcnId(id).build()),
        "getVcn", () -> ctx.vn().getVcn(GetVcnRequest.builder().vcnId(id).build()).getVcn().getLifecycleState().getValue());
    ctx.await("getVcn", () -> {
      Waits.gone(ctx.vn().getWaiters().forVcn(GetVcnRequest.builder().vcnId(id).build(), Vcn.LifecycleState.Terminated,
          ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "VCN " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getVcn", () -> Waits.run(ctx.vn().getWaiters().forVcn(GetVcnRequest.builder().vcnId(id).build(),
        Vcn.LifecycleState.Available, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "VCN " + id, "AVAILABLE"));
  }
}
