package dev.okenet.check;

import dev.okenet.internal.Require;
import java.util.Comparator;

/**
 * One problem {@code validate()} found: the rule's stable id, the severity, the path of the
 * offending object in the intent (e.g. {@code nodePools[general]}, {@code pods},
 * {@code services[shop/web]}), a message with the actual numbers, and the fix.
 *
 * <pre>{@code
 * Finding f = report.findings("OKE-IP-001").get(0);
 * f.path();       // "pods"
 * f.toString();   // "OKE-IP-001 error pods: pod subnet 10.0.1.0/24 has 253 usable addresses, ... Use a /21 ..."
 * }</pre>
 *
 * @param ruleId the rule's id, e.g. "OKE-IP-001"
 * @param severity error, warning or info
 * @param path where in the intent the problem is
 * @param message what is wrong, with numbers
 * @param fix what to do about it; null or empty when there is nothing to do
 */
public record Finding(String ruleId, Severity severity, String path, String message, String fix)
    implements Comparable<Finding> {

  /** Errors first, then by rule id, path and message: the order of every report. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId).thenComparing(Finding::path).thenComparing(Finding::message)
      .thenComparing(Finding::fix);

  /** Rejects missing parts: a finding without a rule, path or message helps nobody. */
  public Finding {
    Require.components(Finding.class, ruleId, severity, path, message, "");
    fix = fix == null ? "" : fix;
  }

  /** Whether this finding is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Finding other) {
    Require.notNull(other, "Finding.compareTo(other): other", "Give the finding to compare with.");
    return ORDER.compare(this, other);
  }

  /** One line: "OKE-IP-001 error pods: message Fix." */
  @Override
  public String toString() {
    return ruleId + " " + severity.label() + " " + path + ": " + message + (fix.isEmpty() ? "" : " " + fix);
  }
}
