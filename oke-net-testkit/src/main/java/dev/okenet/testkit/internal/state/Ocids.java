package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.ResourceKind;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes OCIDs in OCI's format, {@code ocid1.<type>.oc1.<region-key>.<unique>}, from a seeded
 * generator so that a fake built with the same seed hands out the same ids.
 */
public final class Ocids {
    private static final Pattern COMPARTMENT =
            Pattern.compile("ocid1\\.(compartment|tenancy)\\.oc[0-9]+\\.[a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern ANY =
            Pattern.compile("ocid1\\.[a-z0-9]+\\.oc[0-9]+\\.[a-z0-9-]*\\.[a-z0-9]+");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final String regionKey;
    private final Random random;

    public Ocids(String regionKey, long seed) {
        this.regionKey = regionKey;
        this.random = new Random(seed);
    }

    public synchronized String next(ResourceKind kind) {
        return next(kind.ocidType());
    }

    public synchronized String next(String type) {
        StringBuilder unique = new StringBuilder("aaaaaaaa");
        for (int i = 0; i < 52; i++) {
            unique.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return "ocid1." + type + ".oc1." + regionKey + "." + unique;
    }

    /** Any well-formed compartment or tenancy OCID names an existing compartment in the fake. */
    public static boolean isCompartment(String ocid) {
        return ocid != null && COMPARTMENT.matcher(ocid).matches();
    }

    public static boolean isWellFormed(String ocid) {
        return ocid != null && ANY.matcher(ocid).matches();
    }
}
