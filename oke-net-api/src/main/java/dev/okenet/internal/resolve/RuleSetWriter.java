package dev.okenet.internal.resolve;

import dev.okenet.vcn.Cidr;
import dev.okenet.key.CustomNsgKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.RuleSource;
import dev.okenet.resolved.internal.ResolvedParts;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects rules into NSGs and security lists, turning intent peers into OCI peers (an NSG key in
 * NSG mode, the role subnet's CIDR in security-list mode) and de-duplicating by a deterministic
 * key: the first description wins.
 */
final class RuleSetWriter {
  private final String networkName;
  private final SecurityEnforcement mode;
  private final Map<SubnetRole, Cidr> roleCidrs;
  private final Map<RuleSetKey, SetBuilder> sets = new LinkedHashMap<>();

  RuleSetWriter(String networkName, SecurityEnforcement mode, Map<SubnetRole, Cidr> roleCidrs) {
    this.networkName = networkName;
    this.mode = mode;
    this.roleCidrs = roleCidrs;
  }

  /** The key of the rule set that protects {@code role}. */
  RuleSetKey roleSetKey(SubnetRole role) {
    return mode == SecurityEnforcement.NSG ? ResourceKey.nsg(role) : ResourceKey.securityList(ResourceKey.subnet(role));
  }

  /** The key of the NSG that protects {@code role}, in NSG mode; empty in security-list mode. */
  Optional<NsgKey> roleNsgKey(SubnetRole role) {
    return mode == SecurityEnforcement.NSG ? Optional.of(ResourceKey.nsg(role)) : Optional.empty();
  }

  /** Declares the rule set of a role (so it exists even with no rules). */
  void declareRoleSet(SubnetRole role) {
    set(roleSetKey(role), mode == SecurityEnforcement.NSG ? ResolvedRuleSet.Kind.NSG : ResolvedRuleSet.Kind.SECURITY_LIST,
        Optional.of(role), role.key());
  }

  /** Declares a rule set with an explicit kind. */
  void declare(RuleSetKey key, ResolvedRuleSet.Kind kind, String label) {
    set(key, kind, Optional.empty(), label);
  }

  /** A declared rule on the set protecting {@code where}; skipped when a role is absent. */
  void addToRole(SubnetRole where, Direction direction, Peer peer, Port port, boolean stateful, String why) {
    addToRole(where, direction, peer, port, stateful, why, List.of());
  }

  /** A rule on the set protecting {@code where}, citing {@code sources}; skipped when a role is absent. */
  void addToRole(SubnetRole where, Direction direction, Peer peer, Port port, boolean stateful, String why, List<RuleSource> sources) {
    if (!roleCidrs.containsKey(where)) {
      return;
    }
    add(roleSetKey(where), direction, peer, port, stateful, why, sources);
  }

  /** A declared rule on the set {@code key}; skipped when the peer cannot be expressed there. */
  void add(RuleSetKey key, Direction direction, Peer peer, Port port, boolean stateful, String why) {
    add(key, direction, peer, port, stateful, why, List.of());
  }

  /** A rule on the set {@code key}, citing {@code sources}; skipped when the peer cannot be expressed there. */
  void add(RuleSetKey key, Direction direction, Peer peer, Port port, boolean stateful, String why, List<RuleSource> sources) {
    SetBuilder set = sets.get(key);
    if (set == null) {
      return;
    }
    resolvePeer(peer, set.kind).ifPresent(p -> set.add(ResolvedParts.get().securityRule(direction, p, port, stateful, why, sources)));
  }

  private Optional<ResolvedPeer> resolvePeer(Peer peer, ResolvedRuleSet.Kind where) {
    switch (peer.kind()) {
      case CIDR:
        return Optional.of(ResolvedParts.get().cidrPeer(((Peer.CidrPeer) peer).cidr(), peer.toString()));
      case SERVICE_NETWORK:
        return Optional.of(ResolvedParts.get().serviceNetworkPeer());
      case ROLE: {
        SubnetRole role = ((Peer.RolePeer) peer).role();
        Cidr cidr = roleCidrs.get(role);
        if (cidr == null) {
          return Optional.empty();
        }
        // A security list cannot name an NSG: there the role is its subnet's CIDR, whatever the mode.
        if (mode == SecurityEnforcement.NSG && role != SubnetRole.CUSTOM && where == ResolvedRuleSet.Kind.NSG) {
          return Optional.of(ResolvedParts.get().nsgPeer(ResourceKey.nsg(role), role.label()));
        }
        return Optional.of(ResolvedParts.get().cidrPeer(cidr, role.label()));
      }
      default: {
        // A security list cannot name an NSG; validate() reports such rules (OKE-SEC-005).
        CustomNsgKey key = ResourceKey.customNsg(((Peer.NsgPeer) peer).name());
        if (where != ResolvedRuleSet.Kind.NSG || !sets.containsKey(key)) {
          return Optional.empty();
        }
        return Optional.of(ResolvedParts.get().nsgPeer(key, peer.toString()));
      }
    }
  }

  private void set(RuleSetKey key, ResolvedRuleSet.Kind kind, Optional<SubnetRole> role, String label) {
    sets.computeIfAbsent(key, k -> new SetBuilder(k, networkName + (kind == ResolvedRuleSet.Kind.NSG ? "-nsg-" : "-sl-") + label.replace(':', '-'), kind, role));
  }

  List<ResolvedRuleSet> build() {
    List<ResolvedRuleSet> out = new ArrayList<>();
    for (SetBuilder b : sets.values()) {
      out.add(ResolvedParts.get().ruleSet(b.key, b.name, b.kind, b.role, List.copyOf(b.rules.values())));
    }
    return out;
  }

  private static final class SetBuilder {
    final RuleSetKey key;
    final String name;
    final ResolvedRuleSet.Kind kind;
    final Optional<SubnetRole> role;
    final Map<RuleIdentity, ResolvedSecurityRule> rules = new LinkedHashMap<>();

    SetBuilder(RuleSetKey key, String name, ResolvedRuleSet.Kind kind, Optional<SubnetRole> role) {
      this.key = key;
      this.name = name;
      this.kind = kind;
      this.role = role;
    }

    /** Adds the rule; a rule already present keeps its place and also names the new reason and sources. */
    void add(ResolvedSecurityRule rule) {
      RuleIdentity identity = RuleIdentity.of(rule);
      ResolvedSecurityRule existing = rules.putIfAbsent(identity, rule);
      if (existing == null) {
        return;
      }
      String merged = existing.description();
      if (!merged.contains(rule.description())) {
        merged = merged + "; " + rule.description();
        // OCI allows 255 characters in a rule description.
        merged = merged.length() > 255 ? merged.substring(0, 254) + "…" : merged;
      }
      Set<RuleSource> sources = new LinkedHashSet<>(existing.sources());
      sources.addAll(rule.sources());
      rules.put(identity, ResolvedParts.get().securityRule(existing.direction(), existing.peer(), existing.port(),
          existing.stateful(), merged, List.copyOf(sources)));
    }
  }
  /**
   * What makes two rules one rule in OCI: {@link ResolvedSecurityRule#identity()} as a value
   * rather than text (the peer's label, the description and the sources are not part of it).
   * Equal exactly when the identity texts are equal: {@code Cidr} and the keys are equal when their
   * texts are, and so are {@code Port}s. A value, because every generated rule of every network
   * passes through here and the text cost a string per rule.
   */
  record RuleIdentity(Direction direction, ResolvedPeer.Kind kind, Optional<Cidr> cidr, Optional<NsgKey> nsg,
      Port port, boolean stateful) {
    static RuleIdentity of(ResolvedSecurityRule rule) {
      ResolvedPeer peer = rule.peer();
      return new RuleIdentity(rule.direction(), peer.kind(), peer.cidr(), peer.nsgKey(), rule.port(), rule.stateful());
    }
  }
}
