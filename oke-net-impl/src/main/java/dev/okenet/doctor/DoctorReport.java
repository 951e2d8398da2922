package dev.okenet.doctor;

import dev.okenet.check.Report;
import dev.okenet.check.Severity;
import dev.okenet.doctor.internal.TextBlock;
import dev.okenet.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link ClusterDoctor#examine} found in a live cluster: its {@link DoctorFinding}s (errors
 * first, then by rule id and subject), and a line per thing it read, so a clean report says what
 * it looked at.
 *
 * <pre>{@code
 * DoctorReport report = doctor.examine(compartmentId, clusterId);
 * report.isHealthy();                      // false: some finding is an error
 * report.has("OKE-DOCTOR-001");            // pods Pending without a pod IP
 * System.out.println(report.render());     // each finding with its evidence and fix
 * }</pre>
 */
public final class DoctorReport {
  private static final int WIDTH = 110;

  private final String clusterName;
  private final String clusterId;
  private final List<DoctorFinding> findings;
  private final List<String> examined;

  private DoctorReport(String clusterName, String clusterId, List<DoctorFinding> findings, List<String> examined) {
    this.clusterName = clusterName;
    this.clusterId = clusterId;
    this.findings = findings;
    this.examined = examined;
  }

  /**
   * A report of {@code findings}, sorted errors first.
   *
   * @param examined what was read, one line each (e.g. "3 nodes, 70 pods")
   */
  public static DoctorReport of(String clusterName, String clusterId, List<DoctorFinding> findings, List<String> examined) {
    Require.notNull(clusterName, "DoctorReport.of(..): clusterName", "Give the cluster's name.");
    Require.notNull(clusterId, "DoctorReport.of(..): clusterId", "Give the cluster's OCID.");
    Require.notNull(findings, "DoctorReport.of(..): findings", "Give the findings, or List.of() for none.");
    Require.notNull(examined, "DoctorReport.of(..): examined", "Give what was read, or List.of().");
    List<DoctorFinding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparing(DoctorFinding::severity).thenComparing(DoctorFinding::ruleId)
        .thenComparing(DoctorFinding::subject).thenComparing(DoctorFinding::message));
    return new DoctorReport(clusterName, clusterId, List.copyOf(sorted), List.copyOf(examined));
  }

  /** The cluster's name in OKE. */
  public String clusterName() {
    return clusterName;
  }

  /** The cluster's OCID. */
  public String clusterId() {
    return clusterId;
  }

  /** Every finding, errors first. */
  public List<DoctorFinding> findings() {
    return findings;
  }

  /** The findings of one rule id, e.g. "OKE-DOCTOR-020". */
  public List<DoctorFinding> findings(String ruleId) {
    Require.notNull(ruleId, "DoctorReport.findings(ruleId): ruleId", "Give a rule id, e.g. \"OKE-DOCTOR-001\".");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The findings about one subject, e.g. "Service shop/web". */
  public List<DoctorFinding> about(String subject) {
    Require.notNull(subject, "DoctorReport.about(subject): subject", "Give a subject, e.g. \"Service shop/web\".");
    return findings.stream().filter(f -> f.subject().equals(subject)).toList();
  }

  /** The errors. */
  public List<DoctorFinding> errors() {
    return findings.stream().filter(DoctorFinding::isError).toList();
  }

  /** Whether some finding has this rule id. */
  public boolean has(String ruleId) {
    return !findings(ruleId).isEmpty();
  }

  /** The distinct rule ids found, sorted. */
  public Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>();
    findings.forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  /** Whether no finding is an error. */
  public boolean isHealthy() {
    return errors().isEmpty();
  }

  /** What the doctor read, one line each. */
  public List<String> examined() {
    return examined;
  }

  /** The findings as a validation {@link Report} (evidence left out), e.g. to merge with {@code validate()}'s. */
  public Report asReport() {
    return Report.of(clusterName, findings.stream().map(DoctorFinding::asFinding).toList());
  }

  /** The report for a terminal: a summary, what was read, then each finding with its evidence and fix. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Cluster doctor, cluster '").append(clusterName).append("' (").append(clusterId).append("): ").append(summary())
        .append('\n');
    examined.forEach(e -> out.append("  read ").append(e).append('\n'));
    for (DoctorFinding f : findings) {
      out.append('\n').append(String.format("%-7s  %s  %s%n", f.severity().name(), f.ruleId(), f.subject()));
      out.append(TextBlock.wrap(f.message(), "    ", WIDTH));
      for (String e : f.evidence()) {
        out.append(TextBlock.wrap("• " + e, "      ", WIDTH));
      }
      if (!f.fix().isEmpty()) {
        out.append(TextBlock.wrap("Fix: " + f.fix(), "    ", WIDTH));
      }
    }
    return out.toString();
  }

  private String summary() {
    if (findings.isEmpty()) {
      return "healthy, no findings.";
    }
    long errors = errors().size();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    return (errors == 0 ? "healthy" : "NOT healthy") + " — " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
        + " warning" + (warnings == 1 ? "" : "s") + ".";
  }

  @Override
  public String toString() {
    return "DoctorReport{" + clusterName + ": " + findings.size() + " findings " + ruleIds() + "}";
  }
}
