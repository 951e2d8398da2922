package dev.okenet.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.vcn.Cidr;
import dev.okenet.hostile.HostileSeed;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The near-linear carver places every subnet exactly where the first, cubic one did: same CIDRs,
 * same misfits, over seeded random layouts (one to three VCN blocks, explicit CIDRs that may
 * overlap each other or lie outside the VCN, mixed prefix lengths, more subnets than fit). The
 * first carver is kept here, verbatim in behaviour, as the oracle. Replay with {@code -Dokenet.seed=N}.
 */
class CidrCarverEquivalenceTest {
  private static final int LAYOUTS = 1_500;

  /** The first carver: for each slot, every candidate block against every taken block. */
  private static CidrCarver.Layout reference(List<Cidr> vcnCidrs, List<SubnetSlot> slots) {
    Map<SubnetKey, Cidr> placed = new LinkedHashMap<>();
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
        found = referenceLowestFree(vcn, slot.prefixLength(), taken);
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
    Map<SubnetKey, Cidr> ordered = new LinkedHashMap<>();
    for (SubnetSlot slot : slots) {
      if (placed.containsKey(slot.key())) {
        ordered.put(slot.key(), placed.get(slot.key()));
      }
    }
    return new CidrCarver.Layout(ordered, unplaced);
  }

  private static Cidr referenceLowestFree(Cidr vcn, int prefix, List<Cidr> taken) {
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
      index = Math.max(index + 1, (nextFree - vcn.firstAddress() + size - 1) / size);
    }
    return null;
  }

  private static Cidr block(long address, int prefix) {
    long network = prefix == 0 ? 0 : address & ((0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL);
    return Cidr.of(((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + prefix);
  }

  @Test
  void placesEverySubnetWhereTheFirstCarverDid() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261222L);
    Random r = seed.random();
    for (int layout = 0; layout < LAYOUTS; layout++) {
      int vcnPrefix = 16 + r.nextInt(9);
      List<Cidr> vcns = new ArrayList<>();
      int blocks = 1 + r.nextInt(3);
      for (int b = 0; b < blocks; b++) {
        vcns.add(block((10L << 24) | ((long) b << 16) | ((long) r.nextInt(256) << 8), vcnPrefix));
      }
      List<SubnetSlot> slots = new ArrayList<>();
      int subnets = 1 + r.nextInt(60);
      for (int i = 0; i < subnets; i++) {
        Subnet s;
        if (r.nextInt(5) == 0) {
          // explicit: mostly inside the first VCN block, sometimes anywhere in 10/14
          s = Subnet.privateSubnet(block(vcns.get(0).firstAddress() + (r.nextInt(4) == 0 ? (long) r.nextInt(1 << 18) << 2 : r.nextInt(1 << 12)), 22 + r.nextInt(9)));
        } else {
          s = Subnet.privateSubnet(Math.min(30, vcnPrefix + r.nextInt(10)));
        }
        slots.add(new SubnetSlot(ResourceKey.extraSubnet("s" + i), SubnetRole.CUSTOM, "s" + i, s.withName("s" + i)));
      }
      CidrCarver.Layout expected = reference(vcns, slots);
      CidrCarver.Layout actual = CidrCarver.carve(vcns, slots);
      assertThat(actual.cidrs()).as("%s: layout %d, VCN %s", seed, layout, vcns).containsExactlyEntriesOf(expected.cidrs());
      assertThat(actual.unplaced()).as("%s: layout %d, VCN %s", seed, layout, vcns).isEqualTo(expected.unplaced());
    }
  }
}
