package dev.okenet.resolved;

import dev.okenet.key.RouteTableKey;
import dev.okenet.vcn.RouteRule;
import java.util.List;

/**
 * A route table and its rules. Built by {@code OkeNetwork.resolve()}; equal when every component
 * is.
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * net.routeTable(ResourceKey.routeTable(ResourceKey.subnet(SubnetRole.WORKERS))).orElseThrow().rules();
 * // [0.0.0.0/0 → NAT gateway, Oracle Services Network → service gateway, ...]
 * }</pre>
 */
public final class ResolvedRouteTable {
  private final RouteTableKey key;
  private final String name;
  private final List<RouteRule> rules;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedRouteTable(RouteTableKey key, String name, List<RouteRule> rules) {
    this.key = Components.value(key, "ResolvedRouteTable", "key");
    this.name = Components.value(name, "ResolvedRouteTable", "name");
    this.rules = Components.list(rules, "ResolvedRouteTable", "rules");
  }

  /** The logical key, e.g. {@code route-table:workers}. */
  public RouteTableKey key() {
    return key;
  }

  /** The display name, e.g. "prod-rt-workers". */
  public String name() {
    return name;
  }

  /** The rules, in a stable order. */
  public List<RouteRule> rules() {
    return rules;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedRouteTable t && key.equals(t.key) && name.equals(t.name) && rules.equals(t.rules);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    return 31 * (31 * key.hashCode() + name.hashCode()) + rules.hashCode();
  }

  /** {@code ResolvedRouteTable[key=route-table:workers, name=prod-rt-workers, rules=[...]]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedRouteTable[key=" + key + ", name=" + name + ", rules=" + rules + "]";
  }
}
