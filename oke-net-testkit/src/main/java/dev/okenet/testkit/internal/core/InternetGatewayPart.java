package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.UpdateInternetGatewayDetails;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.DeleteInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.ListInternetGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateInternetGatewayRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;

/** Internet gateways: one per VCN, enabled or not as the create says; not deletable while routed to. */
final class InternetGatewayPart extends VcnGatewayPart<InternetGateway> {
    InternetGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.INTERNET_GATEWAY, net, "InternetGateway", "igId");
    }

    @Override
    protected InternetGateway withState(InternetGateway model, String state) {
        return model.toBuilder().lifecycleState(InternetGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createInternetGateway", CreateInternetGatewayRequest.class, this::create)
                .on("getInternetGateway", GetInternetGatewayRequest.class, r -> getGateway(r.getIgId()))
                .on("listInternetGateways", ListInternetGatewaysRequest.class, r -> listGateways(ListQuery.of(
                        r.getCompartmentId(), r.getVcnId(), r.getDisplayName(), r.getLifecycleState(),
                        r.getSortBy(), r.getSortOrder(), r.getLimit(), r.getPage())))
                .on("updateInternetGateway", UpdateInternetGatewayRequest.class, this::update)
                .on("deleteInternetGateway", DeleteInternetGatewayRequest.class,
                        r -> deleteGateway(r.getIgId(), r.getIfMatch(), gateway -> {}));
    }

    private Reply create(CreateInternetGatewayRequest request) {
        return createGateway(request.getOpcRetryToken(), request.getCreateInternetGatewayDetails(),
                (CreateInternetGatewayDetails d) -> Given.of(d.getVcnId(), d.getCompartmentId(),
                        d.getRouteTableId(), d.getDisplayName(), d.getFreeformTags(), d.getDefinedTags()),
                (vcn, details) -> {
                    // VirtualNetwork.createInternetGateway: "You must specify whether the internet gateway is
                    // enabled when you create it" (isEnabled is a required field of CreateInternetGatewayDetails).
                    if (details.getIsEnabled() == null) {
                        throw OciErrors.missing("isEnabled", "CreateInternetGatewayDetails");
                    }
                    requireNoneYetIn(vcn, "internet gateway");
                    return at -> InternetGateway.builder().id(at.id()).vcnId(at.vcnId())
                            .compartmentId(at.compartmentId()).displayName(at.displayName())
                            .isEnabled(details.getIsEnabled())
                            .routeTableId(at.routeTableId()).freeformTags(at.freeformTags())
                            .definedTags(at.definedTags()).timeCreated(at.timeCreated()).build();
                });
    }

    private Reply update(UpdateInternetGatewayRequest request) {
        return updateGateway(request.getIgId(), request.getIfMatch(), request.getUpdateInternetGatewayDetails(),
                (UpdateInternetGatewayDetails d) -> Given.change(d.getRouteTableId(), d.getDisplayName(),
                        d.getFreeformTags(), d.getDefinedTags()),
                (gateway, details) -> change -> {
                    InternetGateway current = gateway.model();
                    return current.toBuilder().displayName(change.displayName())
                            .isEnabled(Tags.replaceIfGiven(details.getIsEnabled(), current.getIsEnabled()))
                            .routeTableId(change.routeTableIdOr(current.getRouteTableId()))
                            .freeformTags(change.freeformTagsOr(current.getFreeformTags()))
                            .definedTags(change.definedTagsOr(current.getDefinedTags())).build();
                });
    }
}
