package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.DeleteNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
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

/** Network security groups (at most 1,000 per VCN); their rules live in {@link NsgRulesPart}. */
final class NetworkSecurityGroupPart extends Part<NetworkSecurityGroup> {
    static final int MAX_PER_VCN = 1000;

    private final VirtualNetworkBackend net;

    NetworkSecurityGroupPart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.NETWORK_SECURITY_GROUP);
        this.net = net;
    }

    @Override
    protected NetworkSecurityGroup withState(NetworkSecurityGroup model, String state) {
        return model.toBuilder().lifecycleState(NetworkSecurityGroup.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createNetworkSecurityGroup", CreateNetworkSecurityGroupRequest.class, this::create)
                .on("getNetworkSecurityGroup", GetNetworkSecurityGroupRequest.class,
                        r -> reply(require(r.getNetworkSecurityGroupId(), "networkSecurityGroupId",
                                "GetNetworkSecurityGroup")))
                .on("listNetworkSecurityGroups", ListNetworkSecurityGroupsRequest.class, this::list)
                .on("updateNetworkSecurityGroup", UpdateNetworkSecurityGroupRequest.class, this::update)
                .on("deleteNetworkSecurityGroup", DeleteNetworkSecurityGroupRequest.class, this::delete);
    }

    private Reply create(CreateNetworkSecurityGroupRequest request) {
        CreateNetworkSecurityGroupDetails details = request.getCreateNetworkSecurityGroupDetails();
        if (details == null) {
            throw OciErrors.missing("createNetworkSecurityGroupDetails", "CreateNetworkSecurityGroup");
        }
        return createOnce("createNetworkSecurityGroup", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId",
                    "CreateNetworkSecurityGroupDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(),
                    "CreateNetworkSecurityGroupDetails");
            long inVcn = existing().filter(g -> vcn.id().equals(g.parentId())).count();
            if (inVcn >= MAX_PER_VCN) {
                throw OciErrors.limitExceeded("The " + vcn + " already has " + inVcn
                        + " network security groups, the most a VCN may have (" + MAX_PER_VCN + ").");
            }
            String id = newId();
            long start = startAfter(List.of(vcn));
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("networksecuritygroup", start);
            NetworkSecurityGroup.Builder model = NetworkSecurityGroup.builder().id(id).vcnId(vcn.id())
                    .compartmentId(compartmentId).displayName(name)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start));
            return storeShown(id, start, latency(), compartmentId, vcn.id(), name,
                    state -> model.lifecycleState(NetworkSecurityGroup.LifecycleState.create(state)).build());
        });
    }

    /**
     * {@code VirtualNetwork.listNetworkSecurityGroups}: "You must specify either a vlanId or a
     * compartmentId, but not both. If you specify a vlanId, all other parameters are ignored."
     * FakeOci has no VLANs, so a vlanId lists nothing.
     */
    private Reply list(ListNetworkSecurityGroupsRequest request) {
        if (request.getCompartmentId() != null && request.getVlanId() != null) {
            throw OciErrors.invalid("ListNetworkSecurityGroups takes either compartmentId or vlanId, not both; drop"
                    + " one of them.");
        }
        if (request.getVlanId() != null) {
            return Reply.of(List.of());
        }
        if (request.getCompartmentId() == null) {
            throw OciErrors.missing("compartmentId (or vlanId)", "ListNetworkSecurityGroups");
        }
        Compartments.require(request.getCompartmentId(), "ListNetworkSecurityGroups");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateNetworkSecurityGroupRequest request) {
        Resource<NetworkSecurityGroup> group = requireMutable(request.getNetworkSecurityGroupId(),
                "networkSecurityGroupId", "UpdateNetworkSecurityGroup", request.getIfMatch());
        UpdateNetworkSecurityGroupDetails details = request.getUpdateNetworkSecurityGroupDetails();
        if (details == null) {
            throw OciErrors.missing("updateNetworkSecurityGroupDetails", "UpdateNetworkSecurityGroup");
        }
        NetworkSecurityGroup current = group.model();
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        group.update(current.toBuilder().displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()))
                .build(), name);
        return reply(group);
    }

    private Reply delete(DeleteNetworkSecurityGroupRequest request) {
        Resource<NetworkSecurityGroup> group = requireMutable(request.getNetworkSecurityGroupId(),
                "networkSecurityGroupId", "DeleteNetworkSecurityGroup", request.getIfMatch());
        net.references().requireNsgUnused(group);
        beginDelete(group, latency());
        net.nsgRules().forget(group.id());
        return Reply.noContent().about(group.id(), -1);
    }
}
