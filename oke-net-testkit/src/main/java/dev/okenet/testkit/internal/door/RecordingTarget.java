package dev.okenet.testkit.internal.door;

import com.oracle.bmc.waiter.DelayStrategy;
import dev.okenet.testkit.FakeOci;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The standalone server's target: a fake it built itself, and the record of everything that
 * changed it (each call with its caller, each control action, each virtual waiter step), in the
 * order they were served. A snapshot is a position in that record; restoring builds a fresh fake
 * with the same options and replays the record up to it. FakeOci is deterministic for a seed (OCIDs,
 * rule ids, request ids and every virtual time follow from the calls and their order), so the
 * replayed fake equals the one that was saved: resources, etags, clock, faults and call log.
 *
 * <p>Everything is served one at a time under one lock: the fake itself serialises state changes
 * anyway, and only a single order makes the record replayable. Calls made on {@link #fake()}
 * directly, past this target, are not recorded; use {@link #services} for in-process work.
 *
 * <pre>{@code
 * RecordingTarget target = new RecordingTarget(() -> FakeOci.builder().seed(7).build());
 * target.snapshot("clean");
 * ...
 * target.restore("clean");
 * }</pre>
 */
public final class RecordingTarget implements DoorTarget, AutoCloseable {
    private sealed interface Event {}

    private record Call(String service, Operation operation, Object request, String callerKey) implements Event {}

    private record Control(ControlAction action) implements Event {}

    private final Supplier<FakeOci> factory;
    private final Object lock = new Object();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Integer> snapshots = new LinkedHashMap<>();
    private volatile FakeOci current;
    private ServiceSet services;

    /** @param factory builds a fresh fake with the server's options; called again on every restore */
    public RecordingTarget(Supplier<FakeOci> factory) {
        this.factory = factory;
        this.current = factory.get();
        this.services = ServiceSet.of(current);
    }

    @Override
    public FakeOci fake() {
        return current;
    }

    @Override
    public Outcome call(String service, Operation operation, Object request, String callerKey) {
        synchronized (lock) {
            // Recorded with the caller it is served as, so the replay serves it as the same one.
            String caller = callerKey != null ? callerKey : current.clock().callerKey();
            events.add(new Call(service, operation, request, caller));
            return services.call(current, service, operation, request, caller);
        }
    }

    @Override
    public Object control(ControlAction action) {
        synchronized (lock) {
            events.add(new Control(action));
            return action.applyTo(current);
        }
    }

    /**
     * A waiter delay strategy in virtual time, as {@code clock().delayStrategy()}, whose steps are
     * recorded: for in-process waiters whose calls go through this target.
     */
    public DelayStrategy delayStrategy() {
        return context -> {
            String caller = current.clock().callerKey();
            Object delay = control(new ControlAction.WaiterStep(caller, context.getAttemptsMade()));
            return (Long) delay;
        };
    }

    @Override
    public boolean canSnapshot() {
        return true;
    }

    @Override
    public boolean snapshot(String name) {
        synchronized (lock) {
            snapshots.remove(name);
            snapshots.put(name, events.size());
            return true;
        }
    }

    @Override
    public boolean restore(String name) {
        synchronized (lock) {
            Integer position = snapshots.get(name);
            if (position == null) {
                return false;
            }
            FakeOci replayed = factory.get();
            ServiceSet replayedServices = ServiceSet.of(replayed);
            List<Event> kept = new ArrayList<>(events.subList(0, position));
            for (Event event : kept) {
                if (event instanceof Call call) {
                    replayedServices.call(replayed, call.service(), call.operation(), call.request(), call.callerKey());
                } else if (event instanceof Control control) {
                    control.action().applyTo(replayed);
                }
            }
            FakeOci previous = current;
            current = replayed;
            services = replayedServices;
            events.clear();
            events.addAll(kept);
            // Snapshots taken after this one describe a history that no longer happened.
            snapshots.values().removeIf(saved -> saved > position);
            previous.close();
            return true;
        }
    }

    @Override
    public List<String> snapshots() {
        synchronized (lock) {
            return List.copyOf(snapshots.keySet());
        }
    }

    @Override
    public void close() {
        current.close();
    }
}
