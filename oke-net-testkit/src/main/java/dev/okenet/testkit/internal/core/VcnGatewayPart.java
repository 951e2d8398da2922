package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.ListQuery;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Tags;
import dev.okenet.testkit.internal.state.World;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a VCN's gateways (internet, NAT, service, local peering) share: each lives in one VCN,
 * may name a route table of that VCN, has a display name and tags, and is created with retry-token
 * replay, read, listed, updated under an etag and deleted only while no route rule targets it.
 * The steps run in OCI's order and name their operation the way OCI does ({@code
 * CreateNatGatewayDetails}, {@code natGatewayId}); each subclass adds its own fields and rules
 * through {@link Rules}.
 *
 * <pre>{@code
 * return createGateway(request.getOpcRetryToken(), request.getCreateNatGatewayDetails(),
 *         d -> Given.of(d.getVcnId(), d.getCompartmentId(), d.getRouteTableId(), d.getDisplayName(),
 *                 d.getFreeformTags(), d.getDefinedTags()),
 *         (vcn, details) -> at -> NatGateway.builder().id(at.id())...build());
 * }</pre>
 *
 * @param <M> the SDK model type
 */
abstract class VcnGatewayPart<M> extends Part<M> {
    protected final VirtualNetworkBackend net;
    /** OCI's name for the kind in operation and type names, e.g. {@code InternetGateway}. */
    private final String api;
    /** The request parameter that names one, e.g. {@code igId}. */
    private final String idParameter;

    VcnGatewayPart(World world, ResourceKind kind, VirtualNetworkBackend net, String api, String idParameter) {
        super(world, kind);
        this.net = net;
        this.api = api;
        this.idParameter = idParameter;
    }

    /**
     * The kind's own rules for a create or update, run on {@code subject} (the VCN of a create, the
     * gateway an update changes) after the shared checks on it and before the route table's; they
     * return how to make the new model from the {@code F} fields every gateway shares.
     */
    @FunctionalInterface
    interface Rules<T, D, F, M> {
        Function<F, M> check(T subject, D details);
    }

    /** The fields every gateway's create or update details carry, as given (null where not). */
    record Given(String vcnId, String compartmentId, String routeTableId, String displayName,
            Map<String, String> freeformTags, Map<String, Map<String, Object>> definedTags) {
        static Given of(String vcnId, String compartmentId, String routeTableId, String displayName,
                Map<String, String> freeformTags, Map<String, Map<String, Object>> definedTags) {
            return new Given(vcnId, compartmentId, routeTableId, displayName, freeformTags, definedTags);
        }

        static Given change(String routeTableId, String displayName, Map<String, String> freeformTags,
                Map<String, Map<String, Object>> definedTags) {
            return new Given(null, null, routeTableId, displayName, freeformTags, definedTags);
        }
    }

    /** A new gateway's shared fields, checked and filled in (default name, empty tags, creation time). */
    record Placed(String id, String vcnId, String compartmentId, String displayName, String routeTableId,
            Map<String, String> freeformTags, Map<String, Map<String, Object>> definedTags, Date timeCreated) {}

    /** An update's shared fields: the new display name, and the rest to keep where not given. */
    record Changed(String displayName, Given given) {
        String routeTableIdOr(String current) {
            return Tags.replaceIfGiven(given.routeTableId(), current);
        }

        Map<String, String> freeformTagsOr(Map<String, String> current) {
            return Tags.replaceIfGiven(Tags.freeformOrNull(given.freeformTags()), current);
        }

        Map<String, Map<String, Object>> definedTagsOr(Map<String, Map<String, Object>> current) {
            return Tags.replaceIfGiven(Tags.definedOrNull(given.definedTags()), current);
        }
    }

    /** {@code Get<Api>}: the gateway, even if TERMINATED; 404 if unknown. */
    protected Reply getGateway(String id) {
        return reply(require(id, idParameter, "Get" + api));
    }

    /** {@code List<Api>s}: needs a compartment; filtered, sorted and paged as {@code query} says. */
    protected Reply listGateways(ListQuery query) {
        Compartments.require(query.compartmentId(), "List" + api + "s");
        return page(list(query));
    }

    /**
     * {@code Create<Api>}: the details are required; a repeated retry token answers the first
     * gateway; the VCN must be live, the compartment given, and a named route table in the VCN.
     * The gateway starts once its caller, the VCN and the route table are ready.
     */
    protected <D> Reply createGateway(String retryToken, D details, Function<D, Given> given,
            Rules<Resource<Vcn>, D, Placed, M> rules) {
        if (details == null) {
            throw OciErrors.missing("create" + api + "Details", "Create" + api);
        }
        Given wanted = given.apply(details);
        String where = "Create" + api + "Details";
        return createOnce("create" + api, retryToken, details, () -> {
            Resource<Vcn> vcn = net.vcns().requireLive(wanted.vcnId(), "vcnId", where);
            String compartmentId = Compartments.require(wanted.compartmentId(), where);
            Function<Placed, M> model = rules.check(vcn, details);
            List<Resource<?>> dependencies = new ArrayList<>(List.of(vcn));
            if (wanted.routeTableId() != null) {
                dependencies.add(net.routeTables().requireInVcn(wanted.routeTableId(), vcn, "routeTableId"));
            }
            String id = newId();
            long start = startAfter(dependencies);
            String name = wanted.displayName() != null ? wanted.displayName()
                    : world.defaultName(api.toLowerCase(Locale.ROOT), start);
            M created = model.apply(new Placed(id, vcn.id(), compartmentId, name, wanted.routeTableId(),
                    Tags.freeform(wanted.freeformTags()), Tags.defined(wanted.definedTags()), world.date(start)));
            return store(id, start, latency(), compartmentId, vcn.id(), name, created);
        });
    }

    /**
     * A VCN has at most one gateway of this kind (internet, service): 400 LimitExceeded naming the
     * one it has, even while that one is being deleted.
     */
    protected void requireNoneYetIn(Resource<Vcn> vcn, String label) {
        existing().filter(g -> vcn.id().equals(g.parentId())).findFirst().ifPresent(g -> {
            throw OciErrors.limitExceeded("The " + vcn + " already has " + label + " " + g.id()
                    + "; a VCN can have only one " + label + ". Reuse it.");
        });
    }

    /**
     * {@code Update<Api>}: the gateway must be live, settled and match {@code ifMatch}; the details
     * are required; a named route table must be in the gateway's VCN. What is not given is kept.
     */
    protected <D> Reply updateGateway(String id, String ifMatch, D details, Function<D, Given> given,
            Rules<Resource<M>, D, Changed, M> rules) {
        Resource<M> gateway = requireMutable(id, idParameter, "Update" + api, ifMatch);
        if (details == null) {
            throw OciErrors.missing("update" + api + "Details", "Update" + api);
        }
        Given wanted = given.apply(details);
        Function<Changed, M> model = rules.check(gateway, details);
        if (wanted.routeTableId() != null) {
            net.routeTables().requireInVcn(wanted.routeTableId(),
                    net.vcns().require(gateway.parentId(), "vcnId", "Update" + api), "routeTableId");
        }
        String name = Objects.requireNonNullElse(wanted.displayName(), gateway.displayName());
        gateway.update(model.apply(new Changed(name, wanted)), name);
        return reply(gateway);
    }

    /**
     * {@code Delete<Api>}: the gateway must be live, settled and match {@code ifMatch}, and no route
     * rule may target it; {@code beforeDelete} then does the kind's own part (an LPG revokes its peer).
     */
    protected Reply deleteGateway(String id, String ifMatch, Consumer<Resource<M>> beforeDelete) {
        Resource<M> gateway = requireMutable(id, idParameter, "Delete" + api, ifMatch);
        net.references().requireNotRouteTarget(gateway);
        beforeDelete.accept(gateway);
        beginDelete(gateway, latency());
        return Reply.noContent().about(gateway.id(), -1);
    }
}
