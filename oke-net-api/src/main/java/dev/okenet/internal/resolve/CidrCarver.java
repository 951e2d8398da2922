package dev.okenet.internal.resolve;

import dev.okenet.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  public record Layout(Map<String, Cidr> cidrs, List<SubnetSlot> unplaced) {}

  /** Carves the slots out of {@code vcnCidrs}. Never throws; what does not fit is reported. */
  public static Layout carve(List<Cidr> vcnCidrs, List<SubnetSlot> slots) {
    Map<String, Cidr> placed = new LinkedHashMap<>();
    List<Cidr> taken = new ArrayList<>();
    for (SubnetSlot slot : slots) {
      slot.subnet().cidr().ifPresent(c -> {
        placed.put(slot.key(), c);
        taken.add(c);
      });
    }
    List<SubnetSlot> unplaced = new ArrayList<>();
    for (SubnetSlot slot : slots) {
      if (slot.subnet().cidr().isPresent()) {
        continue;
      }
      Cidr found = null;
      for (Cidr vcn : vcnCidrs) {
        found = lowestFreeBlock(vcn, slot.prefixLength(), taken);
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        unplaced.add(slot);
      } else {
        placed.put(slot.key(), found);
        taken.add(found);
      }
    }
    Map<String, Cidr> ordered = new LinkedHashMap<>();
    for (SubnetSlot slot : slots) {
      if (placed.containsKey(slot.key())) {
        ordered.put(slot.key(), placed.get(slot.key()));
      }
    }
    return new Layout(ordered, unplaced);
  }

  private static Cidr lowestFreeBlock(Cidr vcn, int prefix, List<Cidr> taken) {
    if (!vcn.isIpv4() || prefix < vcn.prefixLength() || prefix > 32) {
      return null;
    }
    long size = 1L << (32 - prefix);
    long count = 1L << (prefix - vcn.prefixLength());
    long index = 0;
    while (index < count) {
      long start = vcn.firstAddress() + index * size;
      long end = start + size - 1;
      long nextFree = -1;
      for (Cidr t : taken) {
        if (t.isIpv4() && t.firstAddress() <= end && start <= t.lastAddress()) {
          nextFree = Math.max(nextFree, t.lastAddress() + 1);
        }
      }
      if (nextFree < 0) {
        return vcn.subBlock(prefix, index);
      }
      // jump past the block in the way, to the next aligned candidate
      index = Math.max(index + 1, (nextFree - vcn.firstAddress() + size - 1) / size);
    }
    return null;
  }
}
