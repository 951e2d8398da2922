package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One stored resource: the SDK model as last written (its lifecycle state is filled in when read),
 * plus what the fake needs beside it: timeline, etag version and the keys lists filter by.
 *
 * @param <M> the SDK model type, e.g. {@code com.oracle.bmc.core.model.Vcn}
 */
public final class Resource<M> {
    private final String id;
    private final ResourceKind kind;
    private final Lifecycle lifecycle;
    private final long sequence;
    private String compartmentId;
    private String parentId;
    private String displayName;
    private M model;
    /** Builds {@link #model} on first read; null once built or when the model was given. */
    private Supplier<M> pendingModel;
    private int version = 1;
    /** {@link #etag()} as last made, for {@link #etagVersion}: every read answers the etag. */
    private String etag;
    private int etagVersion;
    /** The last model {@link #rendered} made: reads in the same state of the same model share it. */
    private volatile Rendered<M> rendered;

    private record Rendered<M>(M from, String state, M model) {}

    public Resource(
            String id, ResourceKind kind, long sequence, Lifecycle lifecycle,
            String compartmentId, String parentId, String displayName, M model) {
        this.id = Objects.requireNonNull(id);
        this.kind = kind;
        this.sequence = sequence;
        this.lifecycle = lifecycle;
        this.compartmentId = compartmentId;
        this.parentId = parentId;
        this.displayName = displayName;
        this.model = model;
    }

    public String id() {
        return id;
    }

    public ResourceKind kind() {
        return kind;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Creation order, the tie-breaker when two resources share a timeCreated. */
    public long sequence() {
        return sequence;
    }

    public String compartmentId() {
        return compartmentId;
    }

    /** The VCN (or DRG, cluster, NLB) this resource lives in, if any. */
    public String parentId() {
        return parentId;
    }

    public String displayName() {
        return displayName;
    }

    public M model() {
        if (pendingModel != null) {
            model = pendingModel.get();
            pendingModel = null;
        }
        return model;
    }

    /**
     * A resource whose model is built when first read. For resources made in bulk and rarely read,
     * such as the dozens of private IPs each VCN-native node takes: building an SDK model costs
     * more than all the rest of storing it. {@code model} must capture every value it needs now.
     */
    public static <M> Resource<M> withModelBuiltOnRead(
            String id, ResourceKind kind, long sequence, Lifecycle lifecycle,
            String compartmentId, String parentId, String displayName, Supplier<M> model) {
        Resource<M> resource = new Resource<>(id, kind, sequence, lifecycle, compartmentId, parentId, displayName,
                null);
        resource.pendingModel = Objects.requireNonNull(model);
        return resource;
    }

    /**
     * The model as shown in {@code state}, made by {@code render} once per model and state: a
     * resource is read far more often than it changes (every waiter poll, every list), and each
     * render copies the SDK model. Renders are pure functions of the model and the state name.
     */
    public M rendered(String state, java.util.function.BiFunction<M, String, M> render) {
        M current = model();
        Rendered<M> last = rendered;
        if (last != null && last.from() == current && last.state().equals(state)) {
            return last.model();
        }
        M made = render.apply(current, state);
        rendered = new Rendered<>(current, state, made);
        return made;
    }

    /** Records that the stored model already is how it shows in {@code state}, so the first read need not copy it. */
    public void seedRendered(String state) {
        M current = model();
        rendered = new Rendered<>(current, state, current);
    }

    /** Replaces the stored model after a mutation and changes the etag. */
    public void update(M newModel, String newDisplayName) {
        this.model = newModel;
        this.pendingModel = null;
        this.displayName = newDisplayName;
        this.version++;
    }

    public void moveTo(String newCompartmentId) {
        this.compartmentId = newCompartmentId;
        this.version++;
    }

    /** Changes the etag without changing the model (e.g. NSG rules, which live outside it). */
    public void touch() {
        this.version++;
    }

    public String etag() {
        String cached = etag;
        if (cached == null || etagVersion != version) {
            cached = Integer.toHexString(id.hashCode()) + "-" + version;
            etag = cached;
            etagVersion = version;
        }
        return cached;
    }

    @Override
    public String toString() {
        return kind.label() + " " + id + (displayName == null ? "" : " (" + displayName + ")");
    }
}
