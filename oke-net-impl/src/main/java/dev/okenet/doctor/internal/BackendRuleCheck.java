package dev.okenet.doctor.internal;

import com.oracle.bmc.core.model.Subnet;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.Severity;
import dev.okenet.doctor.DoctorFinding;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backends {@code Critical}, judged from the live security rules as the CCM's own rules would have
 * to allow it ({@code pkg/cloudprovider/providers/oci/load_balancer_security_lists.go},
 * {@code getNodeIngressRules} and {@code getLoadBalancerEgressRules}; {@code load_balancer_network_security_group.go}
 * {@code generateNsgBackendIngressRules}): for every LoadBalancer Service that has a load balancer,
 * from the load balancer (its subnet's CIDR, its NSGs) to each node (its address, its subnet, its
 * pool's NSGs), egress at the load balancer and ingress at the node must allow
 *
 * <ul>
 *   <li>{@code OKE-DOCTOR-030} TCP to the health-check port (kube-proxy's 10256, or the
 *       healthCheckNodePort with externalTrafficPolicy Local): else every backend is Critical;
 *   <li>{@code OKE-DOCTOR-031} each node port, from the load balancer, or from the clients
 *       ({@code loadBalancerSourceRanges}) when an NLB preserves their address.
 * </ul>
 * OCI's Network Load Balancer API has health operations; the doctor does not need them, and FakeOci
 * has none: the rules decide.
 *
 * <pre>{@code
 * List<DoctorFinding> found = new BackendRuleCheck(kube, cloud).run();
 * }</pre>
 */
final class BackendRuleCheck {
  private final KubeSnapshot kube;
  private final CloudSnapshot cloud;
  private final LiveFlows flows;

  BackendRuleCheck(KubeSnapshot kube, CloudSnapshot cloud) {
    this.kube = kube;
    this.cloud = cloud;
    this.flows = new LiveFlows(cloud);
  }

  /** What this check cannot judge without: a failed read of any of them skips it. */
  static final String[] NEEDS = {"SUBNET", "SECURITY_LIST", "NETWORK_SECURITY_GROUP", "NetworkSecurityGroupSecurityRules", "NODE_POOL",
      "GetNodePool"};

  List<DoctorFinding> run() {
    List<DoctorFinding> out = new ArrayList<>();
    if (cloud.readFailed(NEEDS)) {
      return out;
    }
    List<LiveFlows.End> nodes = backends();
    for (Service s : kube.services()) {
      if (!LoadBalancerService.isLoadBalancer(s)) {
        continue;
      }
      LoadBalancerService lb = LoadBalancerService.of(s, cloud.cluster());
      if (lb.isPending() || nodes.isEmpty()) {
        continue;
      }
      Optional<Subnet> subnet = lb.subnetId().flatMap(cloud::subnet);
      if (subnet.isEmpty()) {
        continue;
      }
      check(lb, subnet.get(), nodes, out);
    }
    return out;
  }

  /** One node per distinct (subnet, NSGs) among the nodes: the rules are the same for the others. */
  private List<LiveFlows.End> backends() {
    Map<String, LiveFlows.End> ends = new LinkedHashMap<>();
    for (Node n : kube.nodes()) {
      cloud.nodeOf(n).filter(p -> p.node().getPrivateIp() != null && p.node().getSubnetId() != null).ifPresent(p -> {
        Set<String> nsgs = new LinkedHashSet<>(p.nsgIds());
        String key = p.node().getSubnetId() + nsgs;
        ends.putIfAbsent(key, new LiveFlows.End("node " + n.getMetadata().getName() + " (pool " + p.pool().getName() + ", subnet "
            + cloud.describeSubnet(p.node().getSubnetId()) + ")", Cidr.of(p.node().getPrivateIp() + "/32"), p.node().getSubnetId(),
            nsgs));
      });
    }
    return List.copyOf(ends.values());
  }

  private void check(LoadBalancerService lb, Subnet subnet, List<LiveFlows.End> nodes, List<DoctorFinding> out) {
    Set<String> nsgs = new LinkedHashSet<>(lb.annotatedNsgIds());
    if (lb.ruleManagementMode().equals("NSG")) {
      nsgs.addAll(cloud.nsgsNamed(lb.frontendNsgName()));
    }
    LiveFlows.End from = new LiveFlows.End("the " + lb.kindText() + " of " + lb.ref() + " (subnet " + subnet.getDisplayName() + " "
        + subnet.getCidrBlock() + (nsgs.isEmpty() ? "" : ", NSG " + String.join(", ", nsgs.stream().map(cloud::nsgName).toList()))
        + ")", Cidr.of(subnet.getCidrBlock()), subnet.getId(), nsgs);
    int hc = lb.healthCheckPort();
    List<String> blockedHealth = new ArrayList<>();
    Map<String, List<String>> blockedPorts = new LinkedHashMap<>();
    for (LiveFlows.End node : nodes) {
      LiveFlows.Verdict v = flows.check(from, node, "TCP", hc);
      if (!v.allowed()) {
        blockedHealth.add(v.missing());
      }
      for (LoadBalancerService.NodePort np : lb.nodePorts()) {
        List<LiveFlows.End> sources = lb.preservesSource() ? lb.sourceRanges().stream().map(this::clients).flatMap(Optional::stream)
            .toList() : List.of(from);
        for (LiveFlows.End source : sources) {
          LiveFlows.Verdict p = flows.check(source, node, np.protocol(), np.port());
          if (!p.allowed()) {
            blockedPorts.computeIfAbsent(np.protocol() + " " + np.port() + " (port " + np.servicePort() + ")", k -> new ArrayList<>())
                .add(p.missing());
          }
        }
      }
    }
    String mode = lb.ruleManagementMode();
    String modeNote = "the CCM manages " + (mode.equals("None") ? "no rules for it (security-list management mode None: the "
        + "network must carry them)" : "its rules in mode " + mode);
    if (!blockedHealth.isEmpty()) {
      List<String> evidence = new ArrayList<>(blockedHealth);
      evidence.add(modeNote);
      String port = "TCP " + hc + (hc == LoadBalancerService.KUBE_PROXY_HEALTH_PORT ? " (kube-proxy's health port; "
          + "externalTrafficPolicy Cluster)" : " (its healthCheckNodePort; externalTrafficPolicy Local)");
      out.add(new DoctorFinding(DoctorIds.HEALTH_CHECK_BLOCKED, Severity.ERROR, "Service " + lb.ref(), "The " + lb.kindText() + " of "
          + lb.ref() + " health-checks each node on " + port + ", and the live security rules do not let the check through, so "
          + "its backends are Critical and it serves nothing.", evidence, fix(lb, subnet, from, "TCP " + hc, blockedHealth, false)));
    }
    if (!blockedPorts.isEmpty()) {
      List<String> evidence = new ArrayList<>();
      blockedPorts.forEach((port, why) -> why.forEach(w -> evidence.add(port + ": " + w)));
      evidence.add(modeNote);
      String who = lb.preservesSource() ? "the clients (" + String.join(", ", lb.sourceRanges()) + "; the NLB preserves their "
          + "address)" : "the " + lb.kindText();
      out.add(new DoctorFinding(DoctorIds.NODE_PORTS_BLOCKED, Severity.ERROR, "Service " + lb.ref(), "Traffic of " + lb.ref()
          + " reaches the nodes on node port" + (blockedPorts.size() == 1 ? " " : "s ") + String.join(", ", blockedPorts.keySet())
          + " from " + who + ", and the live security rules drop it, so the Service answers nothing there.", evidence,
          fix(lb, subnet, from, String.join(", ", blockedPorts.keySet().stream().map(k -> k.substring(0, k.indexOf(" (")))
              .toList()), blockedPorts.values().stream().flatMap(List::stream).toList(), lb.preservesSource())));
    }
  }

  private Optional<LiveFlows.End> clients(String range) {
    try {
      return Optional.of(new LiveFlows.End("clients " + range, Cidr.of(range), null, Set.of()));
    } catch (IllegalArgumentException notACidr) {
      return Optional.empty();
    }
  }

  private String fix(LoadBalancerService lb, Subnet subnet, LiveFlows.End from, String ports, List<String> missing,
      boolean fromClients) {
    boolean egress = missing.stream().anyMatch(m -> m.startsWith("egress"));
    boolean ingress = missing.stream().anyMatch(m -> m.startsWith("ingress"));
    String source = fromClients ? String.join(", ", lb.sourceRanges())
        : subnet.getCidrBlock() + (from.nsgIds().isEmpty() ? "" : " (or NSG " + cloud.nsgName(from.nsgIds().iterator().next()) + ")");
    List<String> steps = new ArrayList<>();
    if (ingress) {
      steps.add("an ingress rule " + ports + " from " + source + " to the workers (their subnet's security list or their node pool's "
          + "NSG)");
    }
    if (egress) {
      steps.add("an egress rule " + ports + " from the load balancer's subnet " + subnet.getDisplayName() + " (or its NSG) to the "
          + "workers");
    }
    String mode = lb.ruleManagementMode();
    String ccm = mode.equals("None") ? " Or let the CCM write them: " + lb.annotate(lb.securityListModeAnnotation(), "All") + "."
        : "";
    return "Add " + String.join(", and ", steps) + "." + ccm + " In the DSL, declare the Service on the network "
        + "(.addService(Service.loadBalancer(\"" + lb.namespace() + "\", \"" + lb.name() + "\")…)): resolve() writes the load "
        + "balancer ↔ worker node-port and health-check rules; apply it.";
  }
}
