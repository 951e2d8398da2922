package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.waiter.DelayStrategy;
import com.oracle.bmc.waiter.TerminationStrategy;
import com.oracle.bmc.waiter.WaiterConfiguration.WaitContext;
import dev.okenet.testkit.internal.state.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The clock FakeOci's lifecycle states advance on. Nothing in FakeOci ever sleeps real time.
 *
 * <ul>
 *   <li>{@link Mode#INSTANT} (the default): every resource is in its steady state (AVAILABLE,
 *       ACTIVE, ATTACHED; work requests SUCCEEDED) by the first read after it is created.
 *   <li>{@link Mode#MANUAL}: states change only when the test calls {@link #advance(Duration)} or a
 *       waiter uses {@link #delayStrategy()}. Each kind takes its {@linkplain #latency latency},
 *       by default OCI's typical figure (VCN 2 s, subnet 3 s, NLB 21 s, cluster 360 s ...).
 *   <li>{@link Mode#AUTO_ADVANCE}: as manual, and in addition a read that sees a resource
 *       mid-transition moves the clock to the moment it changes, so any polling loop - even the
 *       SDK's default waiters - waits in virtual time (the default waiters still sleep their real
 *       back-off between polls; use {@link #delayStrategy()} to avoid that).
 * </ul>
 *
 * <p>Waiting in virtual time: pass {@link #delayStrategy()} and {@link #terminationStrategy()} to
 * any SDK waiter. Each poll that finds the resource not yet ready moves the clock to the moment
 * that resource changes state (never backwards) and returns a zero real delay.
 *
 * <pre>{@code
 * FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
 * VirtualNetwork vn = fake.virtualNetwork();
 * Vcn vcn = vn.createVcn(...).getVcn();                       // PROVISIONING
 * vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(),
 *         Vcn.LifecycleState.Available,
 *         fake.clock().terminationStrategy(), fake.clock().delayStrategy()).execute();
 * fake.clock().elapsed();                                     // PT2S
 * }</pre>
 *
 * <p><b>Who waits for what: caller time.</b> FakeOci models time as OCI's callers live it. Every
 * caller (each thread) has its own virtual now: the moment its last wait ended ({@link
 * #delayStrategy()}, {@link #advanceToNextEvent()}) or the moment the state its last {@code get}
 * observed began. A create starts at the latest of
 * <ul>
 *   <li>its caller's now (a caller cannot send a request before it has finished waiting),
 *   <li>the ready time of every resource the request names (VCN, subnet, gateway, DRG attachment
 *       behind a DRG route rule, ...), and
 *   <li>the floor: the time the test last {@linkplain #advance advanced} to.
 * </ul>
 * So one thread that creates A, waits, then creates B takes A's latency plus B's; two threads
 * that each create and wait for one take the longer of the two; {@link #elapsed()} is the furthest
 * any caller got. Updates and deletions start no earlier than {@link #now()}, the furthest point
 * any caller has reached, because OCI lets them through only once the resources in their way are
 * gone and FakeOci knows that they are gone, not since when: their makespans are upper bounds.
 *
 * <p><b>How a provider gets true makespans.</b> Wait with {@link #delayStrategy()} and {@link
 * #terminationStrategy()} in every SDK waiter (never sleep, never poll without them), and do each
 * in-flight resource's create-and-wait on its own thread. A parallel apply then ends at the
 * dependency graph's critical path and an apply with parallelism 1 at the sum of its latencies.
 * A pool thread carries its now to the next resource it takes. Because virtual waits end at once in
 * real time, pool threads finish in a real-time order unrelated to their virtual one, so a reused
 * thread can pick up work a real idle worker would have started earlier, and a pool smaller than
 * the work's width ends after the schedule a real pool would follow (19 to 31 s instead of 19 s for
 * the reference network at parallelism 10), differently on every run. A scheduler fixes this with
 * {@link #runAsNewCaller}: each task its own caller from the virtual moment it was started, and
 * finished tasks handled in virtual-time order; its makespan is then exactly its schedule's.
 * A door that serves calls on its own threads (HTTP) keeps caller time right
 * by sending the client thread's {@link #callerKey()} along and serving the call inside {@link
 * #asCaller}; calls it serves otherwise count as its own threads' calls.
 *
 * <pre>{@code
 * // one thread: NAT gateway (2 s) then internet gateway (1 s), after the VCN (2 s): 5 s
 * NatGateway nat = vn.createNatGateway(...).getNatGateway();
 * vn.getWaiters().forNatGateway(getNat, NatGateway.LifecycleState.Available,
 *         fake.clock().terminationStrategy(), fake.clock().delayStrategy()).execute();
 * InternetGateway igw = vn.createInternetGateway(...).getInternetGateway();   // starts at 4 s
 * }</pre>
 */
public final class VirtualClock {
    /** How the clock moves; see {@link VirtualClock}. */
    public enum Mode {
        INSTANT, MANUAL, AUTO_ADVANCE
    }

    /** The SDK's default waiter gives up after 20 minutes; the virtual default does the same. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(20);

    private static final long MAX_FALLBACK_STEP_MILLIS = 30_000;

    private final Timeline timeline;

    /** Wraps the fake's timeline; obtain instances from {@link FakeOci#clock()}. */
    public VirtualClock(Timeline timeline) {
        this.timeline = notNull(timeline, "VirtualClock(timeline)", "Take the clock from a fake: FakeOci.clock().");
    }

    /** The current virtual instant. */
    public Instant now() {
        return timeline.instantAt(timeline.now());
    }

    /** Virtual time elapsed since the fake was created: the furthest any caller has got. */
    public Duration elapsed() {
        return Duration.ofMillis(timeline.now());
    }

    /**
     * Virtual time the calling thread has reached: where its last wait ended or the state its last
     * read saw began (or the floor the test advanced to, if later). Its next create starts there at
     * the earliest.
     */
    public Duration callerElapsed() {
        return Duration.ofMillis(timeline.callerNow());
    }

    public Mode mode() {
        return timeline.mode();
    }

    /** The calling thread's caller key, to pass to {@link #asCaller} when another thread serves its calls. */
    public String callerKey() {
        return timeline.callerKey();
    }

    /**
     * Runs {@code work} (typically serving one call) as the caller {@code callerKey}: its reads and
     * waits move that caller's time, and its creates start at that caller's time.
     */
    public <T> T asCaller(String callerKey, Supplier<T> work) {
        notNull(callerKey, "VirtualClock.asCaller(callerKey, work): callerKey",
                "Give the key callerKey() returned on the calling thread.");
        if (callerKey.isBlank()) {
            throw new IllegalArgumentException("asCaller: give the key callerKey() returned on the calling thread");
        }
        return timeline.asCaller(callerKey, notNull(work, "VirtualClock.asCaller(callerKey, work): work",
                "Give the work to run as that caller, e.g. () -> serve(request)."));
    }

    /**
     * Runs {@code work} on the calling thread as a new caller whose time starts at {@code start} (or
     * at the floor the test {@linkplain #advance advanced} to, if later), and returns the virtual
     * time it reached. Its reads, waits and creates are its own, whatever the thread did before.
     *
     * <p>This is how a scheduler that runs many tasks on a few pool threads keeps caller time right:
     * a pool thread is not a caller, each task is. Without it a reused thread carries the time its
     * last wait ended into its next task. Together with handling finished tasks in virtual-time
     * order, it makes a pool's virtual makespan the one a real pool would have (oke-net's provider
     * does both when given {@code SimulatedTime.of(clock::callerElapsed, clock::runAsNewCaller)}).
     *
     * <pre>{@code
     * Duration end = clock.runAsNewCaller(Duration.ofSeconds(2), () -> createSubnetAndWait());   // PT5S
     * }</pre>
     */
    public Duration runAsNewCaller(Duration start, Runnable work) {
        notNull(start, "VirtualClock.runAsNewCaller(start, work): start", "Give a start >= 0, e.g. callerElapsed().");
        if (start.isNegative()) {
            throw new IllegalArgumentException("runAsNewCaller(" + start + ", ...): give a start >= 0, e.g. callerElapsed()");
        }
        return Duration.ofMillis(timeline.runAsNewCaller(start.toMillis(), notNull(work, "VirtualClock.runAsNewCaller(start, work): work",
                "Give the work to run as the new caller, e.g. () -> createSubnetAndWait().")));
    }

    /** Lets {@code duration} of virtual time pass. Negative durations are refused. */
    public VirtualClock advance(Duration duration) {
        notNull(duration, "VirtualClock.advance(duration)", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "advance(" + duration + "): the virtual clock only moves forward; pass a duration >= 0");
        }
        timeline.advanceBy(duration.toMillis());
        return this;
    }

    /**
     * Moves time to the next moment any resource changes state and returns true, or returns false
     * when nothing is pending. The calling thread has waited until then.
     */
    public boolean advanceToNextEvent() {
        long next = timeline.nextEventAfterNow();
        if (next < 0) {
            return false;
        }
        timeline.callerReached(next);
        return true;
    }

    /** How long {@code kind} takes to provision (its configured figure; instant mode ignores it). */
    public Duration latency(ResourceKind kind) {
        return timeline.configuredLatency(notNull(kind, "VirtualClock.latency(kind)", "Give a resource kind, e.g. ResourceKind.SUBNET."));
    }

    /** Overrides how long {@code kind} takes to provision, for resources created from now on. */
    public VirtualClock setLatency(ResourceKind kind, Duration latency) {
        notNull(kind, "VirtualClock.setLatency(kind, latency): kind", "Give a resource kind, e.g. ResourceKind.SUBNET.");
        notNull(latency, "VirtualClock.setLatency(kind, latency): latency", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
        if (latency.isNegative()) {
            throw new IllegalArgumentException(
                    "setLatency(" + kind + ", " + latency + "): give a kind and a duration >= 0");
        }
        timeline.setLatency(kind, latency);
        return this;
    }

    /** How long a node pool's nodes take to come up (instance launch, ~170 s by default). */
    public Duration nodeLatency() {
        return timeline.configuredNodeLatency();
    }

    public VirtualClock setNodeLatency(Duration latency) {
        notNull(latency, "VirtualClock.setNodeLatency(latency)", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("setNodeLatency(" + latency + "): give a duration >= 0");
        }
        timeline.setNodeLatency(latency);
        return this;
    }

    /**
     * A waiter delay strategy that waits in virtual time: each call moves this thread's time (and
     * the clock, if that is further) to when the resource it last read changes state, else to the
     * next change anywhere after its time, else by the SDK's back-off step, and returns 0, so the
     * waiter polls again at once.
     */
    public DelayStrategy delayStrategy() {
        return context -> {
            long step = Math.min(MAX_FALLBACK_STEP_MILLIS, 1000L << Math.min(15, context.getAttemptsMade()));
            timeline.waitStep(step);
            return 0;
        };
    }

    /**
     * The calling thread waits {@code duration} of virtual time (its caller time moves on, and the
     * clock with it if that is further); returns at once in real time. A retry or pacing sleeper
     * in virtual time: {@code RetryPolicy.defaults().withSleeper(fake.clock()::sleep)}.
     */
    public void sleep(Duration duration) {
        notNull(duration, "VirtualClock.sleep(duration)", "Give a duration >= 0, e.g. Duration.ofSeconds(30).");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("sleep(" + duration + "): give a duration >= 0");
        }
        timeline.callerReached(timeline.callerNow() + duration.toMillis());
    }

    /** Gives up after {@link #DEFAULT_MAX_WAIT} of virtual time, like the SDK's default waiter. */
    public TerminationStrategy terminationStrategy() {
        return terminationStrategy(DEFAULT_MAX_WAIT);
    }

    /**
     * Gives up once a wait has lasted {@code maxWait} of the waiting thread's virtual time (not of
     * the clock, which other threads' waits move).
     */
    public TerminationStrategy terminationStrategy(Duration maxWait) {
        notNull(maxWait, "VirtualClock.terminationStrategy(maxWait)", "Give the longest wait, e.g. VirtualClock.DEFAULT_MAX_WAIT.");
        Map<WaitContext, Long> startedAt = new WeakHashMap<>();
        return context -> {
            long now = timeline.callerNow();
            long start;
            synchronized (startedAt) {
                start = startedAt.computeIfAbsent(context, c -> now);
            }
            // The first call comes after one poll, so the wait started a little earlier; close enough.
            return now - start >= maxWait.toMillis();
        };
    }

    @Override
    public String toString() {
        return "VirtualClock[" + mode() + ", elapsed " + elapsed() + "]";
    }
}
