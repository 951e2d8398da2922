package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.ResourceKind.Phase;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The store and common rules for one kind of resource: lookups that answer 404, the 409 for a
 * resource mid-change, the 412 for a stale etag, retry-token replay, the lifecycle timeline, and
 * list filtering, sorting and pagination. Subclasses add the kind's own fields and rules.
 *
 * @param <M> the SDK model type
 */
public abstract class Part<M> {
    protected final World world;
    protected final ResourceKind kind;
    private final Map<String, Resource<M>> items = new LinkedHashMap<>();
    private long sequence;

    protected Part(World world, ResourceKind kind) {
        this.world = world;
        this.kind = kind;
    }

    public ResourceKind kind() {
        return kind;
    }

    /** The model with OCI's name for its lifecycle state set. */
    protected abstract M withState(M model, String state);

    public long now() {
        return world.now();
    }

    public Optional<Resource<M>> find(String id) {
        materialize();
        return Optional.ofNullable(id == null ? null : items.get(id));
    }

    /**
     * Stores whatever a subclass keeps in a compact form until someone looks: called before every
     * lookup and listing of this part (the private IPs VCN-native nodes take in bulk are such).
     */
    protected void materialize() {
    }

    /** The resource, even if TERMINATED (OCI still answers reads for it a while); else 404. */
    public Resource<M> require(String id, String parameter, String where) {
        if (id == null) {
            throw OciErrors.missing(parameter, where);
        }
        materialize();
        Resource<M> resource = items.get(id);
        if (resource == null) {
            throw OciErrors.notFound(kind.label(), id);
        }
        return resource;
    }

    /** The resource if it is not deleted or being deleted; 404 / 409 otherwise. */
    public Resource<M> requireLive(String id, String parameter, String where) {
        Resource<M> resource = require(id, parameter, where);
        if (resource.lifecycle().isGoneAt(now())) {
            throw OciErrors.notFound(kind.label(), id);
        }
        if (resource.lifecycle().isDeletingOrGoneAt(now())) {
            throw OciErrors.busy(resource, stateOf(resource));
        }
        return resource;
    }

    /** A resource that may be changed now: live, not mid-change, and matching {@code ifMatch}. */
    public Resource<M> requireMutable(String id, String parameter, String where, String ifMatch) {
        Resource<M> resource = requireLive(id, parameter, where);
        if (resource.lifecycle().isTransitionalAt(now())) {
            throw OciErrors.busy(resource, stateOf(resource));
        }
        if (ifMatch != null && !ifMatch.equals(resource.etag())) {
            throw OciErrors.noEtagMatch(resource, ifMatch);
        }
        return resource;
    }

    /**
     * A live resource of this kind that lives in {@code vcn}: 404 if it does not exist, 400 if it
     * belongs to another VCN.
     */
    public Resource<M> requireInVcn(String id, Resource<?> vcn, String parameter) {
        if (id == null) {
            // The only use of the "where" text; built here, not on every call (it names the VCN in full).
            throw OciErrors.missing(parameter, "the request for " + vcn);
        }
        Resource<M> resource = requireLive(id, parameter, null);
        if (!vcn.id().equals(resource.parentId())) {
            throw OciErrors.invalid(parameter + " names " + resource + ", which belongs to VCN "
                    + resource.parentId() + ", not to " + vcn + "; use one from the same VCN.");
        }
        return resource;
    }

    public String stateOf(Resource<M> resource) {
        return kind.stateName(resource.lifecycle().phaseAt(now()));
    }

    public Phase phaseOf(Resource<M> resource) {
        return resource.lifecycle().phaseAt(now());
    }

    public boolean isLive(Resource<M> resource) {
        return !resource.lifecycle().isDeletingOrGoneAt(now());
    }

    public M render(Resource<M> resource) {
        return resource.rendered(stateOf(resource), this::withState);
    }

    public Reply reply(Resource<M> resource) {
        M model = render(resource);   // first: a kind may bring its resource up to date as it renders (node pools)
        return replyAt(resource, model, now());
    }

    /**
     * A create's answer: the resource as it is at the instant it was created (OCI answers a create
     * with the new resource, lifecycle state included), not at the latest instant any caller has
     * reached. Under several callers of the virtual clock, the frontier may be past the new
     * resource's ready time although, for the caller that created it, it has only just begun
     * provisioning; the answer must not tell that caller it is ready already.
     */
    protected Reply replyAsCreated(Resource<M> resource) {
        long at = resource.lifecycle().createdAt();
        return replyAt(resource, resource.rendered(kind.stateName(resource.lifecycle().phaseAt(at)), this::withState), at);
    }

    /** {@code model}, the resource as it is at instant {@code at}, with when its state began and when it next changes. */
    private Reply replyAt(Resource<M> resource, M model, long at) {
        Lifecycle lifecycle = resource.lifecycle();
        return Reply.of(model).etag(resource.etag()).about(resource.id(), lifecycle.nextTransitionAfter(at))
                .since(lifecycle.phaseStartAt(at));
    }

    /** Every resource of this kind, TERMINATED included, in creation order. */
    public Stream<Resource<M>> all() {
        materialize();
        return new ArrayList<>(items.values()).stream();
    }

    /** Resources not deleted and not being deleted. */
    public Stream<Resource<M>> live() {
        return all().filter(this::isLive);
    }

    /** Resources that still exist in any form but TERMINATED (being deleted counts). */
    public Stream<Resource<M>> existing() {
        return all().filter(r -> !r.lifecycle().isGoneAt(now()));
    }

    public String newId() {
        return world.ocids().next(kind);
    }

    /** Stores a new resource that becomes ready {@code latency} after {@code start}. */
    protected Resource<M> store(String id, long start, long latency, String compartmentId, String parentId,
            String displayName, M model) {
        Lifecycle lifecycle = new Lifecycle(start, start + latency);
        world.timeline().schedule(start + latency);
        Resource<M> resource = new Resource<>(id, kind, ++sequence, lifecycle, compartmentId, parentId,
                displayName, model);
        items.put(id, resource);
        return resource;
    }

    /**
     * As {@link #store}, with the model built by {@code modelInState} already in the state it shows
     * first (its lifecycle state at its creation, as {@link #replyAsCreated} shows it), so the
     * create's answer needs no copy of it.
     */
    protected Resource<M> storeShown(String id, long start, long latency, String compartmentId, String parentId,
            String displayName, java.util.function.Function<String, M> modelInState) {
        String state = kind.stateName(new Lifecycle(start, start + latency).phaseAt(start));   // as replyAsCreated shows it
        Resource<M> resource = store(id, start, latency, compartmentId, parentId, displayName, modelInState.apply(state));
        resource.seedRendered(state);
        return resource;
    }

    /**
     * As {@link #store}, with the model built on first read ({@link Resource#withModelBuiltOnRead});
     * {@code model} must capture every value it needs now.
     */
    protected Resource<M> storeBuiltOnRead(String id, long start, long latency, String compartmentId,
            String parentId, String displayName, Supplier<M> model) {
        Lifecycle lifecycle = new Lifecycle(start, start + latency);
        world.timeline().schedule(start + latency);
        Resource<M> resource = Resource.withModelBuiltOnRead(id, kind, ++sequence, lifecycle, compartmentId,
                parentId, displayName, model);
        items.put(id, resource);
        return resource;
    }

    /** Starts this kind's typical creation after the named resources are ready. */
    protected long startAfter(Collection<? extends Resource<?>> dependencies) {
        long[] ready = dependencies.stream().mapToLong(r -> r.lifecycle().settledAt()).toArray();
        return world.timeline().startAfter(ready);
    }

    protected long latency() {
        return world.timeline().latencyMillis(kind);
    }

    /** Starts deleting: TERMINATING for this kind's latency, then TERMINATED. */
    public void beginDelete(Resource<M> resource, long latency) {
        long start = world.timeline().startAfter(now());
        resource.lifecycle().deleting(start, start + latency);
        world.timeline().schedule(start + latency);
        resource.touch();
    }

    /** Marks the resource UPDATING for {@code latency} (0 for kinds OCI updates at once). */
    public void beginUpdate(Resource<M> resource, long latency) {
        if (latency > 0) {
            long start = world.timeline().startAfter(now());
            resource.lifecycle().updating(start, start + latency);
            world.timeline().schedule(start + latency);
        }
    }

    /** Creates with opc-retry-token replay: a repeated token answers the first call's resource. */
    protected Reply createOnce(String operation, String retryToken, Object details, Supplier<Resource<M>> create) {
        Optional<String> earlier = world.retryTokens().replay(operation, retryToken, details, now());
        materialize();
        if (earlier.isPresent() && items.containsKey(earlier.get())) {
            return reply(items.get(earlier.get()));
        }
        Resource<M> created = create.get();
        world.retryTokens().remember(operation, retryToken, details, created.id(), now());
        return replyAsCreated(created);
    }

    /** Filters by compartment / parent / name / state, then sorts and pages. */
    protected Listing.Page<M> list(ListQuery query) {
        Predicate<Resource<M>> filter = r -> true;
        if (query.compartmentId() != null) {
            filter = filter.and(r -> query.compartmentId().equals(r.compartmentId()));
        }
        if (query.parentId() != null) {
            filter = filter.and(r -> query.parentId().equals(r.parentId()));
        }
        if (query.displayName() != null) {
            filter = filter.and(r -> query.displayName().equals(r.displayName()));
        }
        if (query.lifecycleState() != null) {
            filter = filter.and(r -> query.lifecycleState().equals(stateOf(r)));
        }
        List<Resource<M>> matches = all().filter(filter).toList();
        return world.listing().page(matches, query.sortBy(), query.sortOrder(), query.limit(), query.page())
                .map(this::render);
    }

    protected static Reply page(Listing.Page<?> page) {
        return Reply.of(page.items()).nextPage(page.nextPage());
    }

    /** Removes a resource that OCI forgets at once (e.g. a released private IP). */
    protected void forget(String id) {
        items.remove(id);
    }

    public void clear() {
        items.clear();
    }
}
