package dev.okenet.reach.internal;

import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;

/** A route rule flattened for longest-prefix lookup, with its text rendered once for traces. */
final class RouteEntry {
  final RouteTarget target;
  final boolean serviceNetwork;
  final long lo;
  final long hi;
  final int prefix;
  final String text;

  RouteEntry(RouteRule rule) {
    this.target = rule.target();
    this.serviceNetwork = rule.isServiceNetwork();
    boolean ipv4 = rule.destination().map(c -> c.isIpv4()).orElse(false);
    this.lo = ipv4 ? rule.destination().get().firstAddress() : 1;
    this.hi = ipv4 ? rule.destination().get().lastAddress() : 0;
    this.prefix = ipv4 ? rule.destination().get().prefixLength() : -1;
    this.text = rule + (rule.description().isEmpty() ? "" : " (" + rule.description() + ")");
  }

  /** Whether this CIDR rule covers the whole of [from, to]. */
  boolean covers(long from, long to) {
    return !serviceNetwork && lo <= from && to <= hi;
  }
}
