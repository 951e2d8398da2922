package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind.Phase;

/**
 * When one resource became (or becomes) ready, busy and gone, in virtual milliseconds. Its phase
 * is a function of the time asked about, so nothing has to "tick" for states to advance.
 */
public final class Lifecycle {
    private static final long NEVER = Long.MAX_VALUE;

    private final long createdAt;
    private long readyAt;
    private long busyFrom = -1;
    private long busyUntil = -1;
    private long deletingAt = NEVER;
    private long deletedAt = NEVER;
    private long failedAt = NEVER;

    public Lifecycle(long createdAt, long readyAt) {
        this.createdAt = createdAt;
        this.readyAt = readyAt;
    }

    public long createdAt() {
        return createdAt;
    }

    public long readyAt() {
        return readyAt;
    }

    /** When the resource is next free to be used by new work: ready and not updating. */
    public long settledAt() {
        return Math.max(readyAt, busyUntil);
    }

    public Phase phaseAt(long now) {
        if (now >= deletedAt) {
            return Phase.DELETED;
        }
        if (now >= deletingAt) {
            return Phase.DELETING;
        }
        if (now >= failedAt) {
            return Phase.FAILED;
        }
        if (now < readyAt) {
            return Phase.CREATING;
        }
        if (now < busyUntil) {
            return Phase.UPDATING;
        }
        return Phase.READY;
    }

    /**
     * When the phase the resource is in at {@code now} began, never after {@code now}: a caller
     * that observed that phase has lived at least until then.
     */
    public long phaseStartAt(long now) {
        long start = switch (phaseAt(now)) {
            case DELETED -> deletedAt;
            case DELETING -> deletingAt;
            case FAILED -> failedAt;
            case CREATING -> createdAt;
            case UPDATING -> busyFrom;
            case READY -> Math.max(readyAt, busyUntil);
        };
        return Math.min(start, now);
    }

    /** True while the resource is changing: a second mutation must get 409 IncorrectState. */
    public boolean isTransitionalAt(long now) {
        Phase phase = phaseAt(now);
        return phase == Phase.CREATING || phase == Phase.UPDATING || phase == Phase.DELETING;
    }

    public boolean isGoneAt(long now) {
        return phaseAt(now) == Phase.DELETED;
    }

    public boolean isDeletingOrGoneAt(long now) {
        return now >= deletingAt;
    }

    /** The next moment after {@code now} this resource changes phase, or -1 if it is steady. */
    public long nextTransitionAfter(long now) {
        long next = earliestAfter(now, NEVER, readyAt);
        next = earliestAfter(now, next, busyUntil);
        next = earliestAfter(now, next, deletingAt);
        next = earliestAfter(now, next, deletedAt);
        next = earliestAfter(now, next, failedAt);
        return next == NEVER ? -1 : next;
    }

    private static long earliestAfter(long now, long best, long candidate) {
        return candidate > now && candidate < best ? candidate : best;
    }

    public void updating(long from, long until) {
        busyFrom = from;
        busyUntil = Math.max(until, from);
    }

    public void deleting(long from, long until) {
        deletingAt = from;
        deletedAt = Math.max(until, from);
    }

    public void failing(long at) {
        failedAt = at;
    }

    /** Used when provisioning of a resource is stretched, e.g. by an added-latency fault. */
    public void delayReady(long by) {
        readyAt += by;
    }
}
