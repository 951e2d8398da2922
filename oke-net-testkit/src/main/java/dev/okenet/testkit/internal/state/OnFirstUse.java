package dev.okenet.testkit.internal.state;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: one per owner (a fake, a server, a set
 * of clients), never shared. A service client of the OCI SDK is costly to make the first time in
 * a JVM (a dynamic proxy over an SDK interface loads every request and response class that
 * interface names, some hundreds), so a fake makes only the clients a test uses.
 *
 * <pre>{@code
 * OnFirstUse<Identity> identity = new OnFirstUse<>(() -> backend.client(dispatcher, executor));
 * identity.get();          // made now
 * identity.ifMade(Identity::close);
 * }</pre>
 */
public final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<? extends T> make;
    private volatile T value;

    public OnFirstUse(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(make.get(), "OnFirstUse made null");
                    value = made;
                }
            }
        }
        return made;
    }

    /** Runs {@code use} on the value if it was made; makes nothing. */
    public void ifMade(java.util.function.Consumer<? super T> use) {
        T made = value;
        if (made != null) {
            use.accept(made);
        }
    }
}
