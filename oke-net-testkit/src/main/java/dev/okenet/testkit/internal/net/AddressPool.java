package dev.okenet.testkit.internal.net;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The private addresses of one subnet. OCI reserves three per subnet: the network address, the
 * virtual router (the next one) and the broadcast address (the last), so a /p subnet holds
 * 2^(32-p) - 3 usable addresses. Addresses are handed out lowest first, found through a bit
 * index of the taken ones, so a pool with holes from released addresses is not scanned address by
 * address.
 */
public final class AddressPool {
    public static final int RESERVED_PER_SUBNET = 3;

    private final Ipv4Cidr cidr;
    private final TreeMap<Long, String> taken = new TreeMap<>();
    /** Bit i set: the address {@code cidr.first() + i} is taken. Mirrors {@link #taken}'s keys. */
    private final BitSet takenIndex = new BitSet();

    public AddressPool(Ipv4Cidr cidr) {
        this.cidr = cidr;
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
        long offset = takenIndex.nextClearBit(2);
        long ip = cidr.first() + offset;
        if (ip >= cidr.last()) {
            return -1;
        }
        take(ip, holder);
        return ip;
    }

    /** Takes a specific address; false if it is reserved, outside the subnet or taken. */
    public boolean allocate(long ip, String holder) {
        if (ip < cidr.first() + 2 || ip >= cidr.last() || taken.containsKey(ip)) {
            return false;
        }
        take(ip, holder);
        return true;
    }

    public void release(long ip) {
        if (taken.remove(ip) != null) {
            takenIndex.clear((int) (ip - cidr.first()));
        }
    }

    private void take(long ip, String holder) {
        taken.put(ip, holder);
        takenIndex.set((int) (ip - cidr.first()));
    }

    public boolean isEmpty() {
        return taken.isEmpty();
    }

    /** Who holds which address, lowest first. */
    public Map<Long, String> holders() {
        return java.util.Collections.unmodifiableMap(taken);
    }
}
