package dev.okenet.testkit.internal.net;

import java.util.regex.Pattern;

/**
 * OCI's DNS label rule for VCNs and subnets: alphanumeric, starting with a letter, at most 15
 * characters (the length is unverified in OCI-FACTS.md; 15 is what OCI documents today).
 */
public final class DnsLabels {
    public static final int MAX_LENGTH = 15;
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0," + (MAX_LENGTH - 1) + "}");

    private DnsLabels() {}

    public static boolean isValid(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    public static String rule() {
        return "a DNS label is 1 to " + MAX_LENGTH + " letters and digits, starting with a letter";
    }
}
