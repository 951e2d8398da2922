package dev.okenet.testkit;

/**
 * Thrown by FakeOci after {@link Faults#crashAfterMutatingCalls(int)}: the call it comes from took
 * effect, and then the caller "died". Every later call throws it too, as a dead process makes no
 * more calls, until {@link Faults#clear()}. A crash-consistency test catches it where the
 * process boundary would be and then runs the next apply:
 *
 * <pre>{@code
 * fake.faults().crashAfterMutatingCalls(7);
 * assertThatThrownBy(() -> provider.apply(plan)).hasRootCauseInstanceOf(SimulatedCrash.class);
 * fake.faults().clear();
 * provider.apply(plan);   // must converge
 * }</pre>
 */
public final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulatedCrash(String message) {
        super(message);
    }
}
