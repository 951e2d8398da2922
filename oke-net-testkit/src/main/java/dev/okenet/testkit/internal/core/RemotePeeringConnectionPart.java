package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.RemotePeeringConnection;
import com.oracle.bmc.core.model.UpdateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.requests.CreateRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.DeleteRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.GetRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.ListRemotePeeringConnectionsRequest;
import com.oracle.bmc.core.requests.UpdateRemotePeeringConnectionRequest;
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

/** Remote peering connections on a DRG (status NEW; cross-region connecting is not modelled). */
final class RemotePeeringConnectionPart extends Part<RemotePeeringConnection> {
    private final VirtualNetworkBackend net;

    RemotePeeringConnectionPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.REMOTE_PEERING_CONNECTION);
        this.net = net;
    }

    @Override
    protected RemotePeeringConnection withState(RemotePeeringConnection model, String state) {
        return model.toBuilder().lifecycleState(RemotePeeringConnection.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createRemotePeeringConnection", CreateRemotePeeringConnectionRequest.class, this::create)
                .on("getRemotePeeringConnection", GetRemotePeeringConnectionRequest.class,
                        r -> reply(require(r.getRemotePeeringConnectionId(), "remotePeeringConnectionId",
                                "GetRemotePeeringConnection")))
                .on("listRemotePeeringConnections", ListRemotePeeringConnectionsRequest.class, this::list)
                .on("updateRemotePeeringConnection", UpdateRemotePeeringConnectionRequest.class, this::update)
                .on("deleteRemotePeeringConnection", DeleteRemotePeeringConnectionRequest.class, this::delete);
    }

    private Reply create(CreateRemotePeeringConnectionRequest request) {
        CreateRemotePeeringConnectionDetails details = request.getCreateRemotePeeringConnectionDetails();
        if (details == null) {
            throw OciErrors.missing("createRemotePeeringConnectionDetails", "CreateRemotePeeringConnection");
        }
        return createOnce("createRemotePeeringConnection", request.getOpcRetryToken(), details, () -> {
            Resource<Drg> drg = net.drgs().requireLive(details.getDrgId(), "drgId", "CreateRemotePeeringConnectionDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(),
                    "CreateRemotePeeringConnectionDetails");
            String id = newId();
            long start = startAfter(List.of(drg));
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("remotepeeringconnection", start);
            RemotePeeringConnection model = RemotePeeringConnection.builder().id(id).drgId(drg.id())
                    .compartmentId(compartmentId).displayName(name).isCrossTenancyPeering(false)
                    .peeringStatus(RemotePeeringConnection.PeeringStatus.New)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start)).build();
            return store(id, start, latency(), compartmentId, drg.id(), name, model);
        });
    }

    private Reply list(ListRemotePeeringConnectionsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListRemotePeeringConnections");
        return page(list(new ListQuery(request.getCompartmentId(), request.getDrgId(), null, null, null, null,
                request.getLimit(), request.getPage())));
    }

    private Reply update(UpdateRemotePeeringConnectionRequest request) {
        Resource<RemotePeeringConnection> connection = requireMutable(request.getRemotePeeringConnectionId(),
                "remotePeeringConnectionId", "UpdateRemotePeeringConnection", request.getIfMatch());
        UpdateRemotePeeringConnectionDetails details = request.getUpdateRemotePeeringConnectionDetails();
        if (details == null) {
            throw OciErrors.missing("updateRemotePeeringConnectionDetails", "UpdateRemotePeeringConnection");
        }
        RemotePeeringConnection current = connection.model();
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        connection.update(current.toBuilder().displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(connection);
    }

    private Reply delete(DeleteRemotePeeringConnectionRequest request) {
        Resource<RemotePeeringConnection> connection = requireMutable(request.getRemotePeeringConnectionId(),
                "remotePeeringConnectionId", "DeleteRemotePeeringConnection", request.getIfMatch());
        beginDelete(connection, latency());
        return Reply.noContent().about(connection.id(), -1);
    }
}
