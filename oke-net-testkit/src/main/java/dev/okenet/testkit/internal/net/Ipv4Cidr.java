package dev.okenet.testkit.internal.net;

import java.util.Optional;

/**
 * An IPv4 CIDR block, parsed strictly: four decimal octets, a prefix length 0-32, no leading zeros.
 *
 * <p>A zero-padded octet ({@code 010.0.0.0/16}) has no single meaning: inet_aton reads it as octal
 * (8), others as decimal (10). Oracle documents no answer for it; Go's {@code net.ParseCIDR} (since
 * Go 1.17) and Guava's {@code InetAddresses} refuse such text, and oke-net's own {@code Cidr} does,
 * so the fake answers InvalidParameter rather than guess (COVERAGE.md, "Inferred").
 *
 * @param address the address as an unsigned 32-bit value in a long
 * @param prefix the prefix length
 */
public record Ipv4Cidr(long address, int prefix) {

    /** Parses {@code text}, or returns empty if it is not an IPv4 CIDR block. */
    public static Optional<Ipv4Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        Optional<Long> address = parseAddress(text.substring(0, slash));
        int prefix = digits(text, slash + 1, text.length(), 2);
        if (address.isEmpty() || prefix < 0) {
            return Optional.empty();
        }
        return prefix > 32 ? Optional.empty() : Optional.of(new Ipv4Cidr(address.get(), prefix));
    }

    /** Four dot-separated decimal octets, each 1-3 ASCII digits without a leading zero and at most 255, or empty. */
    public static Optional<Long> parseAddress(String text) {
        // Hand-written rather than split + regex per octet: every subnet, route rule and private IP
        // parses addresses, and the regexes were a visible share of FakeOci's per-call time.
        long value = 0;
        int start = 0;
        for (int octet = 0; octet < 4; octet++) {
            int end = octet < 3 ? text.indexOf('.', start) : text.length();
            if (end < 0) {
                return Optional.empty();
            }
            int part = digits(text, start, end, 3);
            if (part < 0 || part > 255) {
                return Optional.empty();
            }
            value = (value << 8) | part;
            start = end + 1;
        }
        return Optional.of(value);
    }

    /** The value of {@code text[from, to)} if it is 1 to {@code max} ASCII digits, not zero-padded, else -1. */
    private static int digits(String text, int from, int to, int max) {
        int length = to - from;
        if (length < 1 || length > max || (length > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    private long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public long first() {
        return address & mask();
    }

    public long last() {
        return first() + size() - 1;
    }

    /** True if no host bits are set (10.0.0.0/16, not 10.0.0.1/16). */
    public boolean isNetworkAddress() {
        return address == first();
    }

    /** The block with host bits cleared, the form OCI expects. */
    public Ipv4Cidr network() {
        return new Ipv4Cidr(first(), prefix);
    }

    public boolean contains(Ipv4Cidr other) {
        return other.first() >= first() && other.last() <= last();
    }

    public boolean contains(long ip) {
        return ip >= first() && ip <= last();
    }

    public boolean overlaps(Ipv4Cidr other) {
        return first() <= other.last() && other.first() <= last();
    }

    /**
     * The smallest block containing every one of {@code blocks} (one at least), e.g. 10.0.0.0/16 and
     * 172.16.0.0/24 give 0.0.0.0/0, 10.0.0.0/24 and 10.0.1.0/24 give 10.0.0.0/23.
     */
    public static Ipv4Cidr smallestCovering(java.util.Collection<Ipv4Cidr> blocks) {
        long low = blocks.stream().mapToLong(Ipv4Cidr::first).min().orElseThrow();
        long high = blocks.stream().mapToLong(Ipv4Cidr::last).max().orElseThrow();
        int prefix = low == high ? 32 : Long.numberOfLeadingZeros(low ^ high) - 32;
        return new Ipv4Cidr(low, prefix).network();
    }

    @Override
    public String toString() {
        return format(address) + "/" + prefix;
    }
}
