package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import java.util.Objects;

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
    private int version = 1;

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
        return model;
    }

    /** Replaces the stored model after a mutation and changes the etag. */
    public void update(M newModel, String newDisplayName) {
        this.model = newModel;
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
        return Integer.toHexString(id.hashCode()) + "-" + version;
    }

    @Override
    public String toString() {
        return kind.label() + " " + id + (displayName == null ? "" : " (" + displayName + ")");
    }
}
