package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.check.CheckContext;
import dev.okenet.check.DemandShare;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.check.SubnetCapacity;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.vcn.SubnetRole;
import java.util.List;

/**
 * OKE-IP-*: pod IP exhaustion and its relatives. Every number comes from
 * {@link CheckContext#capacity()}, the same computation {@code capacity()} renders. Not for users.
 */
final class CapacityRules {
  private CapacityRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-IP-001", Severity.ERROR, "Pod subnet too small for the node pools (VCN-native)",
            "Every VCN-native node takes maxPodsPerNode + ceil(maxPodsPerNode / 31) pod-subnet addresses when it joins, "
                + "before any pod runs. When the pools at maximum size plus upgrade surge need more than the subnet holds, "
                + "new nodes fail to get their pod VNICs and pods stop scheduling.",
            "Use the prefix the message names or larger, or lower maxPodsPerNode, or cap the node pools.",
            CapacityRules::podSubnet),
        define("OKE-IP-002", Severity.ERROR, "maxPodsPerNode above what the shape allows",
            "With VCN-native pods a node holds at most min((VNICs − 1) × 31, 110) pods; on flannel at most 110. OKE rejects "
                + "a node pool asking for more.",
            "Lower maxPodsPerNode to the shape's maximum, or use a shape with more VNICs (more OCPUs on a flexible shape).",
            CapacityRules::maxPods),
        define("OKE-IP-003", Severity.ERROR, "Worker subnet too small for the nodes",
            "Each node's primary VNIC takes one worker-subnet address; when the pools at maximum size plus upgrade surge "
                + "need more, scale-ups and upgrades fail.",
            "Use the prefix the message names or larger, or cap the node pools.",
            CapacityRules::workerSubnet),
        define("OKE-IP-004", Severity.ERROR, "Flannel pods CIDR serves fewer nodes than the pools need",
            "Flannel gives every node a /25 of the pods CIDR, so a /p pods CIDR serves 2^(25 − p) nodes; further nodes get no "
                + "pod range. The pods CIDR cannot change after the cluster is created.",
            "Use the pods CIDR prefix the message names or larger.",
            CapacityRules::flannelNodes),
        define("OKE-IP-005", Severity.ERROR, "Load balancer subnet too small for the LoadBalancer services",
            "Each public LB takes 2 addresses of its subnet, each private LB 3 and each NLB 1 (Limits); when they do not "
                + "fit, Services stay <pending>. A warning is given at 80% (Limits.warnAtUtilisationPercent).",
            "Use the prefix the message names or larger for the load balancer subnet.",
            CapacityRules::loadBalancerSubnets),
        define("OKE-IP-006", Severity.WARNING, "Worker or pod subnet (or flannel pods CIDR) nearly full at peak",
            "Above 80% at peak (Limits.warnAtUtilisationPercent) one more node pool or a larger maxSurge exhausts the "
                + "subnet, and subnets cannot grow in place.",
            "Plan the recommended prefix (peak + 25% headroom, see capacity()) before the cluster grows.",
            CapacityRules::nearlyFull));
  }

  private static String need(SubnetCapacity s) {
    List<String> shares = s.shares().stream().filter(d -> d.atMax() > 0).map(DemandShare::describe).toList();
    String who = shares.size() == 1 ? "node pool " + shares.get(0) : "node pools " + Rules.and(shares);
    return who + " need" + (shares.size() == 1 ? "s " : " ") + Numbers.count(s.atMax())
        + (s.surge() > 0 ? " plus " + Numbers.count(s.surge()) + " during upgrades = " + Numbers.count(s.peak()) : "");
  }

  private static String usePrefix(SubnetCapacity s) {
    int p = s.smallestFittingPrefix();
    return "Use a /" + p + " (" + Numbers.count(Prefixes.usable(p)) + ") or larger";
  }

  private static void podSubnet(CheckContext ctx, Reporter out) {
    ctx.capacity().subnet(SubnetRole.PODS).filter(s -> !s.fits()).ifPresent(s ->
        out.report(s.path(), "pod subnet " + s.cidrText() + " has " + Numbers.of(s.usable(), "usable address") + ", but "
            + need(s) + ".", usePrefix(s) + ", or lower maxPodsPerNode."));
  }

  private static void maxPods(CheckContext ctx, Reporter out) {
    PodNetworking pn = ctx.network().podNetworking();
    for (NodePool pool : ctx.network().nodePools()) {
      if (pool.maxPodsPerNode().isEmpty()) {
        continue;
      }
      int asked = pool.maxPodsPerNode().get();
      int vnics = pool.shape().vnics();
      int cap = pn.isVcnNative() ? pool.shape().vcnNativeMaxPods() : PodNetworking.KUBERNETES_MAX_PODS_PER_NODE;
      if (asked <= cap) {
        continue;
      }
      String rule = pn.isVcnNative()
          ? pool.shape().describe() + " allows min((" + vnics + " − 1) × 31, 110) = " + cap + " with VCN-native pods"
          : "flannel allows at most " + cap + " (Kubernetes' limit on OKE)";
      out.report(Paths.nodePool(pool.name()), "node pool '" + pool.name() + "' asks for " + asked + " pods per node, but " + rule + ".",
          "Lower maxPodsPerNode to " + cap + " or less" + (pn.isVcnNative() && asked <= PodNetworking.KUBERNETES_MAX_PODS_PER_NODE
              ? ", or use a shape with " + ((asked + 30) / 31 + 1) + " VNICs or more." : "."));
    }
  }

  private static void workerSubnet(CheckContext ctx, Reporter out) {
    ctx.capacity().subnet(SubnetRole.WORKERS).filter(s -> !s.fits()).ifPresent(s ->
        out.report(s.path(), "worker subnet " + s.cidrText() + " has " + Numbers.of(s.usable(), "usable address") + ", but "
            + need(s) + ".", usePrefix(s) + ", or cap the node pools' maxNodes."));
  }

  private static void flannelNodes(CheckContext ctx, Reporter out) {
    ctx.capacity().flannel().filter(f -> !f.fits()).ifPresent(f -> {
      int p = f.smallestFittingPrefix();
      out.report("podNetworking", "flannel pods CIDR " + f.podsCidr() + " gives each node a /25, so it serves at most "
          + Numbers.of(f.nodeCapacity(), "node") + ", but the node pools need " + Numbers.count(f.nodesAtMax())
          + (f.surgeNodes() > 0 ? " plus " + Numbers.count(f.surgeNodes()) + " during upgrades = " + Numbers.count(f.peakNodes()) : "")
          + " nodes.", "Use a /" + p + " pods CIDR (" + Numbers.of(1L << (25 - p), "node") + ") or larger; it cannot change after the cluster is created.");
    });
  }

  private static void loadBalancerSubnets(CheckContext ctx, Reporter out) {
    int warnAt = ctx.limits().warnAtUtilisationPercent();
    for (SubnetCapacity s : ctx.capacity().subnets()) {
      if (!s.role().isLoadBalancer() || s.peak() == 0) {
        continue;
      }
      String shares = Rules.and(s.shares().stream().map(DemandShare::describe).toList());
      String lbs = Numbers.of(s.shares().size(), "load balancer");
      if (!s.fits()) {
        out.report(s.path(), s.role().label() + " subnet " + s.cidrText() + " has " + Numbers.of(s.usable(), "usable address")
            + ", but " + lbs + " need " + Numbers.count(s.peak()) + ": " + shares + ".", usePrefix(s) + ".");
      } else if (s.utilisationPercent() >= warnAt) {
        out.report(Severity.WARNING, s.path(), s.role().label() + " subnet " + s.cidrText() + " is " + Numbers.percent(s.utilisationPercent())
            + " full: " + lbs + " take " + Numbers.count(s.peak()) + " of " + Numbers.count(s.usable()) + " usable addresses ("
            + shares + ").", "Use a /" + s.recommendedPrefix() + " or larger before adding LoadBalancer services.");
      }
    }
  }

  private static void nearlyFull(CheckContext ctx, Reporter out) {
    int warnAt = ctx.limits().warnAtUtilisationPercent();
    for (SubnetCapacity s : ctx.capacity().subnets()) {
      boolean nodes = s.role() == SubnetRole.WORKERS || s.role() == SubnetRole.PODS;
      if (nodes && s.fits() && s.peak() > 0 && s.utilisationPercent() >= warnAt) {
        out.report(s.path(), s.role().label() + " subnet " + s.cidrText() + " is " + Numbers.percent(s.utilisationPercent())
            + " full at peak: " + Numbers.count(s.peak()) + " of " + Numbers.count(s.usable()) + " usable addresses, "
            + Numbers.count(s.headroom()) + " left.", "Plan a /" + s.recommendedPrefix() + " (peak + " + s.headroomPercent()
            + "% headroom) before the cluster grows.");
      }
    }
    ctx.capacity().flannel().filter(f -> f.fits() && f.peakNodes() > 0 && f.utilisationPercent() >= warnAt).ifPresent(f ->
        out.report("podNetworking", "flannel pods CIDR " + f.podsCidr() + " is " + Numbers.percent(f.utilisationPercent())
            + " full at peak: " + Numbers.count(f.peakNodes()) + " of " + Numbers.count(f.nodeCapacity()) + " nodes.",
            "Plan a /" + f.recommendedPrefix() + " pods CIDR for the next cluster; this one cannot change."));
  }
}
