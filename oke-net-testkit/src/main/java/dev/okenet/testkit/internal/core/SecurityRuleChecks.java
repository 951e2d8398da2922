package dev.okenet.testkit.internal.core;

import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import dev.okenet.testkit.internal.error.OciErrors;

/**
 * Checks shared by security-list rules and NSG rules: the protocol is {@code all} or an IANA
 * number, port options only with their protocol, port ranges 1-65535 with min {@code <=} max, and peers
 * that are CIDR blocks or service CIDR labels.
 */
final class SecurityRuleChecks {
    static final String TCP = "6";
    static final String UDP = "17";
    static final String ICMP = "1";
    static final String ICMP_V6 = "58";

    private SecurityRuleChecks() {}

    static void checkProtocol(String protocol, TcpOptions tcp, UdpOptions udp, IcmpOptions icmp, String where) {
        if (protocol == null) {
            throw OciErrors.missing("protocol", where);
        }
        if (!protocol.equals("all") && !isProtocolNumber(protocol)) {
            throw OciErrors.invalid("The protocol '" + protocol + "' in " + where
                    + " is invalid; use \"all\" or an IANA protocol number such as \"6\" (TCP), \"17\" (UDP), \"1\" (ICMP).");
        }
        if (tcp != null && !protocol.equals(TCP)) {
            throw OciErrors.invalid("tcpOptions in " + where + " need protocol \"6\" (TCP), not '" + protocol + "'.");
        }
        if (udp != null && !protocol.equals(UDP)) {
            throw OciErrors.invalid("udpOptions in " + where + " need protocol \"17\" (UDP), not '" + protocol + "'.");
        }
        if (icmp != null && !protocol.equals(ICMP) && !protocol.equals(ICMP_V6)) {
            throw OciErrors.invalid("icmpOptions in " + where + " need protocol \"1\" (ICMP), not '" + protocol + "'.");
        }
        if (tcp != null) {
            checkRange(tcp.getDestinationPortRange(), where);
            checkRange(tcp.getSourcePortRange(), where);
        }
        if (udp != null) {
            checkRange(udp.getDestinationPortRange(), where);
            checkRange(udp.getSourcePortRange(), where);
        }
        if (icmp != null) {
            if (icmp.getType() == null) {
                throw OciErrors.missing("icmpOptions.type", where);
            }
            if (icmp.getType() < 0 || icmp.getType() > 255 || icmp.getCode() != null
                    && (icmp.getCode() < 0 || icmp.getCode() > 255)) {
                throw OciErrors.invalid("icmpOptions type/code in " + where + " must be 0-255.");
            }
        }
    }

    /**
     * One to three digits naming 0-255, as {@code [0-9]{1,3}} and a range check did: checked by hand
     * because a regular expression compiled per rule was a large part of adding NSG rules.
     */
    static boolean isProtocolNumber(String protocol) {
        int length = protocol.length();
        if (length < 1 || length > 3) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = protocol.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255;
    }

    private static void checkRange(PortRange range, String where) {
        if (range == null) {
            return;
        }
        Integer min = range.getMin();
        Integer max = range.getMax();
        if (min == null || max == null) {
            throw OciErrors.missing(min == null ? "portRange.min" : "portRange.max", where);
        }
        if (min < 1 || max > 65535 || min > max) {
            throw OciErrors.invalid("The port range " + min + "-" + max + " in " + where
                    + " is invalid; ports are 1-65535 and min must not exceed max.");
        }
    }

    /** A CIDR peer (any valid IPv4 CIDR; OCI accepts host bits in rule peers) or a service label. */
    static void checkPeer(String value, String type, String field, String where, OracleServices services) {
        if (value == null) {
            throw OciErrors.missing(field, where);
        }
        if (type == null || type.equals("CIDR_BLOCK")) {
            if (dev.okenet.testkit.internal.net.Ipv4Cidr.parse(value).isEmpty()) {
                throw OciErrors.invalid("The " + field + " '" + value + "' in " + where
                        + " is not a valid IPv4 CIDR block; write it like 10.0.0.0/16 or 0.0.0.0/0.");
            }
        } else if (type.equals("SERVICE_CIDR_BLOCK")) {
            if (!services.isServiceCidr(value)) {
                throw OciErrors.invalid("The " + field + " '" + value + "' in " + where
                        + " is not a service CIDR label of this region; use one from ListServices, e.g. "
                        + services.allServicesCidr() + ".");
            }
        }
    }
}
