package dev.okenet.testkit.internal.core;

import dev.okenet.testkit.internal.net.Ipv4Cidr;

/**
 * Hands out public addresses for NAT gateways and public load balancers from 203.0.113.0/24 upward
 * (documentation ranges, so a fake address can never be mistaken for a real one).
 */
final class PublicIps {
    private static final long FIRST = Ipv4Cidr.parseAddress("203.0.113.1").orElseThrow();
    private long next = FIRST;

    synchronized String next() {
        return Ipv4Cidr.format(next++);
    }

    synchronized void reset() {
        next = FIRST;
    }
}
