package dev.okenet.testkit.internal.dispatch;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The operations a service's fake supports, by SDK method name, each with its typed handler.
 * Backends fill one table per service; the proxy answers everything else with
 * UnsupportedOperationException.
 */
public final class OperationTable {
    /** Serves one operation. */
    @FunctionalInterface
    public interface Handler<Q> {
        Reply handle(Q request);
    }

    record Entry<Q>(Class<Q> requestType, Handler<Q> handler) {
        Reply invoke(Object request) {
            return handler.handle(requestType.cast(request));
        }
    }

    private final Map<String, Entry<?>> entries = new TreeMap<>();

    public <Q> OperationTable on(String operation, Class<Q> requestType, Handler<Q> handler) {
        if (entries.putIfAbsent(operation, new Entry<>(requestType, handler)) != null) {
            throw new IllegalStateException(operation + " registered twice");
        }
        return this;
    }

    Entry<?> find(String operation) {
        return entries.get(operation);
    }

    /** Names of the supported operations, sorted. */
    public Set<String> operations() {
        return java.util.Collections.unmodifiableSet(((TreeMap<String, Entry<?>>) entries).navigableKeySet());
    }
}
