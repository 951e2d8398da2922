package dev.okenet.testkit.ccm.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for the API server's node port allocation: a port a Service fixes is kept, the others
 * get the lowest free port of 30000-32767, and a Service keeps its ports across syncs.
 */
public final class NodePortAllocator {
    static final int FIRST = 30000;
    static final int LAST = 32767;

    private final Set<Integer> taken = new HashSet<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    /**
     * The node port of {@code key} (service + port), fixing {@code requested} when given.
     *
     * @throws IllegalArgumentException when the API server would reject the port: outside the range
     *     or held by another Service
     */
    int allocate(String ref, String key, Integer requested) {
        Integer known = byKey.get(key);
        if (known != null && (requested == null || known.equals(requested))) {
            return known;
        }
        if (requested != null) {
            if (requested < FIRST || requested > LAST) {
                throw new IllegalArgumentException("The Kubernetes API server rejects Service " + ref + ": node port "
                        + requested + " of " + key + " is outside the node port range " + FIRST + "-" + LAST
                        + ". Drop the nodePort or pick one in the range.");
            }
            if (taken.contains(requested)) {
                throw new IllegalArgumentException("The Kubernetes API server rejects Service " + ref + ": node port "
                        + requested + " of " + key + " is already allocated to another Service. Drop the nodePort to get"
                        + " a free one.");
            }
            return remember(key, requested);
        }
        for (int port = FIRST; port <= LAST; port++) {
            if (!taken.contains(port)) {
                return remember(key, port);
            }
        }
        throw new IllegalArgumentException("The Kubernetes API server rejects Service " + ref + ": no node port is free in "
                + FIRST + "-" + LAST + " for " + key + ".");
    }

    /** Frees the ports of Service {@code ref} (its keys start with "ref "), once it is deleted. */
    void release(String ref) {
        var it = byKey.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            if (entry.getKey().startsWith(ref + " ")) {
                taken.remove(entry.getValue());
                it.remove();
            }
        }
    }

    private int remember(String key, int port) {
        Integer old = byKey.put(key, port);
        if (old != null) {
            taken.remove(old);
        }
        taken.add(port);
        return port;
    }
}
