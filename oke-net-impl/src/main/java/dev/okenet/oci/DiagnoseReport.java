package dev.okenet.oci;

import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.internal.Require;
import dev.okenet.key.SubnetKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link OciNetworkProvider#diagnose} found in the live network, in the shape validation
 * uses: {@link Finding}s with stable rule ids, a path (the logical key or Service), a message
 * with the live numbers, and the fix; plus the address usage it measured per subnet.
 *
 * <p>Rule ids, all read from the live network:
 * <ul>
 *   <li>{@code OKE-LIVE-001} error: a worker or pod subnet cannot hold the node pools' growth to
 *       their maximum size plus surge (demand from {@code OkeNetwork.capacity()}, addresses in use
 *       from ListPrivateIps);
 *   <li>{@code OKE-LIVE-002} error: a public LoadBalancer Service's live subnet prohibits public IPs;
 *   <li>{@code OKE-LIVE-003} error: a public LoadBalancer Service's live subnet routes 0.0.0.0/0 to
 *       no internet gateway;
 *   <li>{@code OKE-LIVE-004} error: no live rule lets the load balancers reach the workers' node
 *       ports or kube-proxy's health port 10256 as the model's rule does;
 *   <li>{@code OKE-LIVE-005} error: a rule of the model is missing from the live NSG or security list;
 *   <li>{@code OKE-LIVE-006} warning: a live NSG or security list holds a rule the model does not;
 *   <li>{@code OKE-LIVE-007} error: a route rule of the model is missing from the live route table;
 *   <li>{@code OKE-LIVE-008} warning: a live route table holds a route rule the model does not;
 *   <li>{@code OKE-LIVE-009} error: a resource of the model does not exist (not applied yet).
 * </ul>
 *
 * <pre>{@code
 * DiagnoseReport d = provider.diagnose(ReferenceNetworks.prod().resolve());
 * d.isClean();                                   // true right after apply
 * d.findings("OKE-LIVE-005");                    // rules someone removed by hand
 * d.usage(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow().inUse();  // private IPs taken in the pod subnet
 * System.out.println(d.render());
 * }</pre>
 */
public final class DiagnoseReport {
  /**
   * The addresses one live subnet has in use.
   *
   * @param key the subnet's logical key
   * @param cidr its live CIDR
   * @param usable usable addresses (total − 3)
   * @param inUse private IPs allocated in it (ListPrivateIps)
   */
  public record SubnetUsage(SubnetKey key, String cidr, long usable, long inUse) {
    /** Rejects a missing component. */
    public SubnetUsage {
      Require.components(DiagnoseReport.SubnetUsage.class, key, cidr, usable, inUse);
    }

    /** In-use addresses as a percentage of the usable ones. */
    public double percentInUse() {
      return usable == 0 ? 0 : 100.0 * inUse / usable;
    }

    /** Usable addresses not in use. */
    public long free() {
      return usable - inUse;
    }
  }

  // The findings are a validation Report: same order, same queries, same rendering.
  private final Report report;
  private final List<SubnetUsage> usage;

  private DiagnoseReport(Report report, List<SubnetUsage> usage) {
    this.report = report;
    this.usage = usage;
  }

  /** A report of {@code findings} (sorted as validation sorts them) and the measured {@code usage}. */
  public static DiagnoseReport of(String networkName, List<Finding> findings, List<SubnetUsage> usage) {
    Require.notNull(usage, "DiagnoseReport.of(networkName, findings, usage): usage", "Give the subnets' usage, or List.of() for none.");
    return new DiagnoseReport(Report.of(networkName, findings), List.copyOf(usage));
  }

  /** The network diagnosed. */
  public String networkName() {
    return report.networkName();
  }

  /** Every finding, errors first. */
  public List<Finding> findings() {
    return report.findings();
  }

  /** The findings of one rule. */
  public List<Finding> findings(String ruleId) {
    return report.findings(ruleId);
  }

  /** The errors. */
  public List<Finding> errors() {
    return report.errors();
  }

  /** Whether some finding has this rule id. */
  public boolean has(String ruleId) {
    return report.has(ruleId);
  }

  /** The distinct rule ids found, sorted. */
  public Set<String> ruleIds() {
    return report.ruleIds();
  }

  /** Whether nothing at all was found. */
  public boolean isClean() {
    return report.findings().isEmpty();
  }

  /** Address usage of every live subnet of the network, in the model's order. */
  public List<SubnetUsage> usage() {
    return usage;
  }

  /** The usage of the subnet with this logical key. */
  public Optional<SubnetUsage> usage(SubnetKey subnetKey) {
    Require.notNull(subnetKey, "DiagnoseReport.usage(subnetKey): subnetKey", "Give a subnet key, e.g. ResourceKey.subnet(SubnetRole.WORKERS).");
    return usage.stream().filter(u -> u.key().equals(subnetKey)).findFirst();
  }

  /** The findings as a validation {@link Report}, e.g. to merge with {@code validate()}'s. */
  public Report asReport() {
    return report;
  }

  /** The findings for a terminal, as {@link Report#render()} prints them. */
  public String render() {
    return report.render();
  }

  @Override
  public String toString() {
    return "DiagnoseReport{" + networkName() + ": " + findings().size() + " findings " + ruleIds() + "}";
  }
}
