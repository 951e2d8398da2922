package dev.okenet.reach;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Port;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "can A reach B on this port?": {@link Outcome#ALLOWED}, {@link Outcome#DENIED} or
 * {@link Outcome#NO_ROUTE}, with the ordered trace of what decided it and, for denials, a fix.
 * The last hop of a denial is the step that failed.
 *
 * <pre>{@code
 * Verdict v = reach.from(Endpoint.internet()).to(Endpoint.service("ingress-nginx", "controller")).on(Port.HTTPS);
 * v.isAllowed();                  // true
 * v.hops().get(0).key();          // "igw"
 * System.out.println(v.render());
 * }</pre>
 */
public final class Verdict {
  private final Endpoint from;
  private final Endpoint to;
  private final Port port;
  private final Outcome outcome;
  private final List<Hop> hops;
  private final String fix;

  private Verdict(Endpoint from, Endpoint to, Port port, Outcome outcome, List<Hop> hops, String fix) {
    this.from = Require.notNull(from, "Verdict from", "Give the source endpoint asked about.");
    this.to = Require.notNull(to, "Verdict to", "Give the destination endpoint asked about.");
    this.port = Require.notNull(port, "Verdict port", "Give the port asked about.");
    this.outcome = Require.notNull(outcome, "Verdict outcome", "Give ALLOWED, DENIED or NO_ROUTE.");
    this.hops = List.copyOf(Require.notNull(hops, "Verdict hops", "Give the hops, or List.of() for none."));
    this.fix = fix;
  }

  /**
   * A verdict; the engine builds them, tests and renderers may too.
   *
   * @param fix a suggestion for a denial; null or empty when there is none
   */
  public static Verdict of(Endpoint from, Endpoint to, Port port, Outcome outcome, List<Hop> hops, String fix) {
    return new Verdict(from, to, port, outcome, hops, fix == null || fix.isEmpty() ? null : fix);
  }

  /** The source asked about. */
  public Endpoint from() {
    return from;
  }

  /** The destination asked about. */
  public Endpoint to() {
    return to;
  }

  /** The protocol and port asked about (a range means every port of it). */
  public Port port() {
    return port;
  }

  /** ALLOWED, DENIED or NO_ROUTE. */
  public Outcome outcome() {
    return outcome;
  }

  /** Same as {@link #outcome()}, read as "the verdict". */
  public Outcome verdict() {
    return outcome;
  }

  /** Whether the traffic gets through. */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** The steps, in the order the packet meets them. */
  public List<Hop> hops() {
    return hops;
  }

  /** The step that refused the traffic; empty when allowed. */
  public Optional<Hop> decidingHop() {
    return outcome == Outcome.ALLOWED || hops.isEmpty() ? Optional.empty() : Optional.of(hops.get(hops.size() - 1));
  }

  /** What to change so the traffic gets through; empty when allowed. */
  public Optional<String> fix() {
    return Optional.ofNullable(fix);
  }

  /** The question and the outcome on one line, e.g. "internet → service shop/web on TCP 443: DENIED". */
  public String summary() {
    return from + " → " + to + " on " + port + ": " + outcome;
  }

  /**
   * The verdict for humans: the summary line, one numbered line per hop, and the fix.
   *
   * <pre>
   * pods shop/app=web → service shop/api on TCP 8080: ALLOWED
   *    1. ✓ SERVICE  ClusterIP of shop/api: service:shop/api — TCP 8080 → pods shop/app=api target port TCP 8080
   *    2. ✓ POLICY   egress from pods shop/app=web …
   * </pre>
   */
  public String render() {
    StringBuilder b = new StringBuilder(summary()).append('\n');
    for (int i = 0; i < hops.size(); i++) {
      String n = Integer.toString(i + 1);
      b.append(n.length() == 1 ? "   " : "  ").append(n).append(". ").append(hops.get(i).render()).append('\n');
    }
    if (fix != null) {
      b.append("   fix: ").append(fix).append('\n');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return summary();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Verdict)) {
      return false;
    }
    Verdict v = (Verdict) o;
    return from.equals(v.from) && to.equals(v.to) && port.equals(v.port) && outcome == v.outcome && hops.equals(v.hops)
        && Objects.equals(fix, v.fix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, port, outcome, hops);
  }
}
