package dev.okenet.adopt.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.adopt.RuleGap;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RoleNsgKey;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the rules found on an imported network with those oke-net would generate for the
 * same layout: each role's required rules are looked for in every rule set that protects the role
 * (its role NSG or list and its subnet's own lists), an NSG peer matching its subnet's CIDR.
 *
 * <pre>{@code
 * List<RuleGap> gaps = RuleGaps.of(imported);
 * }</pre>
 */
public final class RuleGaps {
  private RuleGaps() {}

  /** The gaps of {@code found}, a network with {@code generatesOkeRules(false)}. */
  public static List<RuleGap> of(OkeNetwork found) {
    ResolvedNetwork have;
    ResolvedNetwork want;
    try {
      have = found.resolve();
      want = required(found).resolve();
    } catch (RuntimeException e) {
      return List.of();   // validate() reports why the network does not resolve
    }
    List<RuleGap> gaps = new ArrayList<>();
    for (ResolvedRuleSet set : want.ruleSets()) {
      if (set.role().isEmpty() || set.role().get() == SubnetRole.CUSTOM) {
        continue;
      }
      SubnetRole role = set.role().get();
      List<ResolvedSecurityRule> protecting = protecting(have, role);
      for (ResolvedSecurityRule q : set.rules()) {
        List<ResolvedSecurityRule> covering = protecting.stream().filter(f -> covers(f, q, have)).toList();
        if (covering.isEmpty()) {
          gaps.add(new RuleGap(RuleGap.Kind.MISSING, set.key(), text(q), Optional.empty(), q.description()));
        } else if (covering.stream().noneMatch(f -> same(f, q, have))) {
          gaps.add(new RuleGap(RuleGap.Kind.BROADER_THAN_NEEDED, set.key(), text(q), Optional.of(text(covering.get(0))), q.description()));
        }
      }
    }
    return gaps;
  }

  /** The same layout with nothing declared: what oke-net generates for it. */
  private static OkeNetwork required(OkeNetwork n) {
    OkeNetwork.Builder b = (OkeNetwork.Builder) OkeNetwork.builder().name(n.name()).compartmentId(n.compartmentId()).region(n.region()).vcn(n.vcn())
        .podNetworking(n.podNetworking()).cluster(n.cluster()).gateways(n.gateways()).securityEnforcement(n.securityEnforcement())
        .internetEgress(n.internetEgress())
        .apiEndpoint(bare(n.apiEndpoint())).workers(bare(n.workers())).addAllNodePools(n.nodePools().stream()
            .map(p -> dev.okenet.cluster.NodePool.of(p.name(), p.shape(), p.minNodes(), p.maxNodes())).toList())
        .addAllServices(n.services());
    n.pods().ifPresent(s -> b.pods(bare(s)));
    n.publicLoadBalancers().ifPresent(s -> b.publicLoadBalancers(bare(s)));
    n.internalLoadBalancers().ifPresent(s -> b.internalLoadBalancers(bare(s)));
    return b.build();
  }

  private static Subnet bare(Subnet s) {
    return s.cidr().map(c -> s.isPublic() ? Subnet.publicSubnet(c) : Subnet.privateSubnet(c))
        .orElseGet(() -> s.isPublic() ? Subnet.publicSubnet() : Subnet.privateSubnet());
  }

  private static List<ResolvedSecurityRule> protecting(ResolvedNetwork have, SubnetRole role) {
    List<ResolvedSecurityRule> out = new ArrayList<>();
    have.ruleSet(ResourceKey.nsg(role)).ifPresent(s -> out.addAll(s.rules()));
    have.ruleSet(ResourceKey.securityList(role)).ifPresent(s -> out.addAll(s.rules()));
    have.subnet(role).ifPresent(sub -> sub.securityListKeys().forEach(k -> have.ruleSet(k).ifPresent(s -> out.addAll(s.rules()))));
    return out;
  }

  private static boolean covers(ResolvedSecurityRule f, ResolvedSecurityRule q, ResolvedNetwork net) {
    if (f.direction() != q.direction() || !q.port().isCoveredBy(f.port())) {
      return false;
    }
    if (f.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK || q.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK) {
      return f.peer().kind() == q.peer().kind();
    }
    if (f.peer().nsgKey().isPresent()) {
      return f.peer().nsgKey().equals(q.peer().nsgKey());
    }
    Optional<Cidr> want = cidrOf(q.peer(), net);
    return want.isPresent() && f.peer().cidr().map(c -> c.contains(want.get())).orElse(false);
  }

  private static boolean same(ResolvedSecurityRule f, ResolvedSecurityRule q, ResolvedNetwork net) {
    return f.port().equals(q.port()) && (f.peer().target().equals(q.peer().target())
        || (f.peer().cidr().isPresent() && f.peer().cidr().equals(cidrOf(q.peer(), net))));
  }

  /** A peer's CIDR; for a role NSG, its role subnet's. */
  private static Optional<Cidr> cidrOf(ResolvedPeer p, ResolvedNetwork net) {
    if (p.cidr().isPresent()) {
      return p.cidr();
    }
    return p.nsgKey().filter(RoleNsgKey.class::isInstance).map(k -> ((RoleNsgKey) k).role()).flatMap(net::subnet)
        .map(ResolvedSubnet::cidr);
  }

  private static String text(ResolvedSecurityRule r) {
    return (r.direction() == dev.okenet.vcn.Direction.INGRESS ? "ingress from " : "egress to ") + r.peer().target() + " " + r.port()
        + (r.stateful() ? "" : " stateless");
  }
}
