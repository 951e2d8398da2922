package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.UpdateInternetGatewayDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.DeleteInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.ListInternetGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateInternetGatewayRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Internet gateways: one per VCN; not deletable while a route rule targets one. */
final class InternetGatewayPart extends Part<InternetGateway> {
    private final VirtualNetworkBackend net;

    InternetGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.INTERNET_GATEWAY);
        this.net = net;
    }

    @Override
    protected InternetGateway withState(InternetGateway model, String state) {
        return model.toBuilder().lifecycleState(InternetGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createInternetGateway", CreateInternetGatewayRequest.class, this::create)
                .on("getInternetGateway", GetInternetGatewayRequest.class,
                        r -> reply(require(r.getIgId(), "igId", "GetInternetGateway")))
                .on("listInternetGateways", ListInternetGatewaysRequest.class, this::list)
                .on("updateInternetGateway", UpdateInternetGatewayRequest.class, this::update)
                .on("deleteInternetGateway", DeleteInternetGatewayRequest.class, this::delete);
    }

    private Reply create(CreateInternetGatewayRequest request) {
        CreateInternetGatewayDetails details = request.getCreateInternetGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("createInternetGatewayDetails", "CreateInternetGateway");
        }
        return createOnce("createInternetGateway", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateInternetGatewayDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateInternetGatewayDetails");
            existing().filter(g -> vcn.id().equals(g.parentId())).findFirst().ifPresent(g -> {
                throw OciErrors.limitExceeded("The " + vcn + " already has internet gateway " + g.id()
                        + "; a VCN can have only one internet gateway. Reuse it.");
            });
            List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
            if (details.getRouteTableId() != null) {
                dependencies.add(net.routeTables().requireInVcn(details.getRouteTableId(), vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("internetgateway", start);
            InternetGateway model = InternetGateway.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).isEnabled(details.getIsEnabled() != null ? details.getIsEnabled() : true)
                    .routeTableId(details.getRouteTableId())
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start)).build();
            return store(id, start, latency(), compartmentId, vcn.id(), name, model);
        });
    }

    private Reply list(ListInternetGatewaysRequest request) {
        Compartments.require(request.getCompartmentId(), "ListInternetGateways");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateInternetGatewayRequest request) {
        Resource<InternetGateway> gateway = requireMutable(request.getIgId(), "igId", "UpdateInternetGateway",
                request.getIfMatch());
        UpdateInternetGatewayDetails details = request.getUpdateInternetGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("updateInternetGatewayDetails", "UpdateInternetGateway");
        }
        InternetGateway current = gateway.model();
        if (details.getRouteTableId() != null) {
            net.routeTables().requireInVcn(details.getRouteTableId(),
                    net.vcns().require(gateway.parentId(), "vcnId", "UpdateInternetGateway"), "routeTableId");
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        gateway.update(current.toBuilder().displayName(name)
                .isEnabled(Tags.replaceIfGiven(details.getIsEnabled(), current.getIsEnabled()))
                .routeTableId(Tags.replaceIfGiven(details.getRouteTableId(), current.getRouteTableId()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(gateway);
    }

    private Reply delete(DeleteInternetGatewayRequest request) {
        Resource<InternetGateway> gateway = requireMutable(request.getIgId(), "igId", "DeleteInternetGateway",
                request.getIfMatch());
        net.references().requireNotRouteTarget(gateway);
        beginDelete(gateway, latency());
        return Reply.noContent().about(gateway.id(), -1);
    }
}
