package dev.okenet.reach.internal;

import dev.okenet.reach.HopKind;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;

/**
 * The security step: egress at the source and ingress at the destination, each over the union of
 * the VNIC's NSGs and its subnet's security lists. A stateful match lets replies through; a
 * stateless one needs a rule for the replies too, which go to the sender's ephemeral ports
 * ({@value #EPHEMERAL_FROM}-{@value #EPHEMERAL_TO}, Linux's default range).
 */
final class Security {
  static final int EPHEMERAL_FROM = 32768;
  static final int EPHEMERAL_TO = 60999;
  private static final Port REPLY_TCP = Port.tcpRange(EPHEMERAL_FROM, EPHEMERAL_TO);
  private static final Port REPLY_UDP = Port.udpRange(EPHEMERAL_FROM, EPHEMERAL_TO);

  private final RuleIndex rules;

  Security(RuleIndex rules) {
    this.rules = rules;
  }

  /** Egress at {@code at} towards {@code other}; sites outside the VCN have no rules to check. */
  boolean egress(Site at, Site other, Port p, Trace t) {
    return check(at, Direction.EGRESS, other, p, t);
  }

  /** Ingress at {@code at} from {@code other} (the source as the destination sees it). */
  boolean ingress(Site at, Site other, Port p, Trace t) {
    return check(at, Direction.INGRESS, other, p, t);
  }

  private boolean check(Site at, Direction dir, Site other, Port p, Trace t) {
    if (!at.inVcn()) {
      return true;
    }
    String where = dir == Direction.EGRESS ? at.egressAt : at.ingressAt;
    CompiledRule r = find(at, dir, other, p);
    if (r == null) {
      return t.deny(HopKind.SECURITY, where, keys(at), "no " + word(dir) + " rule allows " + p + (dir == Direction.EGRESS ? " to " : " from ")
          + other.label, fix(at, dir, other, p));
    }
    t.pass(HopKind.SECURITY, where, r.setKeyText(), r.text());
    if (r.stateful) {
      return true;
    }
    Port reply = p.protocol() == Protocol.TCP ? REPLY_TCP : p.protocol() == Protocol.UDP ? REPLY_UDP : null;
    if (reply == null) {
      return true;
    }
    Direction back = dir == Direction.EGRESS ? Direction.INGRESS : Direction.EGRESS;
    CompiledRule ret = find(at, back, other, reply);
    String replyAt = "return traffic at " + at.label;
    if (ret == null) {
      return t.deny(HopKind.SECURITY, replyAt, r.setKeyText(), "the rule is stateless and no " + word(back) + " rule allows the replies ("
          + reply + (back == Direction.EGRESS ? " to " : " from ") + other.label + ")",
          "Make the rule stateful, or add a " + word(back) + " rule for " + reply + (back == Direction.EGRESS ? " to " : " from ")
              + other.peerCode + " on " + at.homeSetKey + ".");
    }
    return t.pass(HopKind.SECURITY, replyAt, ret.setKeyText(), ret.text());
  }

  /** The first stateful rule that matches, else the first stateless one, else null. */
  CompiledRule find(Site at, Direction dir, Site other, Port p) {
    CompiledRule stateless = null;
    Protocol protocol = p.protocol();
    for (int id : at.ruleSets) {
      for (CompiledRule r : rules.candidates(id, dir, protocol)) {
        if (p.isCoveredBy(r.port) && r.matchesPeer(other)) {
          if (r.stateful) {
            return r;
          }
          if (stateless == null) {
            stateless = r;
          }
        }
      }
    }
    return stateless;
  }

  private static String keys(Site at) {
    return at.ruleSetKeys.isEmpty() ? "(no NSG or security list)" : at.ruleSetKeys;
  }

  private static String word(Direction d) {
    return d == Direction.EGRESS ? "egress" : "ingress";
  }

  private static String fix(Site at, Direction dir, Site other, Port p) {
    String port = Code.port(p);
    if (dir == Direction.INGRESS) {
      if (at.loadBalancer != null && !other.inVcn()) {
        return "Admit the clients on the listener: add " + other.cidrText + " to Service " + at.loadBalancer.service().ref()
            + ".addSourceRanges(..), or allow it on " + at.homeSetKey + ": ingress from " + other.peerCode + " on " + port + ".";
      }
      return "Allow it on " + at.homeSetKey + ": ingress from " + other.peerCode + " on " + port + "; in the intent, give "
          + at.owner + " .allowFrom(" + other.peerCode + ", " + port + ").";
    }
    if (other.inVcn() && other.peerCode.startsWith("Peer.role") && at.peerCode.startsWith("Peer.role")) {
      return "Allow it on " + at.homeSetKey + ": egress to " + other.peerCode + " on " + port + "; in the intent, give " + other.owner
          + " .allowFrom(" + at.peerCode + ", " + port + "): resolve() writes the egress here and the ingress there.";
    }
    return "Allow it on " + at.homeSetKey + ": egress to " + other.peerCode + " on " + port + "; in the intent, add SecurityRule.egress("
        + other.peerCode + ", " + port + ") to " + at.owner + "'s extraSecurityRules.";
  }
}
