package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile names, seeded, for every name that becomes part of a logical key and of OCI display
 * names (extra subnet, its security list, NSG, LPG, DRG attachment, node pool): long, blank,
 * with ':' or '/', control characters, NEL, line separators, odd Unicode. What must hold: a name is
 * refused with an {@link IllegalArgumentException} that quotes the rule, or the network built with
 * it resolves with every logical key distinct and every display name within OCI's 255 characters.
 * Replay with {@code -Dokenet.seed=N}.
 */
class HostileNamesTest {
  private static final int CASES = 3_000;
  private static final String[] PIECES = {"a", "db", "x", ":", "/", " ", "-", "_", ".", "\t", "\n", "\u0085", "\u2028", "\u0000",
      "é", "名", "\uD83D\uDE00", "0", "9", "A"};

  private static String hostileName(Random r) {
    StringBuilder s = new StringBuilder();
    int pieces = r.nextInt(6) == 0 ? 30 + r.nextInt(60) : 1 + r.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return r.nextInt(20) == 0 ? "" : s.toString();
  }

  private static OkeNetwork withNames(String a, String b) {
    SecurityList list = SecurityList.named(b).addRule(dev.okenet.vcn.SecurityRule.ingress(Peer.ipv4("10.9.0.0/16"), Port.tcp(9100)));
    return ReferenceNetworks.prod().toBuilder()
        .addExtraSubnet(Subnet.privateSubnet(28).withName(a).addSecurityList(list))
        .addNsg(Nsg.named(a).allowFrom(Peer.ipv4("10.9.0.0/16"), Port.SSH))
        .addLocalPeering(LocalPeering.to(b, "10.60.0.0/16"))
        .drg(Drg.of(DrgAttachment.remotePeering(a, "us-phoenix-1", "10.70.0.0/16")))
        .addNodePool(NodePool.of(a, Shape.flex("VM.Standard.E5.Flex", 2), 1, 2))
        .build();
  }

  @Test
  void aNameIsRefusedWithTheRuleOrItsKeysAreDistinctAndItsDisplayNamesFitOci() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261221L);
    Random random = seed.random();
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String a = hostileName(random);
      String b = random.nextBoolean() ? a : hostileName(random);
      OkeNetwork network;
      try {
        network = withNames(a, b);
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).as("%s: names '%s', '%s'", seed, a, b)
            .containsAnyOf("must not be blank", "at most 64", "holds ':'", "control or line-separator", "Two ", "two ");
        continue;
      } catch (RuntimeException other) {
        fail(seed + ": names '" + a + "', '" + b + "' threw " + other, other);
        return;
      }
      accepted++;
      ResolvedNetwork net = network.resolve();
      List<String> names = new ArrayList<>();
      net.subnets().stream().map(ResolvedSubnet::name).forEach(names::add);
      net.ruleSets().stream().map(ResolvedRuleSet::name).forEach(names::add);
      net.routeTables().stream().map(ResolvedRouteTable::name).forEach(names::add);
      net.gateways().stream().map(ResolvedGateway::name).forEach(names::add);
      assertThat(names).as("%s: names '%s', '%s'", seed, a, b).allSatisfy(n -> assertThat(n.length()).isBetween(1, 255));
      Set<ResourceKey> keys = new HashSet<>();
      net.subnets().forEach(s -> assertThat(keys.add(s.key())).as("%s: key %s", seed, s.key()).isTrue());
      net.ruleSets().forEach(s -> assertThat(keys.add(s.key())).as("%s: key %s", seed, s.key()).isTrue());
      net.routeTables().forEach(s -> assertThat(keys.add(s.key())).as("%s: key %s", seed, s.key()).isTrue());
      net.gateways().forEach(s -> assertThat(keys.add(s.key())).as("%s: key %s", seed, s.key()).isTrue());
      assertThat(keys).allSatisfy(k -> assertThat(k.toString().length()).isLessThanOrEqualTo(256));
    }
    assertThat(accepted).as("%s: some names are fine", seed).isPositive();
  }
}
