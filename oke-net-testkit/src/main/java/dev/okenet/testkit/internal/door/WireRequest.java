package dev.okenet.testkit.internal.door;

import java.util.List;
import java.util.Map;

/**
 * One request as it came off the wire: method, raw target, headers by lower-case name, and the
 * body (already checked against the size limit).
 *
 * @param method upper case, e.g. {@code POST}
 * @param target the raw request target, e.g. {@code /20160918/vcns?compartmentId=...}
 */
record WireRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {
    /** The raw path, still percent-encoded. */
    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The raw query, or null. */
    String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? null : target.substring(query + 1);
    }

    /** The first value of a header, or null. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
