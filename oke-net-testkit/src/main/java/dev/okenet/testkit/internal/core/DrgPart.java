package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.UpdateDrgDetails;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.DeleteDrgRequest;
import com.oracle.bmc.core.requests.GetDrgRequest;
import com.oracle.bmc.core.requests.ListDrgsRequest;
import com.oracle.bmc.core.requests.UpdateDrgRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.List;
import java.util.Objects;

/** Dynamic routing gateways: not deletable while attachments or remote peering connections remain. */
final class DrgPart extends Part<Drg> {
    private final VirtualNetworkBackend net;

    DrgPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.DRG);
        this.net = net;
    }

    @Override
    protected Drg withState(Drg model, String state) {
        return model.toBuilder().lifecycleState(Drg.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createDrg", CreateDrgRequest.class, this::create)
                .on("getDrg", GetDrgRequest.class, r -> reply(require(r.getDrgId(), "drgId", "GetDrg")))
                .on("listDrgs", ListDrgsRequest.class, this::list)
                .on("updateDrg", UpdateDrgRequest.class, this::update)
                .on("deleteDrg", DeleteDrgRequest.class, this::delete);
    }

    private Reply create(CreateDrgRequest request) {
        CreateDrgDetails details = request.getCreateDrgDetails();
        if (details == null) {
            throw OciErrors.missing("createDrgDetails", "CreateDrg");
        }
        return createOnce("createDrg", request.getOpcRetryToken(), details, () -> {
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateDrgDetails");
            String id = newId();
            long start = startAfter(List.of());
            String name = details.getDisplayName() != null ? details.getDisplayName() : world.defaultName("drg", start);
            Drg.Builder model = Drg.builder().id(id).compartmentId(compartmentId).displayName(name)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start));
            return storeShown(id, start, latency(), compartmentId, null, name,
                    state -> model.lifecycleState(Drg.LifecycleState.create(state)).build());
        });
    }

    private Reply list(ListDrgsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListDrgs");
        return page(list(new ListQuery(request.getCompartmentId(), null, null, null, null, null, request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateDrgRequest request) {
        Resource<Drg> drg = requireMutable(request.getDrgId(), "drgId", "UpdateDrg", request.getIfMatch());
        UpdateDrgDetails details = request.getUpdateDrgDetails();
        if (details == null) {
            throw OciErrors.missing("updateDrgDetails", "UpdateDrg");
        }
        Drg current = drg.model();
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        drg.update(current.toBuilder().displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(drg);
    }

    private Reply delete(DeleteDrgRequest request) {
        Resource<Drg> drg = requireMutable(request.getDrgId(), "drgId", "DeleteDrg", request.getIfMatch());
        net.drgAttachments().existing().filter(a -> drg.id().equals(a.parentId())).findFirst().ifPresent(a -> {
            throw OciErrors.inUse(drg, a);
        });
        net.remotePeeringConnections().existing().filter(c -> drg.id().equals(c.parentId())).findFirst()
                .ifPresent(c -> {
                    throw OciErrors.inUse(drg, c);
                });
        net.references().requireNotRouteTarget(drg);
        beginDelete(drg, latency());
        return Reply.noContent().about(drg.id(), -1);
    }
}
