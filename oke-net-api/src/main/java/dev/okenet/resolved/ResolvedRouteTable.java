package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.key.RouteTableKey;
import dev.okenet.vcn.RouteRule;
import java.util.List;

/**
 * A route table and its rules.
 *
 * <pre>{@code
 * net.routeTable(ResourceKey.routeTable(ResourceKey.subnet(SubnetRole.WORKERS))).orElseThrow().rules();
 * // [0.0.0.0/0 → NAT gateway, Oracle Services Network → service gateway]
 * }</pre>
 *
 * @param key the logical key, e.g. {@code route-table:workers}
 * @param name the display name
 * @param rules the rules, in a stable order
 */
public record ResolvedRouteTable(RouteTableKey key, String name, List<RouteRule> rules) {
  /** Copies the list so the record stays immutable. */
  public ResolvedRouteTable {
    Require.components(ResolvedRouteTable.class, key, name, rules);
    rules = List.copyOf(rules);
  }
}
