package dev.okenet.testkit.ccm.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;

/**
 * A security rule of a security list or an NSG, normalised so both kinds are matched the same way.
 * OCI combines them as a union: traffic passes if any rule of any list or NSG on the VNIC admits it.
 *
 * @param origin where the rule lives, e.g. "NSG 'prod-workers'"
 * @param ingress whether it is an ingress rule
 * @param peerType what the peer names
 * @param peer the CIDR, NSG OCID or service CIDR label
 * @param protocol "all" or an IANA protocol number ("6" TCP, "17" UDP, "1" ICMP)
 * @param portMin the lowest destination port (1 when the rule has no port options)
 * @param portMax the highest destination port (65535 when the rule has no port options)
 */
public record NormalRule(String origin, boolean ingress, PeerType peerType, String peer, String protocol, int portMin,
        int portMax) {
    /** What a rule's source or destination names. */
    public enum PeerType {
        CIDR, NSG, SERVICE
    }

    /** Whether the rule admits traffic with {@code other} on {@code protocol}/{@code port}. */
    boolean admits(Endpoint other, String protocolNumber, int port) {
        if (!"all".equals(protocol) && !protocol.equals(protocolNumber)) {
            return false;
        }
        if (port < portMin || port > portMax) {
            return false;
        }
        switch (peerType) {
            case CIDR:
                return Ipv4Cidr.parse(peer).map(c -> c.contains(other.cidr())).orElse(false);
            case NSG:
                return other.nsgIds().contains(peer);
            default:
                return false; // the Oracle Services Network is never a node, a load balancer or a client block
        }
    }

    @Override
    public String toString() {
        String ports = portMin == 1 && portMax == 65535 ? "all ports" : portMin == portMax ? "port " + portMin
                : "ports " + portMin + "-" + portMax;
        return origin + " " + (ingress ? "ingress from " : "egress to ") + peer + " protocol " + protocol + " " + ports;
    }
}
