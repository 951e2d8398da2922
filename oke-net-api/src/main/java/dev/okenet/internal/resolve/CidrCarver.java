package dev.okenet.internal.resolve;

import dev.okenet.vcn.Cidr;
import dev.okenet.key.SubnetKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Carves subnet CIDRs out of the VCN's blocks.
 *
 * <p>Order: explicit CIDRs are placed first, as given. Then every subnet that gave only a size is
 * placed, in carving order (API endpoint, workers, pods, public LB, internal LB, then extra subnets
 * in declaration order), at the lowest aligned block of its size that overlaps nothing placed
 * before it, in the first VCN block with room.
 *
 * <p>Why this order and not largest-first: a subnet's place depends only on the subnets before it,
 * so appending a subnet never moves an existing one, and a moved subnet means a replaced subnet
 * (and a cluster outage). Lowest-first packing fills the gaps small subnets leave, so the waste of
 * not sorting by size stays small.
 */
public final class CidrCarver {
  private CidrCarver() {}

  /** The outcome: CIDRs by slot key, and the slots that found no room. */
  public record Layout(Map<SubnetKey, Cidr> cidrs, List<SubnetSlot> unplaced) {}

  /**
   * Carves the slots out of {@code vcnCidrs}. Never throws; what does not fit is reported.
   *
   * <p>Near-linear in the number of subnets (O(n log n)): what is taken is kept as merged address
   * intervals in a sorted map, so "does this block overlap anything?" is one lookup, and each prefix
   * length keeps a cursor below which every aligned block is known to be taken (taking only ever
   * grows), so a search never rescans the blocks an earlier search passed. The first version
   * rescanned every candidate against every taken block: cubic, 7.5 s for 2,000 carved subnets.
   */
  public static Layout carve(List<Cidr> vcnCidrs, List<SubnetSlot> slots) {
    Map<SubnetKey, Cidr> placed = new LinkedHashMap<>();
    TakenSpace taken = new TakenSpace();
    for (SubnetSlot slot : slots) {
      slot.subnet().cidr().ifPresent(c -> {
        placed.put(slot.key(), c);
        taken.add(c);
      });
    }
    List<SubnetSlot> unplaced = new ArrayList<>();
    Map<Long, Long> cursors = new HashMap<>();
    for (SubnetSlot slot : slots) {
      if (slot.subnet().cidr().isPresent()) {
        continue;
      }
      Cidr found = null;
      for (int v = 0; v < vcnCidrs.size() && found == null; v++) {
        found = lowestFreeBlock(vcnCidrs.get(v), slot.prefixLength(), taken, cursors, ((long) v << 8) | (slot.prefixLength() & 0xFF));
      }
      if (found == null) {
        unplaced.add(slot);
      } else {
        placed.put(slot.key(), found);
        taken.add(found);
      }
    }
    Map<SubnetKey, Cidr> ordered = new LinkedHashMap<>();
    for (SubnetSlot slot : slots) {
      if (placed.containsKey(slot.key())) {
        ordered.put(slot.key(), placed.get(slot.key()));
      }
    }
    return new Layout(ordered, unplaced);
  }

  /**
   * The lowest aligned /{@code prefix} block of {@code vcn} that overlaps nothing taken, starting
   * at the cursor of (VCN block, prefix) and moving it to where the search stopped.
   */
  private static Cidr lowestFreeBlock(Cidr vcn, int prefix, TakenSpace taken, Map<Long, Long> cursors, long cursorKey) {
    if (!vcn.isIpv4() || prefix < vcn.prefixLength() || prefix > 32) {
      return null;
    }
    long size = 1L << (32 - prefix);
    long count = 1L << (prefix - vcn.prefixLength());
    long index = cursors.getOrDefault(cursorKey, 0L);
    while (index < count) {
      long start = vcn.firstAddress() + index * size;
      long end = start + size - 1;
      long nextFree = taken.endOfOverlap(start, end);
      if (nextFree < 0) {
        cursors.put(cursorKey, index);
        return vcn.subBlock(prefix, index);
      }
      // jump past the taken interval in the way, to the next aligned candidate
      index = Math.max(index + 1, (nextFree - vcn.firstAddress() + size - 1) / size);
    }
    cursors.put(cursorKey, count);
    return null;
  }

  /** Taken IPv4 addresses as disjoint, merged intervals [first, last], by first address. */
  private static final class TakenSpace {
    private final TreeMap<Long, Long> intervals = new TreeMap<>();

    void add(Cidr c) {
      if (!c.isIpv4()) {
        return;
      }
      long first = c.firstAddress();
      long last = c.lastAddress();
      Map.Entry<Long, Long> before = intervals.floorEntry(first);
      if (before != null && before.getValue() >= first - 1) {
        first = before.getKey();
        last = Math.max(last, before.getValue());
      }
      Map.Entry<Long, Long> next = intervals.ceilingEntry(first);
      while (next != null && next.getKey() <= last + 1) {
        last = Math.max(last, next.getValue());
        intervals.remove(next.getKey());
        next = intervals.ceilingEntry(first);
      }
      intervals.put(first, last);
    }

    /** One past the last taken address of the interval overlapping [start, end], or -1 when none does. */
    long endOfOverlap(long start, long end) {
      // Disjoint and sorted: the interval starting last at or before `end` is the only candidate.
      Map.Entry<Long, Long> e = intervals.floorEntry(end);
      return e == null || e.getValue() < start ? -1 : e.getValue() + 1;
    }
  }
}
