package dev.okenet.reach.internal;

import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Hop;
import dev.okenet.reach.HopKind;
import dev.okenet.reach.Outcome;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * The hops of one evaluation, in order, and how it ended. The first failure decides: later steps
 * are not evaluated. Hop texts are mostly rendered once by the indexes, so recording is cheap.
 */
final class Trace {
  private final List<Hop> hops = new ArrayList<>(12);
  private Outcome outcome = Outcome.ALLOWED;
  private String fix;

  /** Records a step the traffic passed. Always true, so steps read as {@code return t.pass(..)}. */
  boolean pass(HopKind kind, String at, String key, String description) {
    hops.add(new Hop(kind, true, at, key, description));
    return true;
  }

  /** Records a refusal. Always false. */
  boolean deny(HopKind kind, String at, String key, String description, String fixText) {
    return fail(Outcome.DENIED, kind, at, key, description, fixText);
  }

  /** Records a missing path. Always false. */
  boolean noRoute(HopKind kind, String at, String key, String description, String fixText) {
    return fail(Outcome.NO_ROUTE, kind, at, key, description, fixText);
  }

  private boolean fail(Outcome o, HopKind kind, String at, String key, String description, String fixText) {
    hops.add(new Hop(kind, false, at, key, description));
    outcome = o;
    fix = fixText;
    return false;
  }

  /** How it ended so far. */
  Outcome outcome() {
    return outcome;
  }

  Verdict verdict(Endpoint from, Endpoint to, Port port) {
    return Verdict.of(from, to, port, outcome, hops, fix);
  }
}
