package dev.okenet.testkit.ccm.internal.spec;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * How Go's standard library reads the strings the CCM parses, and the error text it returns, so
 * the simulated CCM accepts exactly what the real one accepts ({@code strconv.ParseBool},
 * {@code strconv.Atoi}, {@code strconv.ParseInt(s, 10, 64)} and {@code %q} quoting). Java's own
 * parsers differ: {@code Boolean.parseBoolean("yes")} is false where Go fails, and
 * {@code Long.parseLong} accepts non-ASCII digits where Go does not.
 */
public final class GoText {
    private GoText() {}

    /**
     * {@code strconv.ParseBool}: "1", "t", "T", "TRUE", "true", "True" and their false twins; any
     * other text (including surrounding spaces, "yes", "tRuE") is an error.
     */
    public static Optional<Boolean> parseBool(String text) {
        switch (text) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
                return Optional.of(true);
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    /** The error text of {@code strconv.ParseBool} for {@code text}. */
    public static String parseBoolError(String text) {
        return "strconv.ParseBool: parsing " + quote(text) + ": invalid syntax";
    }

    /**
     * {@code strconv.Atoi} on a 64-bit platform (also {@code ParseInt(s, 10, 64)}): an optional sign
     * and ASCII digits, nothing else, within the int64 range.
     */
    public static OptionalLong atoi(String text) {
        if (syntaxError(text)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text));
        } catch (NumberFormatException outOfRange) {
            return OptionalLong.empty();
        }
    }

    /** The error text of {@code strconv.Atoi} for {@code text}. */
    public static String atoiError(String text) {
        return "strconv.Atoi: parsing " + quote(text) + ": " + (syntaxError(text) ? "invalid syntax" : "value out of range");
    }

    /** An int64 as a Java int, saturating: OCI receives such values and refuses them on its own. */
    public static int saturated(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static boolean syntaxError(String text) {
        int from = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (text.length() == from) {
            return true;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return true;
            }
        }
        return false;
    }

    /** Go's {@code %q} of a string: double quotes, with quotes, backslashes and control characters escaped. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
