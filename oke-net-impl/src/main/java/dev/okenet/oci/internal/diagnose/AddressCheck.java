package dev.okenet.oci.internal.diagnose;

import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import dev.okenet.vcn.Cidr;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CapacityReport;
import dev.okenet.check.DemandShare;
import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.check.SubnetCapacity;
import dev.okenet.key.SubnetKey;
import dev.okenet.oci.DiagnoseReport.SubnetUsage;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.cloud.Pages;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code OKE-LIVE-001}: the addresses a worker or pod subnet still has free (usable minus the
 * private IPs ListPrivateIps shows) against what the node pools will still take as they grow from
 * their live size to their maximum plus surge. The per-node numbers come from
 * {@code OkeNetwork.capacity()}, so this check and validation always agree on the demand.
 *
 * <pre>{@code
 * new AddressCheck(net, live).run(findings);   // returns the usage of every live subnet
 * }</pre>
 */
final class AddressCheck {
  private static final Set<SubnetRole> NODE_ROLES = Set.of(SubnetRole.WORKERS, SubnetRole.PODS);

  private final ResolvedNetwork net;
  private final LiveView live;

  AddressCheck(ResolvedNetwork net, LiveView live) {
    this.net = net;
    this.live = live;
  }

  List<SubnetUsage> run(List<Finding> out) {
    Map<SubnetKey, Long> inUse = new LinkedHashMap<>();
    List<SubnetUsage> usage = new ArrayList<>();
    for (ResolvedSubnet s : net.subnets()) {
      live.subnet(s.key()).ifPresent(subnet -> {
        long used = privateIps(subnet.getId());
        inUse.put(s.key(), used);
        usage.add(new SubnetUsage(s.key(), subnet.getCidrBlock(), Cidr.of(subnet.getCidrBlock()).usableAddresses(), used));
      });
    }
    Map<String, Integer> liveNodes = liveNodeCounts();
    CapacityReport capacity = net.intent().capacity();
    for (SubnetCapacity row : capacity.subnets()) {
      if (!NODE_ROLES.contains(row.role())) {
        continue;
      }
      net.subnet(row.role()).ifPresent(s -> usage.stream().filter(u -> u.key().equals(s.key())).findFirst()
          .ifPresent(u -> check(row, u, liveNodes, out)));
    }
    return usage;
  }

  private void check(SubnetCapacity row, SubnetUsage u, Map<String, Integer> liveNodes, List<Finding> out) {
    long growth = 0;
    List<String> parts = new ArrayList<>();
    for (DemandShare share : row.shares()) {
      long now = liveNodes.getOrDefault(share.name(), 0);
      long more = Math.max(0, share.maxUnits() + share.surgeUnits() - now);
      if (more > 0) {
        growth += more * share.perUnit();
        parts.add("'" + share.name() + "' " + more + " more " + share.unitName() + " × " + share.perUnit());
      }
    }
    if (growth <= u.free()) {
      return;
    }
    out.add(new Finding("OKE-LIVE-001", Severity.ERROR, u.key().toString(),
        String.format("%s subnet %s has %,d of %,d usable addresses in use (%.0f%%), %,d free; growing to maximum size plus "
            + "surge the node pools take %,d more (%s), so nodes will fail to come up with LimitExceeded.", row.path(), u.cidr(),
            u.inUse(), u.usable(), u.percentInUse(), u.free(), growth, String.join(", ", parts)),
        "Free addresses in " + u.cidr() + " (find who holds them with ListPrivateIps), lower maxNodes or maxPodsPerNode, or "
            + "move the " + row.path() + " to a larger subnet (a /" + row.recommendedPrefix() + " holds the peak with headroom)."));
  }

  private Map<String, Integer> liveNodeCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (var o : live.owned(ResourceType.NODE_POOL)) {
      NodePoolSummary p = (NodePoolSummary) o.model();
      Integer size = p.getNodeConfigDetails() == null ? null : p.getNodeConfigDetails().getSize();
      counts.merge(p.getName(), size == null ? 0 : size, Integer::sum);
    }
    return counts;
  }

  private long privateIps(String subnetId) {
    var ctx = live.ctx();
    return Pages.all(page -> {
      var r = ctx.call("listPrivateIps", () -> ctx.vn().listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnetId)
          .limit(1000).page(page).build()));
      return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
    }).size();
  }
}
