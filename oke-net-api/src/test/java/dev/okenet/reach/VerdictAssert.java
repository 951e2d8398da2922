package dev.okenet.reach;

import org.assertj.core.api.AbstractAssert;

/** AssertJ checks for a {@link Verdict}; every failure prints the whole rendered trace. */
final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {
  private VerdictAssert(Verdict actual) {
    super(actual, VerdictAssert.class);
  }

  static VerdictAssert assertThat(Verdict actual) {
    return new VerdictAssert(actual);
  }

  VerdictAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("Expected %s but was %s:%n%s", expected, actual.outcome(), actual.render());
    }
    return this;
  }

  VerdictAssert isAllowed() {
    return hasOutcome(Outcome.ALLOWED);
  }

  VerdictAssert isDenied() {
    return hasOutcome(Outcome.DENIED);
  }

  VerdictAssert hasNoRoute() {
    return hasOutcome(Outcome.NO_ROUTE);
  }

  /** The failing (last) hop is of {@code kind} and names {@code key}. */
  VerdictAssert decidedBy(HopKind kind, String key) {
    isNotNull();
    Hop last = actual.decidingHop().orElse(null);
    if (last == null || last.kind() != kind || !last.key().equals(key)) {
      failWithMessage("Expected the verdict to be decided by %s %s but it was decided by %s:%n%s", kind, key, last, actual.render());
    }
    return this;
  }

  /** The failing hop's description mentions {@code text}. */
  VerdictAssert becauseOf(String text) {
    isNotNull();
    Hop last = actual.decidingHop().orElse(null);
    if (last == null || !last.description().contains(text)) {
      failWithMessage("Expected the deciding hop to mention <%s>:%n%s", text, actual.render());
    }
    return this;
  }

  /** Some passed hop is of {@code kind} and names {@code key}. */
  VerdictAssert passedThrough(HopKind kind, String key) {
    isNotNull();
    if (actual.hops().stream().noneMatch(h -> h.passed() && h.kind() == kind && h.key().equals(key))) {
      failWithMessage("Expected a passed %s hop naming %s:%n%s", kind, key, actual.render());
    }
    return this;
  }

  /** Some hop (passed or not) of {@code kind} mentions {@code text}. */
  VerdictAssert hasHop(HopKind kind, String text) {
    isNotNull();
    if (actual.hops().stream().noneMatch(h -> h.kind() == kind && (h.description().contains(text) || h.key().contains(text)))) {
      failWithMessage("Expected a %s hop mentioning <%s>:%n%s", kind, text, actual.render());
    }
    return this;
  }

  /** No hop is of {@code kind}. */
  VerdictAssert hasNoHop(HopKind kind) {
    isNotNull();
    if (actual.hops().stream().anyMatch(h -> h.kind() == kind)) {
      failWithMessage("Expected no %s hop:%n%s", kind, actual.render());
    }
    return this;
  }

  /** The fix mentions {@code text}. */
  VerdictAssert hasFixContaining(String text) {
    isNotNull();
    if (actual.fix().map(f -> !f.contains(text)).orElse(true)) {
      failWithMessage("Expected a fix mentioning <%s> but the fix was %s:%n%s", text, actual.fix(), actual.render());
    }
    return this;
  }
}
