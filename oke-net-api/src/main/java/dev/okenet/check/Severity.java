package dev.okenet.check;

import java.util.Locale;

/**
 * How bad a finding is. Only {@link #ERROR} makes a report invalid: it is reserved for what will
 * really break (creation fails, pods stop scheduling, a Service never gets an address, a policy
 * is silently ignored).
 *
 * <pre>{@code
 * report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
 * }</pre>
 */
public enum Severity {
  /** Will break: OCI rejects it, or the cluster will not work as declared. */
  ERROR,
  /** Works today but is risky, wasteful or against good practice (CIS, quotas, headroom). */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** "error", "warning" or "info", as printed in findings. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
