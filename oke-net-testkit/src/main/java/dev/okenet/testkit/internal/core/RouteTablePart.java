package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.DeleteRouteTableRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.ListRouteTablesRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
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

/** Route tables, including each VCN's default one (deleted only with its VCN). */
final class RouteTablePart extends Part<RouteTable> {
    private final VirtualNetworkBackend net;

    RouteTablePart(World world, VirtualNetworkBackend net) {
        super(world, ResourceKind.ROUTE_TABLE);
        this.net = net;
    }

    @Override
    protected RouteTable withState(RouteTable model, String state) {
        return model.toBuilder().lifecycleState(RouteTable.LifecycleState.create(state)).build();
    }

    void register(OperationTable table) {
        table.on("createRouteTable", CreateRouteTableRequest.class, this::create)
                .on("getRouteTable", GetRouteTableRequest.class,
                        r -> reply(require(r.getRtId(), "rtId", "GetRouteTable")))
                .on("listRouteTables", ListRouteTablesRequest.class, this::list)
                .on("updateRouteTable", UpdateRouteTableRequest.class, this::update)
                .on("deleteRouteTable", DeleteRouteTableRequest.class, this::delete);
    }

    String createDefault(Resource<Vcn> vcn) {
        String id = newId();
        String name = "Default Route Table for " + vcn.displayName();
        RouteTable model = RouteTable.builder().id(id).vcnId(vcn.id()).compartmentId(vcn.compartmentId())
                .displayName(name).routeRules(List.of()).freeformTags(Tags.freeform(null))
                .definedTags(Tags.defined(null)).timeCreated(world.date(vcn.lifecycle().createdAt())).build();
        store(id, vcn.lifecycle().createdAt(), vcn.lifecycle().readyAt() - vcn.lifecycle().createdAt(),
                vcn.compartmentId(), vcn.id(), name, model);
        return id;
    }

    boolean isDefault(Resource<RouteTable> table) {
        return net.vcns().find(table.parentId())
                .map(vcn -> table.id().equals(vcn.model().getDefaultRouteTableId())).orElse(false);
    }

    private Reply create(CreateRouteTableRequest request) {
        CreateRouteTableDetails details = request.getCreateRouteTableDetails();
        if (details == null) {
            throw OciErrors.missing("createRouteTableDetails", "CreateRouteTable");
        }
        return createOnce("createRouteTable", request.getOpcRetryToken(), details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(details.getVcnId(), "vcnId", "CreateRouteTableDetails");
            String compartmentId = Compartments.require(details.getCompartmentId(), "CreateRouteTableDetails");
            // routeRules is a required field of CreateRouteTableDetails (OCI API reference); an empty list is
            // accepted (COVERAGE.md: the operation's "at least one route rule" is not enforced).
            if (details.getRouteRules() == null) {
                throw OciErrors.missing("routeRules", "CreateRouteTableDetails");
            }
            List<Resource<?>> targets = new ArrayList<>();
            List<RouteRule> rules = net.routeRules().validate(vcn, details.getRouteRules(), targets);
            targets.add(vcn);
            String id = newId();
            long start = startAfter(targets);
            String name = details.getDisplayName() != null ? details.getDisplayName()
                    : world.defaultName("routetable", start);
            RouteTable.Builder model = RouteTable.builder().id(id).vcnId(vcn.id()).compartmentId(compartmentId)
                    .displayName(name).routeRules(rules)
                    .freeformTags(Tags.freeform(details.getFreeformTags()))
                    .definedTags(Tags.defined(details.getDefinedTags()))
                    .timeCreated(world.date(start));
            return storeShown(id, start, latency(), compartmentId, vcn.id(), name,
                    state -> model.lifecycleState(RouteTable.LifecycleState.create(state)).build());
        });
    }

    private Reply list(ListRouteTablesRequest request) {
        Compartments.require(request.getCompartmentId(), "ListRouteTables");
        return page(list(ListQuery.of(request.getCompartmentId(), request.getVcnId(), request.getDisplayName(),
                request.getLifecycleState(), request.getSortBy(), request.getSortOrder(), request.getLimit(),
                request.getPage())));
    }

    private Reply update(UpdateRouteTableRequest request) {
        Resource<RouteTable> table = requireMutable(request.getRtId(), "rtId", "UpdateRouteTable", request.getIfMatch());
        UpdateRouteTableDetails details = request.getUpdateRouteTableDetails();
        if (details == null) {
            throw OciErrors.missing("updateRouteTableDetails", "UpdateRouteTable");
        }
        RouteTable current = table.model();
        RouteTable.Builder next = current.toBuilder();
        if (details.getRouteRules() != null) {
            Resource<Vcn> vcn = net.vcns().require(table.parentId(), "vcnId", "UpdateRouteTable");
            List<RouteRule> rules = net.routeRules().validate(vcn, details.getRouteRules(), new ArrayList<>());
            RouteTable candidate = current.toBuilder().routeRules(rules).build();
            net.subnets().live().filter(s -> table.id().equals(s.model().getRouteTableId()))
                    .filter(s -> SubnetPart.isPublic(s.model()))
                    .findFirst()
                    .ifPresent(s -> requirePublicSafe(candidate, table.toString(), "the public " + s));
            next.routeRules(rules);
        }
        String name = Objects.requireNonNullElse(details.getDisplayName(), current.getDisplayName());
        next.displayName(name)
                .freeformTags(Tags.replaceIfGiven(Tags.freeformOrNull(details.getFreeformTags()), current.getFreeformTags()))
                .definedTags(Tags.replaceIfGiven(Tags.definedOrNull(details.getDefinedTags()), current.getDefinedTags()));
        table.update(next.build(), name);
        return reply(table);
    }

    private Reply delete(DeleteRouteTableRequest request) {
        Resource<RouteTable> table = requireMutable(request.getRtId(), "rtId", "DeleteRouteTable", request.getIfMatch());
        if (isDefault(table)) {
            throw OciErrors.invalid("The " + table + " is the default route table of its VCN and is deleted only"
                    + " with the VCN; remove its rules instead.");
        }
        net.references().requireRouteTableUnused(table);
        beginDelete(table, latency());
        return Reply.noContent().about(table.id(), -1);
    }

    /**
     * A public subnet's route table must not mix a rule to an internet gateway with a rule to a
     * service gateway (OCI-FACTS.md, Routing).
     */
    void requirePublicSafe(Resource<RouteTable> table, String usedBy) {
        requirePublicSafe(table.model(), table.toString(), usedBy);
    }

    private void requirePublicSafe(RouteTable table, String label, String usedBy) {
        List<RouteRule> rules = table.getRouteRules() == null ? List.of() : table.getRouteRules();
        boolean internet = rules.stream().anyMatch(r -> isType(r, ResourceKind.INTERNET_GATEWAY));
        boolean service = rules.stream().anyMatch(r -> isType(r, ResourceKind.SERVICE_GATEWAY));
        if (internet && service) {
            throw OciErrors.invalid("The " + label + " routes to both an internet gateway and a service gateway,"
                    + " which is not allowed for " + usedBy + "; give the public subnet a route table without"
                    + " the service gateway rule.");
        }
    }

    private static boolean isType(RouteRule rule, ResourceKind kind) {
        return rule.getNetworkEntityId() != null
                && rule.getNetworkEntityId().startsWith("ocid1." + kind.ocidType() + ".");
    }
}
