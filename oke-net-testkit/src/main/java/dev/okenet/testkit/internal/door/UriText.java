package dev.okenet.testkit.internal.door;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits and decodes request URIs the way the SDK's {@code ParamEncoder} encodes them: plain
 * percent-encoding, where '+' is a plus sign, not a space (the SDK sends spaces as {@code %20}).
 */
final class UriText {
    private UriText() {}

    /** {@code /20160918/vcns/ocid1...} to its segments, without the empty one before the first '/'. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int start = path.startsWith("/") ? 1 : 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            segments.add(path.substring(start, end));
            start = end + 1;
        }
        return segments;
    }

    /** Decoded segments of a raw (still percent-encoded) path. */
    static List<String> decodedSegments(String rawPath) {
        List<String> raw = segments(rawPath);
        List<String> decoded = new ArrayList<>(raw.size());
        for (String segment : raw) {
            decoded.add(decode(segment));
        }
        return decoded;
    }

    /** A raw query string to its decoded parameters; repeated names keep every value, in order. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /**
     * Percent-decodes UTF-8 text; a malformed escape is kept as it is, as the real service then
     * answers with whatever that literal text means (usually a 404 for an unknown OCID).
     */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int end = percent < 0 ? text.length() : percent;
            byte[] literal = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
            bytes.write(literal, 0, literal.length);
            if (percent < 0) {
                break;
            }
            if (percent + 2 < text.length() && hex(text.charAt(percent + 1)) >= 0
                    && hex(text.charAt(percent + 2)) >= 0) {
                bytes.write(hex(text.charAt(percent + 1)) * 16 + hex(text.charAt(percent + 2)));
                i = percent + 3;
            } else {
                bytes.write('%');
                i = percent + 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
