package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.UpdateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ConnectLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.DeleteLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.ListLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.UpdateLocalPeeringGatewayRequest;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Local peering gateways (NEW until connected, then PEERED; REVOKED when the peer goes). Two LPGs
 * connect only across different VCNs whose CIDR blocks do not overlap.
 */
final class LocalPeeringGatewayPart extends Part<LocalPeeringGateway> {
    private final VirtualNetworkBackend net;

    LocalPeeringGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.LOCAL_PEERING_GATEWAY);
        this.net = net;
    }

    @Override
    protected LocalPeeringGateway withState(LocalPeeringGateway model, String state) {
        return model.toBuilder().lifecycleState(LocalPeeringGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createLocalPeeringGateway", CreateLocalPeeringGatewayRequest.class, this::create)
                .on("getLocalPeeringGateway", GetLocalPeeringGatewayRequest.class,
                        r -> reply(require(r.getLocalPeeringGatewayId(), "localPeeringGatewayId", "GetLocalPeeringGateway")))
                .on("listLocalPeeringGateways", ListLocalPeeringGatewaysRequest.class, this::list)
                .on("updateLocalPeeringGateway", UpdateLocalPeeringGatewayRequest.class, this::update)
                .on("deleteLocalPeeringGateway", DeleteLocalPeeringGatewayRequest.class, this::delete)
                .on("connectLocalPeeringGateways", ConnectLocalPeeringGatewaysRequest.class, this::connect);
    }

    private Reply create(CreateLocalPeeringGatewayRequest request) {
        CreateLocalPeeringGatewayDetails details = request.getCreateLocalPeeringGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("createLocalPeeringGatewayDetails", "CreateLocalPeeringGateway");
        }
        return createOnce("createLocalPeeringGateway", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateLocalPeeringGatewayDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateLocalPeeringGatewayDetails");
            List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
            if (details.getRouteTableId() != null) {
                dependencies.add(net.routeTables().requireInVcn(details.getRouteTableId(), vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("localpeeringgateway", start);
            LocalPeeringGateway model = LocalPeeringGateway.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).routeTableId(details.getRouteTableId()).isCrossTenancyPeering(false)
                    .peeringStatus(LocalPeeringGateway.PeeringStatus.New)
                    .securityAttributes(details.getSecurityAttributes())
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start)).build();
            return store(id, start, latency(), compartmentId, vcn.id(), name, model);
        });
    }

    private Reply list(ListLocalPeeringGatewaysRequest request) {
        Compartments.require(request.getCompartmentId(), "ListLocalPeeringGateways");
        return page(list(new ListQuery(request.getCompartmentId(), request.getVcnId(), null, null, null, null,
                request.getLimit(), request.getPage())));
    }

    private Reply update(UpdateLocalPeeringGatewayRequest request) {
        Resource<LocalPeeringGateway> gateway = requireMutable(request.getLocalPeeringGatewayId(),
                "localPeeringGatewayId", "UpdateLocalPeeringGateway", request.getIfMatch());
        UpdateLocalPeeringGatewayDetails details = request.getUpdateLocalPeeringGatewayDetails();
        if (details == null) {
            throw OciErrors.missing("updateLocalPeeringGatewayDetails", "UpdateLocalPeeringGateway");
        }
        LocalPeeringGateway current = gateway.model();
        if (details.getRouteTableId() != null) {
            net.routeTables().requireInVcn(details.getRouteTableId(),
                    net.vcns().require(gateway.parentId(), "vcnId", "UpdateLocalPeeringGateway"), "routeTableId");
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        gateway.update(current.toBuilder().displayName(name)
                .routeTableId(Tags.replaceIfGiven(details.getRouteTableId(), current.getRouteTableId()))
                .securityAttributes(Tags.replaceIfGiven(details.getSecurityAttributes(), current.getSecurityAttributes()))
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(gateway);
    }

    private Reply delete(DeleteLocalPeeringGatewayRequest request) {
        Resource<LocalPeeringGateway> gateway = requireMutable(request.getLocalPeeringGatewayId(),
                "localPeeringGatewayId", "DeleteLocalPeeringGateway", request.getIfMatch());
        net.references().requireNotRouteTarget(gateway);
        find(gateway.model().getPeerId()).ifPresent(peer -> peer.update(peer.model().toBuilder()
                .peeringStatus(LocalPeeringGateway.PeeringStatus.Revoked).build(), peer.displayName()));
        beginDelete(gateway, latency());
        return Reply.noContent().about(gateway.id(), -1);
    }

    private Reply connect(ConnectLocalPeeringGatewaysRequest request) {
        Resource<LocalPeeringGateway> gateway = requireMutable(request.getLocalPeeringGatewayId(),
                "localPeeringGatewayId", "ConnectLocalPeeringGateways", null);
        if (request.getConnectLocalPeeringGatewaysDetails() == null) {
            throw OciErrors.missing("peerId", "ConnectLocalPeeringGatewaysDetails");
        }
        Resource<LocalPeeringGateway> peer = requireMutable(request.getConnectLocalPeeringGatewaysDetails().getPeerId(),
                "peerId", "ConnectLocalPeeringGatewaysDetails", null);
        if (peer.id().equals(gateway.id()) || peer.parentId().equals(gateway.parentId())) {
            throw OciErrors.invalid("The " + gateway + " and its peer " + peer
                    + " are in the same VCN; local peering connects two different VCNs.");
        }
        for (Resource<LocalPeeringGateway> side : List.of(gateway, peer)) {
            if (side.model().getPeeringStatus() == LocalPeeringGateway.PeeringStatus.Peered) {
                throw OciErrors.invalid("The " + side + " is already peered with " + side.model().getPeerId()
                        + "; an LPG peers with one other LPG. Create another LPG.");
            }
        }
        Resource<Vcn> vcn = net.vcns().require(gateway.parentId(), "vcnId", "ConnectLocalPeeringGateways");
        Resource<Vcn> peerVcn = net.vcns().require(peer.parentId(), "vcnId", "ConnectLocalPeeringGateways");
        for (Ipv4Cidr mine : net.vcns().cidrs(vcn)) {
            for (Ipv4Cidr theirs : net.vcns().cidrs(peerVcn)) {
                if (mine.overlaps(theirs)) {
                    throw OciErrors.invalid("The VCNs of " + gateway + " and " + peer + " overlap (" + mine + " and "
                            + theirs + "); peered VCNs must have non-overlapping CIDR blocks.");
                }
            }
        }
        peerWith(gateway, peer, peerVcn);
        peerWith(peer, gateway, vcn);
        return Reply.of(null);
    }

    private static void peerWith(Resource<LocalPeeringGateway> side, Resource<LocalPeeringGateway> other,
            Resource<Vcn> otherVcn) {
        List<String> cidrs = otherVcn.model().getCidrBlocks();
        side.update(side.model().toBuilder().peerId(other.id())
                .peeringStatus(LocalPeeringGateway.PeeringStatus.Peered)
                .peeringStatusDetails("Connected to a peer.")
                .peerAdvertisedCidr(cidrs.get(0)).peerAdvertisedCidrDetails(cidrs).build(), side.displayName());
    }
}
