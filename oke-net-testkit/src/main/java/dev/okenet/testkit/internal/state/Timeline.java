package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time behind {@link VirtualClock}: milliseconds since an epoch, never real time.
 *
 * <p>Two marks make parallel waiting come out right. The <em>floor</em> moves only when a test
 * advances the clock; new work starts at the floor or when the resources it names are ready,
 * whichever is later. The <em>frontier</em> is where waiters have pushed time to. "Now", as reads
 * see it, is the later of the two. So a waiter that jumps ahead to its slow resource does not delay
 * work that another thread starts on a fast one: a parallel apply's virtual makespan is its
 * critical path.
 *
 * <p>All state is atomic or concurrent, never locked, so backends may read the time while holding
 * their own lock and waiters may advance it without one.
 */
public final class Timeline {
    private final Instant epoch;
    private final VirtualClock.Mode mode;
    private final AtomicLong floor = new AtomicLong();
    private final AtomicLong frontier = new AtomicLong();
    private final Map<ResourceKind, Duration> latencies = new EnumMap<>(ResourceKind.class);
    private volatile Duration nodeLatency = Duration.ofSeconds(170);
    private final ConcurrentSkipListSet<Long> scheduled = new ConcurrentSkipListSet<>();
    private final ThreadLocal<Long> pendingForThisThread = new ThreadLocal<>();

    public Timeline(Instant epoch, VirtualClock.Mode mode) {
        this.epoch = epoch;
        this.mode = mode;
        for (ResourceKind kind : ResourceKind.values()) {
            latencies.put(kind, kind.typicalLatency());
        }
    }

    public Instant epoch() {
        return epoch;
    }

    public VirtualClock.Mode mode() {
        return mode;
    }

    /** Virtual milliseconds since the epoch, as reads see it. */
    public long now() {
        return Math.max(floor.get(), frontier.get());
    }

    public Instant instantAt(long millis) {
        return epoch.plusMillis(millis);
    }

    /**
     * When work that depends on resources ready at {@code readyTimes} starts: at the floor, or
     * when the last of them is ready.
     */
    public long startAfter(long... readyTimes) {
        long start = floor.get();
        for (long ready : readyTimes) {
            start = Math.max(start, ready);
        }
        return start;
    }

    /** How long a kind takes to provision on this clock: zero in instant mode. */
    public long latencyMillis(ResourceKind kind) {
        if (mode == VirtualClock.Mode.INSTANT) {
            return 0;
        }
        synchronized (latencies) {
            return latencies.get(kind).toMillis();
        }
    }

    public Duration configuredLatency(ResourceKind kind) {
        synchronized (latencies) {
            return latencies.get(kind);
        }
    }

    public void setLatency(ResourceKind kind, Duration latency) {
        synchronized (latencies) {
            latencies.put(kind, latency);
        }
    }

    public long nodeLatencyMillis() {
        return mode == VirtualClock.Mode.INSTANT ? 0 : nodeLatency.toMillis();
    }

    public Duration configuredNodeLatency() {
        return nodeLatency;
    }

    public void setNodeLatency(Duration latency) {
        nodeLatency = latency;
    }

    /** Remembers that something will change at {@code millis}, so waiters can jump to it. */
    public void schedule(long millis) {
        scheduled.add(millis);
    }

    /** Moves time forward by {@code millis} for everyone: the test let that much time pass. */
    public void advanceBy(long millis) {
        long target = now() + millis;
        floor.accumulateAndGet(target, Math::max);
        frontier.accumulateAndGet(target, Math::max);
    }

    /** Moves the frontier to {@code millis} if it is later; time never goes backwards. */
    public void advanceFrontierTo(long millis) {
        frontier.accumulateAndGet(millis, Math::max);
    }

    /** The first scheduled change strictly after now, or -1. */
    public long nextEventAfterNow() {
        Long next = scheduled.higher(now());
        return next == null ? -1 : next;
    }

    /**
     * Called after a read that saw a resource mid-transition: remembers, for this thread's waiter,
     * when the resource changes next; in auto-advance mode moves time there at once.
     */
    public void noteReadOfTransition(long nextTransition) {
        if (nextTransition <= now()) {
            pendingForThisThread.remove();
            return;
        }
        pendingForThisThread.set(nextTransition);
        if (mode == VirtualClock.Mode.AUTO_ADVANCE) {
            advanceFrontierTo(nextTransition);
        }
    }

    /** Forgets this thread's pending transition (the last read saw a steady resource). */
    public void noteReadOfSteadyState() {
        pendingForThisThread.remove();
    }

    /**
     * One waiter step: move time to when the resource this thread last read changes, else to the
     * next scheduled change anywhere, else by {@code fallbackMillis}.
     */
    public void waitStep(long fallbackMillis) {
        Long pending = pendingForThisThread.get();
        pendingForThisThread.remove();
        if (pending != null && pending > now()) {
            advanceFrontierTo(pending);
            return;
        }
        long next = nextEventAfterNow();
        advanceFrontierTo(next > 0 ? next : now() + fallbackMillis);
    }
}
