package dev.okenet.oci.internal.diagnose;

import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Finding;
import dev.okenet.oci.DiagnoseReport;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Inventory;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.util.ArrayList;
import java.util.List;

/**
 * One diagnosis of a live network: runs the address, load balancer path and drift checks over
 * what the inventory read and the plan's diff, and gathers their findings.
 *
 * <pre>{@code
 * DiagnoseReport r = new Diagnosis(net, inventory, work, ctx).report();
 * }</pre>
 */
public final class Diagnosis {
  private final ResolvedNetwork net;
  private final LiveView live;
  private final PlannedWork work;

  /** A diagnosis of {@code net} against what {@code inventory} read and {@code work} diffed. */
  public Diagnosis(ResolvedNetwork net, Inventory inventory, PlannedWork work, CloudContext ctx) {
    this.net = net;
    this.live = new LiveView(inventory, ctx);
    this.work = work;
  }

  /** Runs every check. */
  public DiagnoseReport report() {
    List<Finding> findings = new ArrayList<>();
    var usage = new AddressCheck(net, live).run(findings);
    new LoadBalancerPathCheck(net, live).run(findings);
    new DriftCheck(work).run(findings);
    return DiagnoseReport.of(net.name(), findings, usage);
  }
}
