package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.UpdateDrgAttachmentDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkDetails;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkUpdateDetails;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.DeleteDrgAttachmentRequest;
import com.oracle.bmc.core.requests.GetDrgAttachmentRequest;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.UpdateDrgAttachmentRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * VCN attachments of DRGs (ATTACHING, ATTACHED, DETACHING, DETACHED). A VCN attaches to one DRG at
 * a time; an attachment cannot go while a route rule of the VCN targets the DRG.
 */
final class DrgAttachmentPart extends Part<DrgAttachment> {
    private final VirtualNetworkBackend net;

    DrgAttachmentPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.DRG_ATTACHMENT);
        this.net = net;
    }

    @Override
    protected DrgAttachment withState(DrgAttachment model, String state) {
        return model.toBuilder().lifecycleState(DrgAttachment.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createDrgAttachment", CreateDrgAttachmentRequest.class, this::create)
                .on("getDrgAttachment", GetDrgAttachmentRequest.class,
                        r -> reply(require(r.getDrgAttachmentId(), "drgAttachmentId", "GetDrgAttachment")))
                .on("listDrgAttachments", ListDrgAttachmentsRequest.class, this::list)
                .on("updateDrgAttachment", UpdateDrgAttachmentRequest.class, this::update)
                .on("deleteDrgAttachment", DeleteDrgAttachmentRequest.class, this::delete);
    }

    /** True if a live (ATTACHING or ATTACHED) attachment joins the DRG to the VCN. */
    boolean isAttached(String drgId, String vcnId) {
        return attachment(drgId, vcnId).isPresent();
    }

    /** The live attachment of the DRG to the VCN, if any. */
    Optional<Resource<DrgAttachment>> attachment(String drgId, String vcnId) {
        return live().filter(a -> drgId.equals(a.parentId()) && vcnId.equals(a.model().getVcnId())).findFirst();
    }

    private Reply create(CreateDrgAttachmentRequest request) {
        CreateDrgAttachmentDetails details = request.getCreateDrgAttachmentDetails();
        if (details == null) {
            throw OciErrors.missing("createDrgAttachmentDetails", "CreateDrgAttachment");
        }
        return createOnce("createDrgAttachment", request.getOpcRetryToken(), details, () -> {
            Resource<Drg> drg = net.drgs().requireLive(details.getDrgId(), "drgId", "CreateDrgAttachmentDetails");
            String vcnId = details.getVcnId();
            if (details.getNetworkDetails() instanceof VcnDrgAttachmentNetworkCreateDetails network) {
                vcnId = network.getId() != null ? network.getId() : vcnId;
            } else if (details.getNetworkDetails() != null) {
                throw new UnsupportedOperationException("FakeOci only attaches VCNs to DRGs, not "
                        + details.getNetworkDetails().getClass().getSimpleName()
                        + "; see oke-net-testkit/COVERAGE.md for what it supports");
            }
            Resource<Vcn> vcn = net.vcns().requireLive(vcnId, "networkDetails.id", "CreateDrgAttachmentDetails");
            existing().filter(a -> vcn.id().equals(a.model().getVcnId())).findFirst().ifPresent(a -> {
                throw OciErrors.limitExceeded("The " + vcn + " is already attached to DRG " + a.parentId() + " by " + a
                        + "; a VCN can attach to only one DRG at a time.");
            });
            String routeTableId = details.getRouteTableId();
            VcnDrgAttachmentNetworkDetails.VcnRouteType vcnRouteType = null;
            if (details.getNetworkDetails() instanceof VcnDrgAttachmentNetworkCreateDetails network) {
                routeTableId = network.getRouteTableId() != null ? network.getRouteTableId() : routeTableId;
                vcnRouteType = network.getVcnRouteType();
            }
            List<Resource<?>> dependencies = new ArrayList<>(List.of(drg, vcn));
            if (routeTableId != null) {
                dependencies.add(net.routeTables().requireInVcn(routeTableId, vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("drgattachment", start);
            DrgAttachment.Builder model = DrgAttachment.builder().id(id).drgId(drg.id()).vcnId(vcn.id())
                    .compartmentId(drg.compartmentId()).displayName(name).routeTableId(routeTableId)
                    .drgRouteTableId(details.getDrgRouteTableId())
                    .networkDetails(VcnDrgAttachmentNetworkDetails.builder().id(vcn.id()).routeTableId(routeTableId)
                            .vcnRouteType(vcnRouteType).build())
                    .isCrossTenancy(false)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start));
            return storeShown(id, start, latency(), drg.compartmentId(), drg.id(), name,
                    state -> model.lifecycleState(DrgAttachment.LifecycleState.create(state)).build());
        });
    }

    /**
     * {@code VirtualNetwork.listDrgAttachments}: filters by DRG, attached network (or VCN), DRG route
     * table and VCN route table; "It will default to list VCN attachments, but you may request to
     * list ALL attachments of ALL types". Every attachment FakeOci has is a VCN attachment.
     */
    private Reply list(ListDrgAttachmentsRequest request) {
        if (request.getCompartmentId() == null) {
            throw OciErrors.missing("compartmentId", "ListDrgAttachments");
        }
        var type = request.getAttachmentType();
        if (type != null && type != ListDrgAttachmentsRequest.AttachmentType.Vcn
                && type != ListDrgAttachmentsRequest.AttachmentType.All) {
            return Reply.of(List.of());
        }
        String vcnId = request.getVcnId() != null ? request.getVcnId() : request.getNetworkId();
        var page = list(ListQuery.of(request.getCompartmentId(), request.getDrgId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), 1000, null));
        List<DrgAttachment> matches = page.items().stream()
                .filter(a -> vcnId == null || vcnId.equals(a.getVcnId()))
                .filter(a -> request.getDrgRouteTableId() == null || request.getDrgRouteTableId().equals(a.getDrgRouteTableId()))
                .toList();
        var sliced = world.listing().slice(matches, request.getLimit(), request.getPage());
        return Reply.of(sliced.items()).nextPage(sliced.nextPage());
    }

    private Reply update(UpdateDrgAttachmentRequest request) {
        Resource<DrgAttachment> attachment = requireMutable(request.getDrgAttachmentId(), "drgAttachmentId",
                "UpdateDrgAttachment", request.getIfMatch());
        UpdateDrgAttachmentDetails details = request.getUpdateDrgAttachmentDetails();
        if (details == null) {
            throw OciErrors.missing("updateDrgAttachmentDetails", "UpdateDrgAttachment");
        }
        DrgAttachment current = attachment.model();
        DrgAttachment.Builder next = current.toBuilder();
        VcnDrgAttachmentNetworkDetails network = current.getNetworkDetails() instanceof VcnDrgAttachmentNetworkDetails vcn
                ? vcn : VcnDrgAttachmentNetworkDetails.builder().id(current.getVcnId()).build();
        String routeTableId = details.getRouteTableId();
        VcnDrgAttachmentNetworkDetails.VcnRouteType vcnRouteType = network.getVcnRouteType();
        if (details.getNetworkDetails() instanceof VcnDrgAttachmentNetworkUpdateDetails update) {
            routeTableId = update.getRouteTableId() != null ? update.getRouteTableId() : routeTableId;
            vcnRouteType = Tags.replaceIfGiven(update.getVcnRouteType(), vcnRouteType);
        } else if (details.getNetworkDetails() != null) {
            throw OciErrors.invalid("networkDetails of type " + details.getNetworkDetails().getClass().getSimpleName()
                    + " does not fit " + attachment + ", a VCN attachment; send VcnDrgAttachmentNetworkUpdateDetails.");
        }
        if (routeTableId != null) {
            net.routeTables().requireInVcn(routeTableId,
                    net.vcns().require(current.getVcnId(), "vcnId", "UpdateDrgAttachment"), "routeTableId");
            next.routeTableId(routeTableId);
        }
        next.networkDetails(network.toBuilder().routeTableId(Tags.replaceIfGiven(routeTableId, network.getRouteTableId()))
                .vcnRouteType(vcnRouteType).build());
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        attachment.update(next.displayName(name)
                .drgRouteTableId(Tags.replaceIfGiven(details.getDrgRouteTableId(), current.getDrgRouteTableId()))
                .exportDrgRouteDistributionId(Tags.replaceIfGiven(details.getExportDrgRouteDistributionId(),
                        current.getExportDrgRouteDistributionId()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(attachment);
    }

    private Reply delete(DeleteDrgAttachmentRequest request) {
        Resource<DrgAttachment> attachment = requireMutable(request.getDrgAttachmentId(), "drgAttachmentId",
                "DeleteDrgAttachment", request.getIfMatch());
        String drgId = attachment.parentId();
        String vcnId = attachment.model().getVcnId();
        net.routeTables().existing().filter(t -> vcnId.equals(t.parentId()))
                .filter(t -> t.model().getRouteRules().stream().anyMatch(r -> drgId.equals(r.getNetworkEntityId())))
                .findFirst()
                .ifPresent(t -> {
                    throw OciErrors.conflict("The " + attachment + " is in use: a rule of " + t + " targets DRG "
                            + drgId + ". Remove the route rule first, then retry.");
                });
        beginDelete(attachment, latency());
        return Reply.noContent().about(attachment.id(), -1);
    }
}
