package dev.okenet.reach.internal;

import dev.okenet.key.RuleSetKey;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Port;

/**
 * A security rule flattened for matching: the peer as an address range, an NSG id or the service
 * network. Its text is rendered only when a trace asks (validate() builds an index for every
 * network, and almost no rule ever appears in a trace).
 */
final class CompiledRule {
  private static final long ALL_IPV4_LAST = 0xFFFF_FFFFL;

  final ResolvedSecurityRule rule;
  final RuleSetKey setKey;
  final Port port;
  final boolean stateful;
  private final ResolvedPeer.Kind peerKind;
  private final long lo;
  private final long hi;
  private final int nsgId;
  /** Rendered on first use; a benign race (String is immutable, so any thread sees a whole one). */
  private String text;
  private String setKeyText;

  CompiledRule(ResolvedSecurityRule rule, RuleSetKey setKey, int nsgId) {
    this.rule = rule;
    this.setKey = setKey;
    this.port = rule.port();
    this.stateful = rule.stateful();
    this.peerKind = rule.peer().kind();
    boolean ipv4 = rule.peer().cidr().map(c -> c.isIpv4()).orElse(false);
    // An IPv6 peer never matches: reachability answers for IPv4 only.
    this.lo = ipv4 ? rule.peer().cidr().get().firstAddress() : 1;
    this.hi = ipv4 ? rule.peer().cidr().get().lastAddress() : 0;
    this.nsgId = nsgId;
  }

  /** The rule as a trace shows it, e.g. {@code ingress tcp/22 from 10.0.0.0/16 (stateful)}. */
  String text() {
    String t = text;
    if (t == null) {
      t = rule.toString();
      text = t;
    }
    return t;
  }

  /** The key of the rule's NSG or security list, as a trace shows it. */
  String setKeyText() {
    String k = setKeyText;
    if (k == null) {
      k = setKey.toString();
      setKeyText = k;
    }
    return k;
  }

  /** Whether the rule's peer covers the whole of {@code site}. */
  boolean matchesPeer(Site site) {
    switch (peerKind) {
      case CIDR:
        if (site.zone == Zone.SERVICE_NETWORK) {
          // The service network's addresses are public: only "anywhere" covers all of them.
          return lo == 0 && hi == ALL_IPV4_LAST;
        }
        return site.hasRange && lo <= site.lo && site.hi <= hi;
      case NSG:
        return nsgId >= 0 && site.inNsg(nsgId);
      default:
        return site.zone == Zone.SERVICE_NETWORK;
    }
  }

  /** Whether the peer is a CIDR block (for the internet audit). */
  boolean isCidrPeer() {
    return peerKind == ResolvedPeer.Kind.CIDR && lo <= hi;
  }

  @Override
  public String toString() {
    return setKey + ": " + text();
  }
}
