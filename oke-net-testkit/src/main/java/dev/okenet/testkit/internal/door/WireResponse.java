package dev.okenet.testkit.internal.door;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server writes back: status, headers and body, or nothing at all ({@link #drop()}: the
 * connection closes unanswered, as a lost response looks to the client).
 */
record WireResponse(int status, Map<String, List<String>> headers, byte[] body, boolean dropConnection) {
    private static final byte[] EMPTY = new byte[0];

    static WireResponse of(int status, Map<String, List<String>> headers, byte[] body) {
        return new WireResponse(status, new LinkedHashMap<>(headers), body == null ? EMPTY : body, false);
    }

    static WireResponse drop() {
        return new WireResponse(0, Map.of(), EMPTY, true);
    }

    /** The value of a header this response carries, or null. */
    String header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
