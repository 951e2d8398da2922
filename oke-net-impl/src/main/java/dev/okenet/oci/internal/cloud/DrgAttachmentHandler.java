package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.UpdateDrgAttachmentDetails;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.DeleteDrgAttachmentRequest;
import com.oracle.bmc.core.requests.GetDrgAttachmentRequest;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.UpdateDrgAttachmentRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedDrg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRG's attachment to the VCN. IPSec and FastConnect attachments are referenced by OCID in
 * the model and never touched.
 */
public final class DrgAttachmentHandler implements KindHandler {
  @Override
  public ResourceType type() {
    return ResourceType.DRG_ATTACHMENT;
  }

  @Override
  public List<Observed> list(CloudContext ctx) {
    return Pages.all(page -> {
      var r = ctx.call("listDrgAttachments", () -> ctx.vn().listDrgAttachments(
          ListDrgAttachmentsRequest.builder().compartmentId(ctx.compartmentId()).limit(Pages.LIMIT).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).stream().map(a -> new Observed(type(), a.getId(), a.getDisplayName(), a.getFreeformTags(), a.getLifecycleState().getValue(),
        a, null)).toList();
  }

  @Override
  public Map<String, String> fields(Observed o, Names names) {
    DrgAttachment a = (DrgAttachment) o.model();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("displayName", a.getDisplayName());
    f.put("drg", names.key(a.getDrgId()));
    String vcnId = a.getVcnId() != null ? a.getVcnId() : a.getNetworkDetails() == null ? null : a.getNetworkDetails().getId();
    f.put("vcn", names.key(vcnId));
    return f;
  }

  @Override
  public String create(ResourceSpec spec, Refs refs, String token, CloudContext ctx) {
    ResolvedDrg drg = (ResolvedDrg) spec.source();
    var details = CreateDrgAttachmentDetails.builder().drgId(refs.id(drg.key()))
        .networkDetails(VcnDrgAttachmentNetworkCreateDetails.builder().id(refs.id(ResourceKey.vcn())).build())
        .displayName(spec.displayName()).freeformTags(Ownership.tags(ctx.network(), spec.key())).build();
    DrgAttachment created = ctx.call("createDrgAttachment", () -> ctx.vn().createDrgAttachment(CreateDrgAttachmentRequest.builder()
        .createDrgAttachmentDetails(details).opcRetryToken(token).build())).getDrgAttachment();
    Waits.unlessAnswered(created.getLifecycleState(), DrgAttachment.LifecycleState.Attached, () -> awaitReady(created.getId(), ctx));
    return created.getId();
  }

  @Override
  public void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx) {
    ctx.call("updateDrgAttachment", () -> ctx.vn().updateDrgAttachment(UpdateDrgAttachmentRequest.builder()
        .drgAttachmentId(current.id()).updateDrgAttachmentDetails(UpdateDrgAttachmentDetails.builder()
            .displayName(spec.displayName()).freeformTags(Ownership.merged(current.tags(), ctx.network(), spec.key())).build())
        .build()));
    awaitReady(current.id(), ctx);
  }

  @Override
  public void delete(String id, CloudContext ctx) {
    ctx.delete("deleteDrgAttachment", () -> ctx.vn().deleteDrgAttachment(DeleteDrgAttachmentRequest.builder().drgAttachmentId(id).build()),
        "getDrgAttachment", () -> ctx.vn().getDrgAttachment(GetDrgAttachmentRequest.builder().drgAttachmentId(id).build()).getDrgAttachment().getLifecycleState().getValue());
    ctx.await("getDrgAttachment", () -> {
      Waits.gone(ctx.vn().getWaiters().forDrgAttachment(GetDrgAttachmentRequest.builder().drgAttachmentId(id).build(),
          DrgAttachment.LifecycleState.Detached, ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "DRG attachment " + id);
      return null;
    });
  }

  @Override
  public void awaitReady(String id, CloudContext ctx) {
    ctx.await("getDrgAttachment", () -> Waits.run(ctx.vn().getWaiters().forDrgAttachment(
        GetDrgAttachmentRequest.builder().drgAttachmentId(id).build(), DrgAttachment.LifecycleState.Attached,
        ctx.waitStrategy().termination(), ctx.waitStrategy().delay()), "DRG attachment " + id, "ATTACHED"));
  }
}
