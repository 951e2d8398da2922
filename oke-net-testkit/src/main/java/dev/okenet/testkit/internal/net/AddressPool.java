package dev.okenet.testkit.internal.net;

import java.util.Map;
import java.util.TreeMap;

/**
 * The private addresses of one subnet. OCI reserves three per subnet: the network address, the
 * virtual router (the next one) and the broadcast address (the last), so a /p subnet holds
 * 2^(32-p) - 3 usable addresses. Addresses are handed out lowest first.
 */
public final class AddressPool {
    public static final int RESERVED_PER_SUBNET = 3;

    private final Ipv4Cidr cidr;
    private final TreeMap<Long, String> taken = new TreeMap<>();
    /** No address below this is free, so filling a large subnet stays linear. */
    private long lowestMaybeFree;

    public AddressPool(Ipv4Cidr cidr) {
        this.cidr = cidr;
        this.lowestMaybeFree = cidr.first() + 2;
    }

    public Ipv4Cidr cidr() {
        return cidr;
    }

    public long usable() {
        return cidr.size() - RESERVED_PER_SUBNET;
    }

    public long free() {
        return usable() - taken.size();
    }

    public String virtualRouterIp() {
        return Ipv4Cidr.format(cidr.first() + 1);
    }

    /** Takes the lowest free address for {@code holder}; -1 if the subnet is full. */
    public long allocate(String holder) {
        for (long ip = lowestMaybeFree; ip < cidr.last(); ip++) {
            if (!taken.containsKey(ip)) {
                taken.put(ip, holder);
                lowestMaybeFree = ip + 1;
                return ip;
            }
        }
        lowestMaybeFree = cidr.last();
        return -1;
    }

    /** Takes a specific address; false if it is reserved, outside the subnet or taken. */
    public boolean allocate(long ip, String holder) {
        if (ip < cidr.first() + 2 || ip >= cidr.last() || taken.containsKey(ip)) {
            return false;
        }
        taken.put(ip, holder);
        return true;
    }

    public void release(long ip) {
        if (taken.remove(ip) != null) {
            lowestMaybeFree = Math.min(lowestMaybeFree, ip);
        }
    }

    public boolean isEmpty() {
        return taken.isEmpty();
    }

    /** Who holds which address, lowest first. */
    public Map<Long, String> holders() {
        return java.util.Collections.unmodifiableMap(taken);
    }
}
