package dev.okenet.testkit;

/**
 * Thrown by FakeOci after {@link Faults#crashAfterMutatingCalls(int)}: the call it comes from took
 * effect, and then the caller "died". Every later call throws it too, as a dead process makes no
 * more calls, until {@link Faults#clear()}.
 *
 * <p>oke-net's provider does not let it escape: {@code apply(plan)} returns normally, and its
 * {@code ApplyResult} reports the crash as a failed change whose service code is
 * {@code "SimulatedCrash"} (status -1), with the changes not yet started as not attempted. A
 * crash-consistency test reads it there, then runs a fresh provider, as the next process would:
 *
 * <pre>{@code
 * fake.faults().crashAfterMutatingCalls(7);
 * ApplyResult crashed = provider.apply(provider.plan(net));
 * assertThat(crashed.failed()).anySatisfy(f -> assertThat(f.serviceCode()).isEqualTo("SimulatedCrash"));
 * fake.faults().clear();
 * OciNetworkProvider next = newProvider();          // no memory of the crashed one
 * assertThat(next.apply(next.plan(net)).isSuccess()).isTrue();   // must converge
 * }</pre>
 *
 * <p>Code that calls the SDK interfaces directly (not through the provider) sees the exception
 * itself, from the crashing call and from every call after it.
 */
public final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulatedCrash(String message) {
        super(message);
    }
}
