package dev.okenet.doctor;

import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.internal.Require;
import java.util.List;

/**
 * One thing the {@link ClusterDoctor} found wrong with a live cluster: a stable rule id of the
 * findings catalog ({@code OKE-DOCTOR-*}, documented in {@code oke-net-api/RULES.md}), what it is
 * about, what is wrong with the live numbers, the evidence read from Kubernetes and OCI that shows
 * it, and the fix in kubectl or oke-net DSL terms.
 *
 * <pre>{@code
 * DoctorFinding f = report.findings("OKE-DOCTOR-010").get(0);
 * f.subject();     // "Service shop/web"
 * f.evidence();    // [Event SyncLoadBalancerFailed: "... InvalidParameter ...", subnet broken-lb-public 10.0.2.0/24 prohibits public IPs, ...]
 * f.fix();         // "kubectl annotate service -n shop web oci-network-load-balancer.oraclecloud.com/internal=true ..."
 * }</pre>
 *
 * @param ruleId the catalog id, e.g. "OKE-DOCTOR-001"
 * @param severity error or warning
 * @param subject what it is about, e.g. "Service shop/web", "pod subnet broken-pods", "NetworkPolicy shop/default-deny"
 * @param message what is wrong, with the live numbers
 * @param evidence what the doctor read that shows it, one fact a line (Events quoted, OCI resources named)
 * @param fix what to do, in kubectl or DSL terms
 */
public record DoctorFinding(String ruleId, Severity severity, String subject, String message, List<String> evidence, String fix) {
  /** Rejects missing parts and copies the evidence. */
  public DoctorFinding {
    Require.components(DoctorFinding.class, ruleId, severity, subject, message, evidence, fix);
    evidence = List.copyOf(evidence);
  }

  /** Whether this finding is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The finding as validation reports them (the subject as its path; the evidence left out). */
  public Finding asFinding() {
    return new Finding(ruleId, severity, subject, message, fix);
  }

  /** One line: "OKE-DOCTOR-010 error Service shop/web: message Fix." */
  @Override
  public String toString() {
    return ruleId + " " + severity.label() + " " + subject + ": " + message + (fix.isEmpty() ? "" : " " + fix);
  }
}
