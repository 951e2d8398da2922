package dev.okenet.testkit.ccm.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.util.Optional;
import java.util.Set;

/**
 * One end of a flow: a VNIC (a node, a load balancer) with its subnet and NSGs, or clients outside
 * the VCN (no subnet, no NSG), whose rules are not ours to check.
 *
 * @param label for messages, e.g. "node oke-general-0 (10.0.4.2)"
 * @param cidr the address (/32) or the client block
 * @param subnetId the VNIC's subnet, empty for outside clients
 * @param nsgIds the VNIC's NSGs
 */
public record Endpoint(String label, Ipv4Cidr cidr, Optional<String> subnetId, Set<String> nsgIds) {
    public Endpoint {
        nsgIds = Set.copyOf(nsgIds);
    }

    /** A VNIC with one address. */
    public static Endpoint vnic(String label, String ip, String subnetId, Iterable<String> nsgIds) {
        java.util.Set<String> nsgs = new java.util.LinkedHashSet<>();
        nsgIds.forEach(nsgs::add);
        Ipv4Cidr cidr = Ipv4Cidr.parse(ip + "/32").orElseThrow(() -> new IllegalArgumentException(
                label + " has address \"" + ip + "\", which is not an IPv4 address."));
        return new Endpoint(label, cidr, Optional.of(subnetId), nsgs);
    }

    /** Clients in {@code cidr}, outside the VCN's security rules. */
    public static Endpoint clients(String cidr) {
        Ipv4Cidr block = Ipv4Cidr.parse(cidr).orElseThrow(() -> new IllegalArgumentException(
                "client CIDR \"" + cidr + "\" is not an IPv4 CIDR block; write it like \"198.51.100.0/24\"."));
        return new Endpoint("clients " + block.network(), block.network(), Optional.empty(), Set.of());
    }
}
