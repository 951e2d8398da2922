package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time behind {@link VirtualClock}: milliseconds since an epoch, never real time.
 *
 * <p>Three marks make sequential and parallel callers both come out right. The <em>floor</em>
 * moves only when a test advances the clock, for everyone. Each <em>caller</em> (a thread, unless
 * {@link #asCaller} names another) has its own now: where its last wait ended, or the moment the
 * state its last read observed began. New work starts at the latest of the floor, its caller's now
 * and the times the resources it names are ready. The <em>frontier</em> is the furthest any caller
 * has got; "now", as reads see it, is the later of floor and frontier. So a waiter that jumps ahead
 * to its slow resource does not delay work another thread starts on a fast one (a parallel apply
 * takes its critical path), while one thread doing the same work in turn takes the sum.
 *
 * <p>All state is atomic or concurrent, never locked, so backends may read the time while holding
 * their own lock and waiters may advance it without one. Because waits move the frontier during
 * other threads' calls, each call is served at the one instant it began ({@link #servedAtOneInstant}).
 */
public final class Timeline {
    private final Instant epoch;
    private final VirtualClock.Mode mode;
    private final AtomicLong floor = new AtomicLong();
    private final AtomicLong frontier = new AtomicLong();
    private final Map<ResourceKind, Duration> latencies = new EnumMap<>(ResourceKind.class);
    private volatile Duration nodeLatency = Duration.ofSeconds(170);
    private final ConcurrentSkipListSet<Long> scheduled = new ConcurrentSkipListSet<>();
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final ThreadLocal<String> boundCaller = new ThreadLocal<>();
    private final AtomicLong taskCallers = new AtomicLong();
    /** Set while a call is served ({@link #servedAtOneInstant}): calls are served one at a time. */
    private volatile Pin pin;
    /** Each thread's own caller key, made once per thread rather than on every call. */
    private static final ThreadLocal<String> THREAD_KEY =
            ThreadLocal.withInitial(() -> "thread-" + Thread.currentThread().getId());

    /** The thread serving a call and the instant it serves it at. */
    private record Pin(Thread server, long at) {}

    /** One caller's place in virtual time, the change its last read saw coming, and whether its reads stall. */
    private static final class Caller {
        final AtomicLong now = new AtomicLong();
        volatile long pending = -1;
        long stallPending = -1;
        long stallNow;
        long stallFloor;
        int stallReads;
        long stallStartNanos;
    }

    /** Reads of one change, with no virtual time passing between them, before a MANUAL-clock wait counts as stalled. */
    public static final int STALLED_READS = 3;
    /** Stalled reads that count as a stalled wait however little real time they took (a waiter that never pauses). */
    public static final int STALLED_READS_AT_ANY_SPEED = 100;
    private volatile long stalledWaitNanos = Duration.ofSeconds(5).toNanos();

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

    /**
     * Virtual milliseconds since the epoch, as reads see it: on a thread serving a call ({@link
     * #servedAtOneInstant}), the instant that call is served at.
     */
    public long now() {
        Pin serving = pin;
        if (serving != null && serving.server == Thread.currentThread()) {
            return serving.at;
        }
        return Math.max(floor.get(), frontier.get());
    }

    /**
     * Serves one call at one instant: while {@code call} runs, {@link #now()} on this thread
     * answers the time it was when the call began, whatever other callers' waits do meanwhile
     * (they move the frontier without a lock). Without it a read could render a resource's state
     * at one time and work out when that state began and when it ends at a later one: a read that
     * showed PROVISIONING but told its caller that nothing more was coming sent the caller's next
     * wait on to somebody else's later event. Calls must be served one at a time (the dispatcher
     * holds its state lock); a call served inside another on the same thread keeps the outer
     * instant.
     */
    public <T> T servedAtOneInstant(Supplier<T> call) {
        Thread self = Thread.currentThread();
        Pin outer = pin;
        if (outer != null) {
            if (outer.server == self) {
                return call.get();
            }
            throw new IllegalStateException("a call is already being served at " + outer.at + " on " + outer.server
                    + "; serve calls one at a time (under the dispatcher's state lock)");
        }
        pin = new Pin(self, now());
        try {
            return call.get();
        } finally {
            pin = null;
        }
    }

    public Instant instantAt(long millis) {
        return epoch.plusMillis(millis);
    }

    /**
     * The calling thread's caller key: {@code thread-<id>}, or the key {@link #asCaller} bound. A
     * door that serves calls on its own threads passes the client's key to {@link #asCaller}.
     */
    public String callerKey() {
        String bound = boundCaller.get();
        return bound != null ? bound : THREAD_KEY.get();
    }

    /** Runs {@code work} on behalf of the caller {@code key}, so it reads and moves that caller's time. */
    public <T> T asCaller(String key, Supplier<T> work) {
        String previous = boundCaller.get();
        boundCaller.set(key);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                boundCaller.remove();
            } else {
                boundCaller.set(previous);
            }
        }
    }

    /**
     * Runs {@code work} as a caller that did not exist before, whose now starts at {@code startMillis}
     * (or the floor, if later), and returns the time it reached. The caller is forgotten afterwards.
     * One unit of scheduled work, such as one task of a provider's apply, is such a caller: its
     * creates start when it started, not when the pool thread that runs it last finished a wait.
     */
    public long runAsNewCaller(long startMillis, Runnable work) {
        String key = "task-" + taskCallers.incrementAndGet();
        Caller caller = new Caller();
        caller.now.set(startMillis);
        callers.put(key, caller);
        try {
            asCaller(key, () -> {
                work.run();
                return null;
            });
            return Math.max(floor.get(), caller.now.get());
        } finally {
            callers.remove(key);
        }
    }

    private Caller caller() {
        return callers.computeIfAbsent(callerKey(), key -> new Caller());
    }

    /** The current caller's now: where its last wait or observation left it, or the floor if later. */
    public long callerNow() {
        return Math.max(floor.get(), caller().now.get());
    }

    /**
     * When work this caller asks for now, depending on resources ready at {@code readyTimes},
     * starts: at the caller's now, or when the last of them is ready, whichever is later.
     */
    public long startAfter(long... readyTimes) {
        long start = callerNow();
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

    /** The current caller waited until {@code millis}: its now and the frontier move there (never back). */
    public void callerReached(long millis) {
        caller().now.accumulateAndGet(millis, Math::max);
        advanceFrontierTo(millis);
    }

    /** The first scheduled change strictly after now, or -1. */
    public long nextEventAfterNow() {
        Long next = scheduled.higher(now());
        return next == null ? -1 : next;
    }

    /**
     * Called after a mutating call whose answer shows the resource in a state that began at
     * {@code since} (OCI's create and update answers carry the resource, lifecycle state included):
     * the caller has seen that state, so its now is at least {@code since}, as after a read. Without
     * it a caller that takes a create's answer of AVAILABLE at its word, and does not read the
     * resource again, would stay before the moment the resource became available.
     */
    public void noteAnswer(long since) {
        if (since >= 0) {
            caller().now.accumulateAndGet(since, Math::max);
        }
    }

    /**
     * Called after a read: the caller saw a state that began at {@code since} (so its now is at
     * least that), and the resource next changes at {@code pendingUntil} (-1 if steady), which is
     * where this caller's next {@link #waitStep} goes. In auto-advance mode the read itself waits.
     */
    public void noteRead(long since, long pendingUntil) {
        Caller caller = caller();
        if (since >= 0) {
            caller.now.accumulateAndGet(since, Math::max);
        }
        if (pendingUntil <= callerNow()) {
            caller.pending = -1;
            return;
        }
        caller.pending = pendingUntil;
        if (mode == VirtualClock.Mode.AUTO_ADVANCE) {
            callerReached(pendingUntil);
        }
    }

    /**
     * How much real time a wait on a MANUAL clock may poll without virtual time moving before
     * {@link #stalledReads} reports it (default 5 s; zero reports it at the {@value #STALLED_READS}th read).
     */
    public void setStalledWaitAfter(Duration realTime) {
        this.stalledWaitNanos = realTime.toNanos();
    }

    /**
     * After a read that saw a resource change at {@code pendingUntil} (-1 if steady): on a MANUAL
     * clock, the number of reads the current caller has made of that change without virtual time
     * moving in between (its now and the floor), once they are at least {@value #STALLED_READS}
     * over at least the stalled-wait time of real time, or {@value #STALLED_READS_AT_ANY_SPEED};
     * else 0. Such reads come from a waiter that sleeps real time on a clock nobody moves: it would
     * poll for its whole timeout (the SDK's default waiters: 20 minutes) and see nothing change.
     */
    public int stalledReads(long pendingUntil) {
        if (mode != VirtualClock.Mode.MANUAL) {
            return 0;
        }
        Caller caller = caller();
        long now = callerNow();
        long atFloor = floor.get();
        if (pendingUntil <= now) {
            caller.stallPending = -1;
            return 0;
        }
        if (caller.stallPending == pendingUntil && caller.stallNow == now && caller.stallFloor == atFloor) {
            caller.stallReads++;
        } else {
            caller.stallPending = pendingUntil;
            caller.stallNow = now;
            caller.stallFloor = atFloor;
            caller.stallReads = 1;
            caller.stallStartNanos = System.nanoTime();
        }
        boolean longEnough = System.nanoTime() - caller.stallStartNanos >= stalledWaitNanos;
        return caller.stallReads >= STALLED_READS_AT_ANY_SPEED || (caller.stallReads >= STALLED_READS && longEnough)
                ? caller.stallReads : 0;
    }

    /**
     * One waiter step for the current caller: move it to when the resource it last read changes,
     * else to the next scheduled change after its now, else by {@code fallbackMillis}. The
     * frontier follows, so reads see the change; other callers' nows stay where they are.
     */
    public void waitStep(long fallbackMillis) {
        Caller caller = caller();
        long pending = caller.pending;
        caller.pending = -1;
        long from = callerNow();
        if (pending > from) {
            callerReached(pending);
            return;
        }
        Long next = scheduled.higher(from);
        callerReached(next != null ? next : from + fallbackMillis);
    }
}
