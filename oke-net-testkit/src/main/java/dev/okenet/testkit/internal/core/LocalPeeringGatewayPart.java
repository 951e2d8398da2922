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
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.List;

/**
 * Local peering gateways (NEW until connected, then PEERED; REVOKED when the peer goes). Two LPGs
 * connect only across different VCNs whose CIDR blocks do not overlap.
 */
final class LocalPeeringGatewayPart extends VcnGatewayPart<LocalPeeringGateway> {
    LocalPeeringGatewayPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.LOCAL_PEERING_GATEWAY, net, "LocalPeeringGateway", "localPeeringGatewayId");
    }

    @Override
    protected LocalPeeringGateway withState(LocalPeeringGateway model, String state) {
        return model.toBuilder().lifecycleState(LocalPeeringGateway.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createLocalPeeringGateway", CreateLocalPeeringGatewayRequest.class, this::create)
                .on("getLocalPeeringGateway", GetLocalPeeringGatewayRequest.class,
                        r -> getGateway(r.getLocalPeeringGatewayId()))
                .on("listLocalPeeringGateways", ListLocalPeeringGatewaysRequest.class,
                        r -> listGateways(new ListQuery(r.getCompartmentId(), r.getVcnId(), null, null, null, null,
                                r.getLimit(), r.getPage())))
                .on("updateLocalPeeringGateway", UpdateLocalPeeringGatewayRequest.class, this::update)
                .on("deleteLocalPeeringGateway", DeleteLocalPeeringGatewayRequest.class,
                        r -> deleteGateway(r.getLocalPeeringGatewayId(), r.getIfMatch(), this::revokePeer))
                .on("connectLocalPeeringGateways", ConnectLocalPeeringGatewaysRequest.class, this::connect);
    }

    private Reply create(CreateLocalPeeringGatewayRequest request) {
        return createGateway(request.getOpcRetryToken(), request.getCreateLocalPeeringGatewayDetails(),
                (CreateLocalPeeringGatewayDetails d) -> Given.of(d.getVcnId(), d.getCompartmentId(),
                        d.getRouteTableId(), d.getDisplayName(), d.getFreeformTags(), d.getDefinedTags()),
                (vcn, details) -> at -> LocalPeeringGateway.builder().id(at.id()).vcnId(at.vcnId())
                        .compartmentId(at.compartmentId()).displayName(at.displayName())
                        .routeTableId(at.routeTableId()).isCrossTenancyPeering(false)
                        .peeringStatus(LocalPeeringGateway.PeeringStatus.New)
                        .securityAttributes(details.getSecurityAttributes()).freeformTags(at.freeformTags())
                        .definedTags(at.definedTags()).timeCreated(at.timeCreated()).build());
    }

    private Reply update(UpdateLocalPeeringGatewayRequest request) {
        return updateGateway(request.getLocalPeeringGatewayId(), request.getIfMatch(),
                request.getUpdateLocalPeeringGatewayDetails(),
                (UpdateLocalPeeringGatewayDetails d) -> Given.change(d.getRouteTableId(), d.getDisplayName(),
                        d.getFreeformTags(), d.getDefinedTags()),
                (gateway, details) -> change -> {
                    LocalPeeringGateway current = gateway.model();
                    return current.toBuilder().displayName(change.displayName())
                            .routeTableId(change.routeTableIdOr(current.getRouteTableId()))
                            .securityAttributes(Tags.replaceIfGiven(details.getSecurityAttributes(),
                                    current.getSecurityAttributes()))
                            .freeformTags(change.freeformTagsOr(current.getFreeformTags()))
                            .definedTags(change.definedTagsOr(current.getDefinedTags())).build();
                });
    }

    /** A deleted LPG's peer is REVOKED: it stays, but no longer peers with anything. */
    private void revokePeer(Resource<LocalPeeringGateway> gateway) {
        find(gateway.model().getPeerId()).ifPresent(peer -> peer.update(peer.model().toBuilder()
                .peeringStatus(LocalPeeringGateway.PeeringStatus.Revoked).build(), peer.displayName()));
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

    /**
     * {@code LocalPeeringGateway.peerAdvertisedCidr} javadoc: "The smallest aggregate CIDR that
     * contains all the CIDR routes advertised by the VCN at the other end", the blocks themselves
     * in {@code peerAdvertisedCidrDetails}.
     */
    private void peerWith(Resource<LocalPeeringGateway> side, Resource<LocalPeeringGateway> other,
            Resource<Vcn> otherVcn) {
        List<String> cidrs = otherVcn.model().getCidrBlocks();
        side.update(side.model().toBuilder().peerId(other.id())
                .peeringStatus(LocalPeeringGateway.PeeringStatus.Peered)
                .peeringStatusDetails("Connected to a peer.")
                .peerAdvertisedCidr(Ipv4Cidr.smallestCovering(net.vcns().cidrs(otherVcn)).toString())
                .peerAdvertisedCidrDetails(cidrs).build(), side.displayName());
    }
}
