package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes OCIDs in OCI's format, {@code ocid1.<type>.oc1.<region-key>.<unique>}, from a seeded
 * generator so that a fake built with the same seed hands out the same ids.
 */
public final class Ocids {
    private static final Pattern ANY =
            Pattern.compile("ocid1\\.[a-z0-9]+\\.oc[0-9]+\\.[a-z0-9-]*\\.[a-z0-9]+");
    private static final byte[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] PREFIX = "ocid1.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] MIDDLE = ".oc1.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private final String regionKey;
    /**
     * {@link Random}'s 48-bit state, stepped here by the same documented formula: Random pays an
     * atomic compare-and-set per number, 52 per id, which showed in profiles; this class already
     * synchronises, so a plain field gives the very same sequence for a seed.
     */
    private long state;

    public Ocids(String regionKey, long seed) {
        this.regionKey = regionKey;
        this.state = (seed ^ MULTIPLIER) & MASK;
    }

    public synchronized String next(ResourceKind kind) {
        return next(kind.ocidType());
    }

    public synchronized String next(String type) {
        // One char array of the final length: ids are made for every private IP a node takes, so
        // a growing StringBuilder showed in profiles. Same seeded sequence as ever.
        if (!isLatin1(type) || !isLatin1(regionKey)) {
            char[] unique = new char[8 + 52];
            java.util.Arrays.fill(unique, 0, 8, 'a');
            for (int i = 8; i < unique.length; i++) {
                unique[i] = (char) ALPHABET[nextInt(ALPHABET.length)];
            }
            return "ocid1." + type + ".oc1." + regionKey + "." + new String(unique);
        }
        // The whole id in one Latin-1 byte array, made into a String without a copy through chars.
        int head = PREFIX.length + type.length() + MIDDLE.length + regionKey.length() + 1;
        byte[] id = new byte[head + 8 + 52];
        int at = put(id, 0, PREFIX);
        at = put(id, at, type);
        at = put(id, at, MIDDLE);
        at = put(id, at, regionKey);
        id[at++] = '.';
        java.util.Arrays.fill(id, at, at + 8, (byte) 'a');
        for (int i = at + 8; i < id.length; i++) {
            id[i] = ALPHABET[nextInt(ALPHABET.length)];
        }
        return new String(id, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static int put(byte[] into, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, into, at, bytes.length);
        return at + bytes.length;
    }

    private static int put(byte[] into, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            into[at + i] = (byte) text.charAt(i);
        }
        return at + text.length();
    }

    /** {@link Random#nextInt(int)} for a bound that is not a power of two, as Random specifies it. */
    private int nextInt(int bound) {
        int r = next31();
        int m = bound - 1;
        for (int u = r; u - (r = u % bound) + m < 0; u = next31()) {
            // reject the top, uneven slice of the range, exactly as Random does
        }
        return r;
    }

    /** {@code Random.next(31)}. */
    private int next31() {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - 31));
    }

    /**
     * Any well-formed compartment or tenancy OCID names an existing compartment in the fake: {@code
     * ocid1.(compartment|tenancy).oc<digits>.<region, maybe empty>.<unique>}, lower-case letters and
     * digits (and hyphens in the region). Checked by hand rather than by a regular expression: it runs
     * on nearly every call, and remembering the last match would be state shared by every fake.
     */
    public static boolean isCompartment(String ocid) {
        if (ocid == null) {
            return false;
        }
        int type = "ocid1.".length();
        if (!ocid.startsWith("ocid1.")) {
            return false;
        }
        int realm;
        if (ocid.startsWith("compartment.", type)) {
            realm = type + "compartment.".length();
        } else if (ocid.startsWith("tenancy.", type)) {
            realm = type + "tenancy.".length();
        } else {
            return false;
        }
        if (!ocid.startsWith("oc", realm)) {
            return false;
        }
        int region = realm + 2;
        int digitsEnd = region;
        while (digitsEnd < ocid.length() && isDigit(ocid.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == region || digitsEnd == ocid.length() || ocid.charAt(digitsEnd) != '.') {
            return false;
        }
        int regionEnd = digitsEnd + 1;
        while (regionEnd < ocid.length() && (isLowerOrDigit(ocid.charAt(regionEnd)) || ocid.charAt(regionEnd) == '-')) {
            regionEnd++;
        }
        if (regionEnd == ocid.length() || ocid.charAt(regionEnd) != '.' || regionEnd + 1 == ocid.length()) {
            return false;
        }
        for (int i = regionEnd + 1; i < ocid.length(); i++) {
            if (!isLowerOrDigit(ocid.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c);
    }

    public static boolean isWellFormed(String ocid) {
        return ocid != null && ANY.matcher(ocid).matches();
    }
}
