package dev.okenet.reach.internal;

import dev.okenet.resolved.ResolvedRouteTable;
import java.util.List;

/**
 * One route table compiled for longest-prefix lookup. The Oracle Services Network has no CIDR: a
 * service-network rule matches it first; failing that, a 0.0.0.0/0 rule does (its addresses are
 * public, reached through NAT or an internet gateway).
 */
final class RouteTableView {
  final String key;
  private final RouteEntry[] entries;

  RouteTableView(String key, List<RouteEntry> entries) {
    this.key = key;
    this.entries = entries.toArray(new RouteEntry[0]);
  }

  static RouteTableView of(ResolvedRouteTable table) {
    return new RouteTableView(table.key().toString(), table.rules().stream().map(RouteEntry::new).toList());
  }

  /** The most specific rule covering {@code site}, or null. */
  RouteEntry lookup(Site site) {
    if (site.zone == Zone.SERVICE_NETWORK) {
      RouteEntry any = null;
      for (RouteEntry e : entries) {
        if (e.serviceNetwork) {
          return e;
        }
        if (e.prefix == 0) {
          any = e;
        }
      }
      return any;
    }
    if (!site.hasRange) {
      return null;
    }
    RouteEntry best = null;
    for (RouteEntry e : entries) {
      if (e.covers(site.lo, site.hi) && (best == null || e.prefix > best.prefix)) {
        best = e;
      }
    }
    return best;
  }
}
