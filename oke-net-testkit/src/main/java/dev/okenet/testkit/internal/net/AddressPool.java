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
    /** Holders are kept in pages of this many addresses, made when an address in them is first taken. */
    private static final int PAGE = 256;

    private final Ipv4Cidr cidr;
    /**
     * Who holds each taken address, by offset from the network address, in pages made on demand:
     * addresses go lowest first, so a pool holds about as many slots as addresses taken, four bytes
     * each, where a sorted map of boxed addresses cost over fifty (a VCN-native node takes dozens).
     */
    private final String[][] holders;
    private int taken;
    /** Bit i set: the address {@code cidr.first() + i} is taken. Mirrors {@link #holders}. */
    private final BitSet takenIndex = new BitSet();

    public AddressPool(Ipv4Cidr cidr) {
        this.cidr = cidr;
        this.holders = new String[(int) ((cidr.size() + PAGE - 1) / PAGE)][];
    }

    public Ipv4Cidr cidr() {
        return cidr;
    }

    public long usable() {
        return cidr.size() - RESERVED_PER_SUBNET;
    }

    public long free() {
        return usable() - taken;
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
        if (ip < cidr.first() + 2 || ip >= cidr.last() || takenIndex.get((int) (ip - cidr.first()))) {
            return false;
        }
        take(ip, holder);
        return true;
    }

    public void release(long ip) {
        if (!cidr.contains(ip)) {
            return;
        }
        int offset = (int) (ip - cidr.first());
        if (takenIndex.get(offset)) {
            takenIndex.clear(offset);
            holders[offset / PAGE][offset % PAGE] = null;
            taken--;
        }
    }

    private void take(long ip, String holder) {
        int offset = (int) (ip - cidr.first());
        String[] page = holders[offset / PAGE];
        if (page == null) {
            page = new String[PAGE];
            holders[offset / PAGE] = page;
        }
        page[offset % PAGE] = holder;
        takenIndex.set(offset);
        taken++;
    }

    public boolean isEmpty() {
        return taken == 0;
    }

    /** Who holds {@code ip}, or null when it is free or outside the subnet. */
    public String holderOf(long ip) {
        if (!cidr.contains(ip)) {
            return null;
        }
        int offset = (int) (ip - cidr.first());
        String[] page = holders[offset / PAGE];
        return page == null ? null : page[offset % PAGE];
    }

    /** Who holds which address, lowest first (a copy). */
    public Map<Long, String> holders() {
        TreeMap<Long, String> out = new TreeMap<>();
        for (int offset = takenIndex.nextSetBit(0); offset >= 0; offset = takenIndex.nextSetBit(offset + 1)) {
            out.put(cidr.first() + offset, holders[offset / PAGE][offset % PAGE]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
