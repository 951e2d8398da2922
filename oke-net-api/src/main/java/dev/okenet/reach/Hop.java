package dev.okenet.reach;

import dev.okenet.internal.Require;

/**
 * One step of a reachability trace: where it happened, the element that decided it (by logical
 * key, e.g. {@code "route-table:workers"}, {@code "nsg:pods"}, {@code "shop/default-deny"},
 * {@code "service:shop/web"}) with its description, and whether the traffic passed.
 *
 * <pre>{@code
 * Hop hop = verdict.hops().get(0);
 * hop.kind();          // ROUTE
 * hop.key();           // "route-table:workers"
 * hop.description();   // "0.0.0.0/0 → NAT gateway (internet egress through NAT)"
 * hop.passed();        // true
 * }</pre>
 *
 * @param kind what kind of element decided the step
 * @param passed whether the traffic got through this step
 * @param at where the step happened, e.g. "egress at pods shop/app=web (10.0.32.0/19)"
 * @param key the logical key of the deciding element (or of the element that lacks a rule)
 * @param description the element's description, or what is missing
 */
public record Hop(HopKind kind, boolean passed, String at, String key, String description) {
  /** Checks that nothing is missing. */
  public Hop {
    Require.components(Hop.class, kind, passed, at, key, description);
  }

  /** One line for humans: "✓ ROUTE    route from …: route-table:workers — 0.0.0.0/0 → NAT gateway". */
  public String render() {
    return (passed ? "✓ " : "✗ ") + pad(kind.name()) + at + ": " + key + " — " + description;
  }

  private static String pad(String s) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < 9) {
      b.append(' ');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
