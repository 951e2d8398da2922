package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.RuleSetKey;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every NSG and security list of a network, compiled once: each set's rules grouped by direction
 * and by the packet protocol they can match (a rule for "all" joins every group), so a check scans
 * only rules that could apply. Set ids double as NSG ids for NSG peers and VNIC membership.
 */
final class RuleIndex {
  private static final CompiledRule[] NONE = new CompiledRule[0];

  private final RuleSetKey[] keys;
  /** [set][direction][packet protocol] → rules, in the set's order. */
  private final CompiledRule[][][][] rules;
  /** [set][direction] → every rule. */
  private final CompiledRule[][][] all;
  private final Map<RuleSetKey, Integer> ids = new HashMap<>();

  RuleIndex(ResolvedNetwork network) {
    List<ResolvedRuleSet> sets = new ArrayList<>(network.ruleSets());
    sets.add(network.defaultSecurityList());
    int n = sets.size();
    keys = new RuleSetKey[n];
    for (int i = 0; i < n; i++) {
      keys[i] = sets.get(i).key();
      ids.put(keys[i], i);
    }
    rules = new CompiledRule[n][2][Protocol.values().length][];
    all = new CompiledRule[n][2][];
    for (int i = 0; i < n; i++) {
      compile(i, sets.get(i));
    }
  }

  private void compile(int id, ResolvedRuleSet set) {
    for (Direction d : Direction.values()) {
      List<CompiledRule> inDirection = new ArrayList<>();
      for (ResolvedSecurityRule r : set.rules()) {
        if (r.direction() == d) {
          inDirection.add(new CompiledRule(r, set.key(), nsgIdOf(r.peer())));
        }
      }
      all[id][d.ordinal()] = inDirection.toArray(NONE);
      for (Protocol packet : Protocol.values()) {
        List<CompiledRule> group = new ArrayList<>();
        for (CompiledRule r : inDirection) {
          Protocol p = r.port.protocol();
          if (p == Protocol.ALL || (packet != Protocol.ALL && p == packet)) {
            group.add(r);
          }
        }
        rules[id][d.ordinal()][packet.ordinal()] = group.toArray(NONE);
      }
    }
  }

  private int nsgIdOf(ResolvedPeer peer) {
    if (peer.kind() != ResolvedPeer.Kind.NSG) {
      return -1;
    }
    return peer.nsgKey().map(this::id).orElse(-1);
  }

  /** The id of the set with this key, or -1. */
  int id(RuleSetKey key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /** How many sets there are. */
  int size() {
    return keys.length;
  }

  /** The key of set {@code id}. */
  RuleSetKey key(int id) {
    return keys[id];
  }

  /** The rules of set {@code id} in {@code direction} that a packet of {@code protocol} can match. */
  CompiledRule[] candidates(int id, Direction direction, Protocol protocol) {
    return rules[id][direction.ordinal()][protocol.ordinal()];
  }

  /** Every rule of set {@code id} in {@code direction}. */
  CompiledRule[] all(int id, Direction direction) {
    return all[id][direction.ordinal()];
  }
}
