package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.check.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code validate()} found: findings in a deterministic order (errors first, then by rule
 * id and path). A report is valid when it holds no error; warnings and notes do not fail it.
 *
 * <pre>{@code
 * Report report = ReferenceNetworks.broken().validate();
 * report.isValid();                    // false
 * report.ruleIds();                    // [OKE-IP-001, OKE-LB-001, OKE-POL-001]
 * System.out.println(report.render()); // for a terminal
 * }</pre>
 */
public final class Report {
  private static final int WIDTH = 100;
  private static final int INDENT = 4;

  private final String networkName;
  private final List<Finding> findings;

  private Report(String networkName, List<Finding> findings) {
    this.networkName = networkName;
    this.findings = findings;
  }

  /** A report of these findings about the network {@code networkName}, sorted. */
  public static Report of(String networkName, Collection<Finding> findings) {
    Require.notNull(networkName, "Report.of(networkName, findings): networkName", "Give the network's name, e.g. \"prod\".");
    Require.notNull(findings, "Report.of(networkName, findings): findings", "Give the findings, or List.of() for none.");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    return new Report(networkName, List.copyOf(sorted));
  }

  /** The name of the network validated. */
  public String networkName() {
    return networkName;
  }

  /** Every finding, errors first. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of one rule. */
  public List<Finding> findings(String ruleId) {
    Require.notNull(ruleId, "Report.findings(ruleId): ruleId", "Give a rule id, e.g. \"OKE-IP-001\".");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    Require.notNull(severity, "Report.findings(severity): severity", "Give Severity.ERROR, WARNING or INFO.");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The errors. */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /** The warnings. */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /** Whether no finding is an error. */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** Whether some finding has this rule id. */
  public boolean has(String ruleId) {
    Require.notNull(ruleId, "Report.has(ruleId): ruleId", "Give a rule id, e.g. \"OKE-IP-001\".");
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /** The distinct rule ids found, sorted. */
  public Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>();
    findings.forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  /**
   * The report for a terminal: a summary line, then each finding as a header line (severity, rule
   * id, path) with its message and fix wrapped beneath at {@value #WIDTH} columns.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Validation of '").append(networkName).append("': ").append(summary()).append('\n');
    for (Finding f : findings) {
      out.append('\n');
      out.append(String.format("%-7s  %s  %s%n", f.severity().name(), f.ruleId(), f.path()));
      out.append(Text.wrap(f.message(), INDENT, WIDTH));
      if (!f.fix().isEmpty()) {
        out.append(Text.wrap("Fix: " + f.fix(), INDENT, WIDTH));
      }
    }
    return out.toString();
  }

  private String summary() {
    if (findings.isEmpty()) {
      return "valid, no findings.";
    }
    long errors = errors().size();
    long warnings = warnings().size();
    long infos = findings(Severity.INFO).size();
    return (errors == 0 ? "valid" : "NOT valid") + " — " + plural(errors, "error") + ", " + plural(warnings, "warning")
        + ", " + plural(infos, "note") + ".";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report && ((Report) o).networkName.equals(networkName) && ((Report) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(networkName, findings);
  }

  /** The rendered report. */
  @Override
  public String toString() {
    return render();
  }
}
