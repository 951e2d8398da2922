package dev.okenet.testkit.internal.net;

import java.util.Optional;

/**
 * An IPv4 CIDR block, parsed strictly: four decimal octets, a prefix length 0-32.
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
        String prefixText = text.substring(slash + 1);
        if (address.isEmpty() || !prefixText.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(prefixText);
        return prefix > 32 ? Optional.empty() : Optional.of(new Ipv4Cidr(address.get(), prefix));
    }

    public static Optional<Long> parseAddress(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        return Optional.of(value);
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

    @Override
    public String toString() {
        return format(address) + "/" + prefix;
    }
}
