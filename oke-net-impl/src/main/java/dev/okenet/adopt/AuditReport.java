package dev.okenet.adopt;

import dev.okenet.check.CapacityReport;
import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.internal.Require;
import dev.okenet.key.SubnetKey;
import dev.okenet.reach.ExposedFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything oke-net can say about an imported network in one value: the {@code validate()}
 * findings, the capacity plan beside the live use of each subnet, the flows the internet can
 * start into the VCN, the gaps between found and OKE-required rules, and what the import could
 * not keep.
 *
 * <pre>{@code
 * AuditReport audit = imported.audit();
 * audit.findings().errors();          // validate(): e.g. OKE-IP-001 pods subnet too small
 * audit.liveUse("subnet:pods");       // private IPs in use vs usable
 * audit.internetExposure();           // reachability audit of internet ingress
 * System.out.println(audit.render());
 * }</pre>
 */
public final class AuditReport {
  private final Report findings;
  private final CapacityReport capacity;
  private final List<SubnetUse> liveUse;
  private final List<ExposedFlow> internetExposure;
  private final List<RuleGap> ruleGaps;
  private final List<Finding> importFindings;

  AuditReport(Report findings, CapacityReport capacity, List<SubnetUse> liveUse, List<ExposedFlow> internetExposure,
      List<RuleGap> ruleGaps, List<Finding> importFindings) {
    this.findings = findings;
    this.capacity = capacity;
    this.liveUse = List.copyOf(liveUse);
    this.internetExposure = List.copyOf(internetExposure);
    this.ruleGaps = List.copyOf(ruleGaps);
    this.importFindings = List.copyOf(importFindings);
  }

  /** The imported model's {@code validate()} report. */
  public Report findings() {
    return findings;
  }

  /** The rule ids of the error findings. */
  public Set<String> errorRuleIds() {
    Set<String> ids = new TreeSet<>();
    findings.errors().forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  /** The imported model's capacity plan (demand of the node pools at their imported sizes). */
  public CapacityReport capacity() {
    return capacity;
  }

  /** The live use of every subnet whose private IPs could be listed. */
  public List<SubnetUse> liveUse() {
    return liveUse;
  }

  /** The live use of the subnet with this logical key, e.g. {@code subnet:pods}. */
  public Optional<SubnetUse> liveUse(SubnetKey key) {
    Require.notNull(key, "AuditReport.liveUse(key): key", "Give a subnet key, e.g. ResourceKey.subnet(SubnetRole.WORKERS).");
    return liveUse.stream().filter(u -> u.key().equals(key)).findFirst();
  }

  /** Every flow the internet can start into the VCN (the reachability audit). */
  public List<ExposedFlow> internetExposure() {
    return internetExposure;
  }

  /** OKE-required rules missing from, or more broadly allowed by, the found rules. */
  public List<RuleGap> ruleGaps() {
    return ruleGaps;
  }

  /** What the import could not keep as found. */
  public List<Finding> importFindings() {
    return importFindings;
  }

  /** A text report: findings, capacity with live use, internet exposure, rule gaps, import notes. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(findings.render()).append('\n');
    out.append(capacity.render()).append('\n');
    out.append("Live subnet use (private IPs in use / usable):\n");
    liveUse.forEach(u -> out.append("  ").append(u).append('\n'));
    out.append("Internet can start ").append(internetExposure.size()).append(" flow(s) into the VCN:\n");
    internetExposure.forEach(f -> out.append("  ").append(f).append('\n'));
    List<RuleGap> missing = new ArrayList<>(ruleGaps.stream().filter(g -> g.kind() == RuleGap.Kind.MISSING).toList());
    out.append("OKE-required rules missing: ").append(missing.size()).append('\n');
    missing.forEach(g -> out.append("  ").append(g).append('\n'));
    ruleGaps.stream().filter(g -> g.kind() == RuleGap.Kind.BROADER_THAN_NEEDED).forEach(g -> out.append("  ").append(g).append('\n'));
    out.append("Import notes: ").append(importFindings.size()).append('\n');
    importFindings.stream().sorted(Finding.ORDER).forEach(f -> out.append("  ").append(f).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return "AuditReport{" + findings.errors().size() + " errors, " + internetExposure.size() + " exposed flows, "
        + ruleGaps.size() + " rule gaps}";
  }
}
