package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.internal.error.OciErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The work requests of one service. */
public final class WorkTracker {
    private final World world;
    private final String ocidType;
    private final Map<String, Work> works = new LinkedHashMap<>();

    public WorkTracker(World world, String ocidType) {
        this.world = world;
        this.ocidType = ocidType;
    }

    /** Records work on a resource that starts at {@code start} and finishes at {@code finish}. */
    public Work start(String operation, String compartmentId, String entityType, String resourceId, String action,
            long start, long finish) {
        // Accepted when this caller asked (its virtual now), which work never starts before.
        long accepted = Math.min(start, world.timeline().startAfter());
        Work work = new Work(world.ocids().next(ocidType), operation, compartmentId, entityType, resourceId, action,
                accepted, start, finish);
        works.put(work.id(), work);
        world.timeline().schedule(start);
        world.timeline().schedule(finish);
        return work;
    }

    public Work require(String id) {
        if (id == null) {
            throw OciErrors.missing("workRequestId", "the request");
        }
        Work work = works.get(id);
        if (work == null) {
            throw OciErrors.notFound("work request", id);
        }
        return work;
    }

    public Optional<Work> latestFor(String resourceId) {
        Work latest = null;
        for (Work work : works.values()) {
            if (work.resourceId().equals(resourceId)) {
                latest = work;
            }
        }
        return Optional.ofNullable(latest);
    }

    public List<Work> all() {
        return new ArrayList<>(works.values());
    }

    public void clear() {
        works.clear();
    }
}
