package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateNatGatewayDetails;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.UpdateNatGatewayDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateNatGatewayRequest;
import com.oracle.bmc.core.requests.DeleteNatGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateNatGatewayRequest;
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

/** NAT gateways, each with a public IP; not deletable while a route rule targets one. */
final class NatGatewayPart extends Part<NatGateway> {
    private final VirtualNetworkBackend net;

    NatGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.NAT_GATEWAY);
        this.net = net;
    }

    @Override
    protected NatGateway withState(NatGateway model, String state) {
        return model.toBuilder().lifecycleState(NatGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createNatGateway", CreateNatGatewayRequest.class, this::create)
                .on("getNatGateway", GetNatGatewayRequest.class,
                        r -> reply(require(r.getNatGatewayId(), "natGatewayId", "GetNatGateway")))
                .on("listNatGateways", ListNatGatewaysRequest.class, this::list)
                .on("updateNatGateway", UpdateNatGatewayRequest.class, this::update)
                .on("deleteNatGateway", DeleteNatGatewayRequest.class, this::delete);
    }

    private Reply create(CreateNatGatewayRequest request) {
        CreateNatGatewayDetails details = request.getCreateNatGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("createNatGatewayDetails", "CreateNatGateway");
        }
        return createOnce("createNatGateway", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateNatGatewayDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateNatGatewayDetails");
            List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
            if (details.getRouteTableId() != null) {
                dependencies.add(net.routeTables().requireInVcn(details.getRouteTableId(), vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("natgateway", start);
            NatGateway model = NatGateway.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).blockTraffic(details.getBlockTraffic() != null ? details.getBlockTraffic() : false)
                    .natIp(net.publicIps().next())
                    .publicIpId(details.getPublicIpId() != null ? details.getPublicIpId() : world.ocids().next("publicip"))
                    .routeTableId(details.getRouteTableId())
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start)).build();
            return store(id, start, latency(), compartmentId, vcn.id(), name, model);
        });
    }

    private Reply list(ListNatGatewaysRequest request) {
        Compartments.require(request.getCompartmentId(), "ListNatGateways");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateNatGatewayRequest request) {
        Resource<NatGateway> gateway = requireMutable(request.getNatGatewayId(), "natGatewayId", "UpdateNatGateway",
                request.getIfMatch());
        UpdateNatGatewayDetails details = request.getUpdateNatGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("updateNatGatewayDetails", "UpdateNatGateway");
        }
        NatGateway current = gateway.model();
        if (details.getRouteTableId() != null) {
            net.routeTables().requireInVcn(details.getRouteTableId(),
                    net.vcns().require(gateway.parentId(), "vcnId", "UpdateNatGateway"), "routeTableId");
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        gateway.update(current.toBuilder().displayName(name)
                .blockTraffic(Tags.replaceIfGiven(details.getBlockTraffic(), current.getBlockTraffic()))
                .routeTableId(Tags.replaceIfGiven(details.getRouteTableId(), current.getRouteTableId()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(gateway);
    }

    private Reply delete(DeleteNatGatewayRequest request) {
        Resource<NatGateway> gateway = requireMutable(request.getNatGatewayId(), "natGatewayId", "DeleteNatGateway",
                request.getIfMatch());
        net.references().requireNotRouteTarget(gateway);
        beginDelete(gateway, latency());
        return Reply.noContent().about(gateway.id(), -1);
    }
}
