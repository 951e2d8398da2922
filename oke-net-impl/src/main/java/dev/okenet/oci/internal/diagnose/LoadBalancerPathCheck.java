package dev.okenet.oci.internal.diagnose;

import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps a LoadBalancer Service pending or its backends unhealthy, read live:
 * {@code OKE-LIVE-002} a public Service whose subnet prohibits public IPs, {@code OKE-LIVE-003}
 * one whose subnet's route table sends 0.0.0.0/0 to no internet gateway, and {@code OKE-LIVE-004}
 * a model rule letting load balancers reach the workers' node ports or port 10256 that no live
 * rule on the workers (their subnet's security lists and the node pools' NSGs) covers.
 *
 * <pre>{@code
 * new LoadBalancerPathCheck(net, live).run(findings);
 * }</pre>
 */
final class LoadBalancerPathCheck {
  private final ResolvedNetwork net;
  private final LiveView live;

  LoadBalancerPathCheck(ResolvedNetwork net, LiveView live) {
    this.net = net;
    this.live = live;
  }

  void run(List<Finding> out) {
    for (ResolvedLoadBalancer lb : net.loadBalancers()) {
      boolean internal = lb.service().loadBalancer().map(o -> o.isInternal()).orElse(false);
      Optional<Subnet> subnet = lb.subnetKey().flatMap(live::subnet);
      if (internal || subnet.isEmpty()) {
        continue;
      }
      String path = "services[" + lb.service().namespace() + "/" + lb.service().name() + "]";
      Subnet s = subnet.get();
      if (Boolean.TRUE.equals(s.getProhibitPublicIpOnVnic())) {
        out.add(new Finding("OKE-LIVE-002", Severity.ERROR, path, "The public load balancer of " + path + " goes in "
            + lb.subnetKey().get() + " (" + s.getCidrBlock() + "), whose live subnet prohibits public IPs, so the Service "
            + "stays <pending> with no external address.", "Re-apply the model (the subnet is replaced as public), or make the "
            + "Service internal."));
      }
      RouteTable rt = live.routeTable(s.getRouteTableId());
      boolean toInternet = rt.getRouteRules() != null && rt.getRouteRules().stream().anyMatch(r -> "0.0.0.0/0".equals(
          r.getDestination()) && r.getNetworkEntityId() != null && r.getNetworkEntityId().startsWith("ocid1.internetgateway."));
      if (!toInternet) {
        out.add(new Finding("OKE-LIVE-003", Severity.ERROR, path, "The public load balancer of " + path + " goes in "
            + lb.subnetKey().get() + ", whose live route table " + live.names().key(s.getRouteTableId()) + " sends 0.0.0.0/0 "
            + "to no internet gateway, so the load balancer cannot answer clients.", "Re-apply the model to restore the route "
            + "0.0.0.0/0 → igw, or point the subnet at a route table that has it."));
      }
    }
    checkWorkerRules(out);
  }

  private void checkWorkerRules(List<Finding> out) {
    List<LiveIngress> rules = workerIngress();
    if (rules == null) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ResolvedRuleSet rs : net.ruleSetsOf(SubnetRole.WORKERS)) {
      for (ResolvedSecurityRule r : rs.rules()) {
        if (r.direction() != Direction.INGRESS || !fromLoadBalancers(r) || !seen.add(r.identity())) {
          continue;
        }
        if (rules.stream().noneMatch(l -> l.covers(r))) {
          out.add(new Finding("OKE-LIVE-004", Severity.ERROR, rs.key().toString(), "No live rule on the workers lets " + r.peer().label()
              + " reach " + r.port() + " (the model's rule '" + r.identity() + "'), so load balancer health checks fail and "
              + "Services lose their backends.", "Re-apply the model to restore the rule, or add an ingress rule for "
              + r.port() + " from " + r.peer().label() + " to the workers' NSG or security list."));
        }
      }
    }
  }

  /** Whether the model rule is one that load balancers need: node ports or kube-proxy's health port. */
  private static boolean fromLoadBalancers(ResolvedSecurityRule r) {
    Port p = r.port();
    if (p.isAllPorts() || p.fromPort().isEmpty()) {
      return false;
    }
    int lo = p.fromPort().getAsInt();
    int hi = p.toPort().orElse(lo);
    boolean nodePorts = lo <= 32767 && hi >= 30000;
    return nodePorts || (lo <= 10256 && hi >= 10256);
  }

  /** Live ingress rules protecting the workers, or null when the workers subnet does not exist. */
  private List<LiveIngress> workerIngress() {
    Optional<SubnetKey> workersKey = net.subnet(SubnetRole.WORKERS).map(s -> s.key());
    Optional<Subnet> workers = workersKey.flatMap(live::subnet);
    if (workers.isEmpty()) {
      return null;
    }
    List<LiveIngress> rules = new ArrayList<>();
    for (String id : workers.get().getSecurityListIds() == null ? List.<String>of() : workers.get().getSecurityListIds()) {
      SecurityList sl = live.securityList(id);
      if (sl.getIngressSecurityRules() != null) {
        sl.getIngressSecurityRules().forEach(r -> rules.add(LiveIngress.of(r)));
      }
    }
    Set<NsgKey> nsgKeys = new LinkedHashSet<>();
    net.nodePools().stream().map(ResolvedNodePool::nsgKeys).forEach(nsgKeys::addAll);
    for (NsgKey key : nsgKeys) {
      live.owned(ResourceType.NETWORK_SECURITY_GROUP, key).ifPresent(nsg -> nsg.nsgRules().stream()
          .filter(r -> r.getDirection() == com.oracle.bmc.core.model.SecurityRule.Direction.Ingress)
          .forEach(r -> rules.add(LiveIngress.of(r, live.names()))));
    }
    return rules;
  }
}
