package dev.okenet.testkit.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tags are stored as given (copied, order kept) and read back as {} when none were set, as OCI does. */
public final class Tags {
    private Tags() {}

    public static Map<String, String> freeform(Map<String, String> tags) {
        return tags == null ? new LinkedHashMap<>() : new LinkedHashMap<>(tags);
    }

    public static Map<String, Map<String, Object>> defined(Map<String, Map<String, Object>> tags) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach((namespace, values) -> copy.put(namespace,
                    values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values)));
        }
        return copy;
    }

    /** For updates: a copy of the given map, or null when none was given (keep the old one). */
    public static Map<String, String> freeformOrNull(Map<String, String> tags) {
        return tags == null ? null : freeform(tags);
    }

    public static Map<String, Map<String, Object>> definedOrNull(Map<String, Map<String, Object>> tags) {
        return tags == null ? null : defined(tags);
    }

    /** An update replaces a tag map when it is given and keeps the old one when it is null. */
    public static <T> T replaceIfGiven(T given, T current) {
        return given != null ? given : current;
    }
}
