package dev.okenet.check.internal;

import dev.okenet.internal.Require;
import dev.okenet.check.Finding;
import dev.okenet.check.Reporter;
import dev.okenet.check.RuleDoc;
import dev.okenet.check.Severity;
import java.util.List;

/**
 * A {@link Reporter} bound to one rule, collecting into a shared list. Not for users.
 *
 * <pre>{@code
 * rule.check(ctx, new RuleReporter(rule.doc(), findings));
 * }</pre>
 */
public final class RuleReporter implements Reporter {
  private final RuleDoc doc;
  private final List<Finding> sink;

  /** Reports of the rule documented by {@code doc} go to {@code sink}. */
  public RuleReporter(RuleDoc doc, List<Finding> sink) {
    this.doc = doc;
    this.sink = sink;
  }

  @Override
  public void report(String path, String message) {
    report(doc.severity(), path, message, doc.fix());
  }

  @Override
  public void report(String path, String message, String fix) {
    report(doc.severity(), path, message, fix);
  }

  @Override
  public void report(Severity severity, String path, String message, String fix) {
    String rule = "Rule " + doc.id() + " reported ";
    Require.notNull(severity, rule + "a finding with severity", "Give Severity.ERROR, WARNING or INFO.");
    Require.notNull(path, rule + "a finding with path", "Give where in the network, e.g. \"workers\".");
    Require.notNull(message, rule + "a finding with message", "Say what is wrong.");
    sink.add(new Finding(doc.id(), severity, path, message, fix));
  }
}
