package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.cluster.Cni;
import dev.okenet.check.internal.Numbers;
import dev.okenet.check.internal.Text;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Address supply and demand of a network: per subnet (workers, pods, load balancers) the usable
 * addresses, the demand at the node pools' minimum and maximum sizes plus upgrade surge, the
 * utilisation and headroom at peak, and the smallest prefix that fits the peak with headroom; on
 * flannel, the node cap of the pods CIDR. {@code validate()}'s capacity findings are made of the
 * same numbers.
 *
 * <pre>{@code
 * CapacityReport capacity = ReferenceNetworks.prod().capacity();
 * capacity.subnet(SubnetRole.PODS).orElseThrow().peak();   // 1030
 * System.out.println(capacity.render());
 * }</pre>
 */
public final class CapacityReport {
  private final String networkName;
  private final Cni cni;
  private final List<SubnetCapacity> subnets;
  private final Optional<FlannelCapacity> flannel;

  /** A report; built by the validator, see {@code OkeNetwork.capacity()}. */
  public CapacityReport(String networkName, Cni cni, List<SubnetCapacity> subnets, Optional<FlannelCapacity> flannel) {
    String fix = "The validator builds capacity reports: use OkeNetwork.capacity().";
    this.networkName = Require.notNull(networkName, "CapacityReport networkName", fix);
    this.cni = Require.notNull(cni, "CapacityReport cni", fix);
    this.subnets = List.copyOf(Require.notNull(subnets, "CapacityReport subnets", fix));
    this.flannel = Require.notNull(flannel, "CapacityReport flannel", fix);
  }

  /** The network's name. */
  public String networkName() {
    return networkName;
  }

  /** The pod networking plugin the numbers assume. */
  public Cni cni() {
    return cni;
  }

  /** Workers, pods (VCN-native) and load balancer subnets, in carving order. */
  public List<SubnetCapacity> subnets() {
    return subnets;
  }

  /** The subnet of a role, if it has a row. */
  public Optional<SubnetCapacity> subnet(SubnetRole role) {
    Require.notNull(role, "CapacityReport.subnet(role): role", "Give a role, e.g. SubnetRole.PODS.");
    return subnets.stream().filter(s -> s.role() == role).findFirst();
  }

  /** The flannel pods CIDR's node capacity, on flannel. */
  public Optional<FlannelCapacity> flannel() {
    return flannel;
  }

  /** Whether every subnet (and the flannel pods CIDR) holds its peak. */
  public boolean fits() {
    return subnets.stream().allMatch(SubnetCapacity::fits) && flannel.map(FlannelCapacity::fits).orElse(true);
  }

  /** A table for a terminal, followed by who makes up each subnet's demand at maximum size. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Capacity of '").append(networkName).append("' (")
        .append(cni == Cni.VCN_NATIVE ? "VCN-native pods" : "flannel overlay")
        .append("; peak = node pools at maximum size + upgrade surge)\n\n");
    int headroom = subnets.isEmpty() ? flannel.map(FlannelCapacity::headroomPercent).orElse(25) : subnets.get(0).headroomPercent();
    List<String> header = List.of("SUBNET", "CIDR", "USABLE", "AT MIN", "AT MAX", "SURGE", "PEAK", "USED", "HEADROOM",
        "FITS +" + headroom + "%");
    List<List<String>> rows = new ArrayList<>();
    for (SubnetCapacity s : subnets) {
      rows.add(List.of(s.path(), s.cidrText(), Numbers.count(s.usable()), Numbers.count(s.atMin()), Numbers.count(s.atMax()),
          Numbers.count(s.surge()), Numbers.count(s.peak()), Numbers.percent(s.utilisationPercent()), Numbers.count(s.headroom()),
          "/" + s.recommendedPrefix()));
    }
    flannel.ifPresent(f -> rows.add(List.of("podsCidr (nodes)", f.podsCidr().toString(), Numbers.count(f.nodeCapacity()),
        Numbers.count(f.nodesAtMin()), Numbers.count(f.nodesAtMax()), Numbers.count(f.surgeNodes()), Numbers.count(f.peakNodes()),
        Numbers.percent(f.utilisationPercent()), Numbers.count(f.headroom()), "/" + f.recommendedPrefix())));
    if (rows.isEmpty()) {
      return out.append("No subnet with demand.\n").toString();
    }
    out.append(Text.table(header, rows, new boolean[] {false, false, true, true, true, true, true, true, true, false}));
    List<SubnetCapacity> withShares = subnets.stream().filter(s -> !s.shares().isEmpty()).toList();
    if (!withShares.isEmpty()) {
      out.append("\nDemand at maximum size:\n");
      int width = withShares.stream().mapToInt(s -> s.path().length()).max().orElse(0);
      for (SubnetCapacity s : withShares) {
        String lead = String.format("  %-" + width + "s  ", s.path());
        for (DemandShare d : s.shares()) {
          out.append(Text.hanging(lead, d.describe(), 100));
          lead = " ".repeat(lead.length());
        }
      }
    }
    if (!fits()) {
      out.append("\nSome subnets do not hold their peak: validate() reports them (OKE-IP-*).\n");
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CapacityReport)) {
      return false;
    }
    CapacityReport r = (CapacityReport) o;
    return networkName.equals(r.networkName) && cni == r.cni && subnets.equals(r.subnets) && flannel.equals(r.flannel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(networkName, cni, subnets, flannel);
  }

  /** The rendered table. */
  @Override
  public String toString() {
    return render();
  }
}
