package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateNatGatewayDetails;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.UpdateNatGatewayDetails;
import com.oracle.bmc.core.requests.CreateNatGatewayRequest;
import com.oracle.bmc.core.requests.DeleteNatGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateNatGatewayRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;

/** NAT gateways, each with a public IP; not deletable while a route rule targets one. */
final class NatGatewayPart extends VcnGatewayPart<NatGateway> {
    NatGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.NAT_GATEWAY, net, "NatGateway", "natGatewayId");
    }

    @Override
    protected NatGateway withState(NatGateway model, String state) {
        return model.toBuilder().lifecycleState(NatGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createNatGateway", CreateNatGatewayRequest.class, this::create)
                .on("getNatGateway", GetNatGatewayRequest.class, r -> getGateway(r.getNatGatewayId()))
                .on("listNatGateways", ListNatGatewaysRequest.class, r -> listGateways(ListQuery.of(
                        r.getCompartmentId(), r.getVcnId(), r.getDisplayName(), r.getLifecycleState(),
                        r.getSortBy(), r.getSortOrder(), r.getLimit(), r.getPage())))
                .on("updateNatGateway", UpdateNatGatewayRequest.class, this::update)
                .on("deleteNatGateway", DeleteNatGatewayRequest.class,
                        r -> deleteGateway(r.getNatGatewayId(), r.getIfMatch(), gateway -> {}));
    }

    private Reply create(CreateNatGatewayRequest request) {
        return createGateway(request.getOpcRetryToken(), request.getCreateNatGatewayDetails(),
                (CreateNatGatewayDetails d) -> Given.of(d.getVcnId(), d.getCompartmentId(), d.getRouteTableId(),
                        d.getDisplayName(), d.getFreeformTags(), d.getDefinedTags()),
                // The public IP is drawn as the model is built, after the gateway's own id: ids stay stable.
                (vcn, details) -> at -> NatGateway.builder().id(at.id()).vcnId(at.vcnId())
                        .compartmentId(at.compartmentId()).displayName(at.displayName())
                        .blockTraffic(details.getBlockTraffic() != null ? details.getBlockTraffic() : false)
                        .natIp(net.publicIps().next())
                        .publicIpId(details.getPublicIpId() != null ? details.getPublicIpId()
                                : world.ocids().next("publicip"))
                        .routeTableId(at.routeTableId()).freeformTags(at.freeformTags())
                        .definedTags(at.definedTags()).timeCreated(at.timeCreated()).build());
    }

    private Reply update(UpdateNatGatewayRequest request) {
        return updateGateway(request.getNatGatewayId(), request.getIfMatch(), request.getUpdateNatGatewayDetails(),
                (UpdateNatGatewayDetails d) -> Given.change(d.getRouteTableId(), d.getDisplayName(),
                        d.getFreeformTags(), d.getDefinedTags()),
                (gateway, details) -> change -> {
                    NatGateway current = gateway.model();
                    return current.toBuilder().displayName(change.displayName())
                            .blockTraffic(Tags.replaceIfGiven(details.getBlockTraffic(), current.getBlockTraffic()))
                            .routeTableId(change.routeTableIdOr(current.getRouteTableId()))
                            .freeformTags(change.freeformTagsOr(current.getFreeformTags()))
                            .definedTags(change.definedTagsOr(current.getDefinedTags())).build();
                });
    }
}
