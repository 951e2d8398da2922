package dev.okenet.testkit.internal.dispatch;

import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.SimulatedCrash;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Timeline;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single choke point every call to every fake service passes through: it records the call,
 * applies injected faults, serialises access to state, feeds the clock's waiter hints and builds
 * the SDK response. One lock covers all backends: calls are microseconds long, and one lock
 * cannot deadlock when a container-engine call reaches into the network backend.
 */
public final class Dispatcher {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private final ReentrantLock stateLock = new ReentrantLock();
    /** Each operation's resource kind, worked out from its name once per fake (operation names are few). */
    private final Map<String, Optional<ResourceKind>> kinds = new ConcurrentHashMap<>();
    private final Timeline timeline;
    private final FaultPlan faults;
    private final CallJournal journal;
    private final ResponseFactory responses = new ResponseFactory();
    private final AtomicLong requestCounter = new AtomicLong();
    private final String requestIdPrefix;

    private final Runnable catchUp;
    private volatile Throttle throttle = new Throttle(dev.okenet.testkit.RateLimits.none());

    /** Throttles calls from now on as {@code t} says (FakeOci's rate limits). */
    public void throttle(Throttle t) {
        this.throttle = t;
    }

    /**
     * @param catchUp runs, under the state lock, whatever the passing of virtual time has made due,
     *     before each call is served
     */
    public Dispatcher(Timeline timeline, FaultPlan faults, CallJournal journal, long seed, Runnable catchUp) {
        this.catchUp = catchUp;
        this.timeline = timeline;
        this.faults = faults;
        this.journal = journal;
        this.requestIdPrefix = String.format("%08X", seed & 0xFFFFFFFFL) + "/";
    }

    /**
     * The prefix and the counter as 16 hex digits ({@code %016X}), built in one Latin-1 array (half
     * the bytes of a char array): it is made for every call.
     */
    private String requestId(long counter) {
        int prefix = requestIdPrefix.length();
        byte[] id = new byte[prefix + 16];
        for (int i = 0; i < prefix; i++) {
            id[i] = (byte) requestIdPrefix.charAt(i);   // hex digits and '/': Latin-1
        }
        for (int i = prefix + 15; i >= prefix; i--) {
            id[i] = HEX[(int) (counter & 0xF)];
            counter >>>= 4;
        }
        return new String(id, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Runs {@code work} under the state lock, e.g. for assertions that read several backends. */
    public <T> T locked(java.util.function.Supplier<T> work) {
        stateLock.lock();
        try {
            return timeline.servedAtOneInstant(() -> {
                catchUp.run();
                return work.get();
            });
        } finally {
            stateLock.unlock();
        }
    }

    Object dispatch(String service, String operation, OperationTable.Entry<?> entry, Object request,
            Class<?> responseType) {
        String requestId = requestId(requestCounter.incrementAndGet());
        ResourceKind kind = kinds.computeIfAbsent(operation, op -> ResourceKind.ofOperation(op)).orElse(null);
        boolean mutating = RequestFields.isMutating(operation);
        String subjectId = request == null ? null : RequestFields.resourceId(request);
        String displayName = request == null ? null : RequestFields.displayName(request);
        OciErrors.bindRequestId(requestId);
        boolean recorded = false;
        try {
            if (faults.crashed()) {
                record(service, operation, kind, mutating, subjectId, displayName, -1, "SimulatedCrash", requestId);
                throw new SimulatedCrash("FakeOci simulated a crash earlier; " + operation
                        + " is not served until faults().clear()");
            }
            if (request == null) {
                throw OciErrors.invalid(operation + " was called with a null request; pass a request object.");
            }
            Fault fault = faults.match(operation, kind);
            if (fault != null && fault.type() == Fault.Type.LATENCY) {
                // The slow call ends `latency` past the clock's now: the clock moves by exactly that (from
                // either door, whichever thread serves the call) and only this caller is held up with it.
                timeline.callerReached(timeline.now() + fault.latency().toMillis());
            } else if (fault != null && !fault.isAfterEffect()) {
                throw fault.toException(operation);
            }
            if (throttle.isOn() && !throttle.admit(service, operation, timeline.callerNow())) {
                throw OciErrors.tooManyRequests(operation);
            }
            if (!mutating && faults.readIsStale(subjectId)) {
                throw OciErrors.notFound(kind == null ? "resource" : kind.label(), subjectId);
            }
            if (mutating) {
                DisplayNames.check(service, operation, displayName);
            }
            Reply reply = invoke(entry, request);
            String resourceId = reply.resourceId() != null ? reply.resourceId() : subjectId;
            if (operation.startsWith("get")) {
                timeline.noteRead(reply.since(), reply.pendingUntil());
                int stalled = timeline.stalledReads(reply.pendingUntil());
                if (stalled > 0) {
                    throw OciErrors.clockStalled(operation, resourceId, stalled, timeline.instantAt(reply.pendingUntil()));
                }
            }
            if (mutating && operation.startsWith("create")) {
                faults.created(kind, reply.resourceId());
            }
            if (fault != null && fault.isAfterEffect() && fault.type() != Fault.Type.LATENCY) {
                BmcException lost = fault.toException(operation);
                record(service, operation, kind, mutating, resourceId, displayName, lost.getStatusCode(),
                        lost.getServiceCode(), requestId);
                recorded = true;
                throw lost;
            }
            if (mutating && faults.mutatedAndCrashes()) {
                record(service, operation, kind, true, resourceId, displayName, -1, "SimulatedCrash", requestId);
                throw new SimulatedCrash("FakeOci simulated a crash right after " + operation
                        + " took effect (faults().crashAfterMutatingCalls)");
            }
            if (mutating) {
                timeline.noteAnswer(reply.since());   // the caller sees the state its answer shows
            }
            Object response = responses.build(responseType, reply, requestId);
            record(service, operation, kind, mutating, resourceId, displayName, reply.status(), null, requestId);
            return response;
        } catch (BmcException e) {
            if (!recorded) {
                record(service, operation, kind, mutating, subjectId, displayName, e.getStatusCode(),
                        e.getServiceCode(), requestId);
            }
            throw e;
        } finally {
            OciErrors.unbindRequestId();
        }
    }

    /** Serves the call at one instant: other callers' waits move the clock meanwhile, without the lock. */
    private Reply invoke(OperationTable.Entry<?> entry, Object request) {
        return locked(() -> entry.invoke(request));
    }

    private void record(String service, String operation, ResourceKind kind, boolean mutating, String resourceId,
            String displayName, int status, String code, String requestId) {
        journal.record(service, operation, kind, mutating, resourceId, displayName, status, code,
                timeline.instantAt(timeline.now()), requestId);
    }
}
