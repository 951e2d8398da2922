package dev.okenet.testkit.internal.door;

import dev.okenet.testkit.FakeOci;
import java.util.List;

/**
 * What an HTTP endpoint serves: a fake's three services and its control. A fake's own endpoint
 * serves that fake ({@link #of(FakeOci)}); the standalone server serves a fake it may replace when
 * a snapshot is restored, and records what it serves so it can.
 *
 * <pre>{@code
 * DoorTarget target = DoorTarget.of(fake);
 * target.call("VirtualNetwork", createVcn, request, "key:ocid1.tenancy...");
 * }</pre>
 */
public interface DoorTarget {
    /** The fake served now. */
    FakeOci fake();

    /**
     * Calls {@code operation} of the named service with {@code request}, as the caller {@code
     * callerKey} (or as the serving thread when null).
     */
    Outcome call(String service, Operation operation, Object request, String callerKey);

    /** Applies a control-API change; returns what it reports. */
    Object control(ControlAction action);

    /** Saves the state under {@code name}; false when this target cannot (a fake's own endpoint). */
    default boolean snapshot(String name) {
        return false;
    }

    /** Restores the state saved under {@code name}; false when there is no such snapshot. */
    default boolean restore(String name) {
        return false;
    }

    /** The names of the snapshots saved, oldest first. */
    default List<String> snapshots() {
        return List.of();
    }

    /** True if {@link #snapshot} works here. */
    default boolean canSnapshot() {
        return false;
    }

    /** What the in-process service answered: its response, or what it threw. */
    record Outcome(Object response, Throwable failure) {}

    /** The endpoint of one fake: calls and control go straight to it. */
    static DoorTarget of(FakeOci fake) {
        return new DoorTarget() {
            private final ServiceSet services = ServiceSet.of(fake);

            @Override
            public FakeOci fake() {
                return fake;
            }

            @Override
            public Outcome call(String service, Operation operation, Object request, String callerKey) {
                return services.call(fake, service, operation, request, callerKey);
            }

            @Override
            public Object control(ControlAction action) {
                return action.applyTo(fake);
            }
        };
    }
}
