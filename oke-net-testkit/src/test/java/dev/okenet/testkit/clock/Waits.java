package dev.okenet.testkit.clock;

/**
 * Runs an SDK waiter from a test: {@code execute()} throws checked exceptions, which become an
 * {@link IllegalStateException} that fails the test with the waiter's cause.
 *
 * <pre>{@code
 * Waits.waitFor(() -> vn.getWaiters().forVcn(request, Vcn.LifecycleState.Available, stop, delay).execute());
 * }</pre>
 */
final class Waits {
    private Waits() {}

    /** A wait that may throw what the SDK's waiters throw. */
    interface Wait {
        void run() throws Exception;
    }

    static void waitFor(Wait wait) {
        try {
            wait.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
