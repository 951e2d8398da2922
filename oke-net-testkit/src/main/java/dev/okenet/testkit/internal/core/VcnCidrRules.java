package dev.okenet.testkit.internal.core;

import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.net.Ipv4Cidr;

/** Parsing and size rules shared by VCN and subnet CIDR blocks. */
final class VcnCidrRules {
    static final int LARGEST_VCN_PREFIX = 16;
    static final int SMALLEST_PREFIX = 30;

    private VcnCidrRules() {}

    static Ipv4Cidr requireCidr(String text, String what) {
        Ipv4Cidr cidr = Ipv4Cidr.parse(text).orElseThrow(() -> OciErrors.invalid(
                "The " + what + " '" + text + "' is not a valid IPv4 CIDR block; write it like 10.0.0.0/16."));
        if (!cidr.isNetworkAddress()) {
            throw OciErrors.invalid("The " + what + " '" + text + "' has host bits set; did you mean "
                    + cidr.network() + "?");
        }
        return cidr;
    }

    static Ipv4Cidr requireVcnCidr(String text) {
        Ipv4Cidr cidr = requireCidr(text, "VCN CIDR block");
        if (cidr.prefix() < LARGEST_VCN_PREFIX || cidr.prefix() > SMALLEST_PREFIX) {
            throw OciErrors.invalid("The VCN CIDR block " + cidr + " has prefix /" + cidr.prefix()
                    + "; a VCN CIDR block must be /" + LARGEST_VCN_PREFIX + " to /" + SMALLEST_PREFIX + ".");
        }
        return cidr;
    }
}
