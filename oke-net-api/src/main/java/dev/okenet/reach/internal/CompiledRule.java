package dev.okenet.reach.internal;

import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Port;

/**
 * A security rule flattened for matching: the peer as an address range, an NSG id or the service
 * network, and its text rendered once for traces.
 */
final class CompiledRule {
  private static final long ALL_IPV4_LAST = 0xFFFF_FFFFL;

  final ResolvedSecurityRule rule;
  final String setKey;
  final Port port;
  final boolean stateful;
  final String text;
  private final ResolvedPeer.Kind peerKind;
  private final long lo;
  private final long hi;
  private final int nsgId;

  CompiledRule(ResolvedSecurityRule rule, String setKey, int nsgId) {
    this.rule = rule;
    this.setKey = setKey;
    this.port = rule.port();
    this.stateful = rule.stateful();
    this.text = rule.toString();
    this.peerKind = rule.peer().kind();
    boolean ipv4 = rule.peer().cidr().map(c -> c.isIpv4()).orElse(false);
    // An IPv6 peer never matches: reachability answers for IPv4 only.
    this.lo = ipv4 ? rule.peer().cidr().get().firstAddress() : 1;
    this.hi = ipv4 ? rule.peer().cidr().get().lastAddress() : 0;
    this.nsgId = nsgId;
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
    return setKey + ": " + text;
  }
}
