package dev.okenet.testkit.internal.door;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Faults;
import dev.okenet.testkit.ResourceKind;
import com.oracle.bmc.waiter.WaiterConfiguration;
import java.time.Duration;

/**
 * One change the control API makes to a fake, as a value: applied once when asked for, and again,
 * in order, when a snapshot is restored by replaying what led to it.
 *
 * <pre>{@code
 * new ControlAction.Advance(Duration.ofSeconds(30)).applyTo(fake);
 * }</pre>
 */
public sealed interface ControlAction {
    /** Applies the change; returns what the control API reports back (or null). */
    Object applyTo(FakeOci fake);

    /** {@link FakeOci#reset()}. */
    record Reset() implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.reset();
            return null;
        }
    }

    /** {@code clock().advance(duration)}. */
    record Advance(Duration duration) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.clock().advance(duration);
            return null;
        }
    }

    /** {@code clock().advanceToNextEvent()}; reports whether anything was pending. */
    record AdvanceToNextEvent() implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            return fake.clock().advanceToNextEvent();
        }
    }

    /** {@code clock().setLatency(kind, latency)}. */
    record SetLatency(ResourceKind kind, Duration latency) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.clock().setLatency(kind, latency);
            return null;
        }
    }

    /** {@code clock().setNodeLatency(latency)}. */
    record SetNodeLatency(Duration latency) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.clock().setNodeLatency(latency);
            return null;
        }
    }

    /** {@code faults().on(operation, kind).<trigger>.respond(fault)}; operation and kind may be null. */
    record AddFault(String operation, ResourceKind kind, Integer nthCall, Double probability, Long seed, Fault fault)
            implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            Faults faults = fake.faults();
            Faults.RuleBuilder rule = operation != null && kind != null ? faults.on(operation, kind)
                    : operation != null ? faults.on(operation) : kind != null ? faults.on(kind) : faults.onAnyCall();
            Faults.Armed armed = nthCall != null ? rule.onNthCall(nthCall)
                    : probability != null ? rule.withProbability(probability, seed == null ? 1L : seed)
                    : rule.onEveryCall();
            armed.respond(fault);
            return null;
        }
    }

    /** {@code faults().readsNotFoundAfterCreate(kind, reads)}. */
    record StaleReads(ResourceKind kind, int reads) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.faults().readsNotFoundAfterCreate(kind, reads);
            return null;
        }
    }

    /** {@code faults().crashAfterMutatingCalls(calls)}. */
    record CrashAfter(int calls) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.faults().crashAfterMutatingCalls(calls);
            return null;
        }
    }

    /** {@code faults().clear()}. */
    record ClearFaults() implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.faults().clear();
            return null;
        }
    }

    /**
     * One step of an SDK waiter using {@code clock().delayStrategy()}, taken by the caller {@code
     * callerKey} after {@code attemptsMade} polls: it moves that caller's virtual time, so a
     * snapshot's replay must take it too.
     */
    record WaiterStep(String callerKey, int attemptsMade) implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            return fake.clock().asCaller(callerKey, () -> {
                WaiterConfiguration.WaitContext context = new WaiterConfiguration.WaitContext(0);
                for (int i = 0; i < attemptsMade; i++) {
                    context.incrementAttempts();
                }
                return fake.clock().delayStrategy().nextDelay(context);
            });
        }
    }

    /** {@code calls().clear()}. */
    record ClearCalls() implements ControlAction {
        @Override
        public Object applyTo(FakeOci fake) {
            fake.calls().clear();
            return null;
        }
    }
}
