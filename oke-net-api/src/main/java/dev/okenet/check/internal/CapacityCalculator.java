package dev.okenet.check.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.check.CapacityReport;
import dev.okenet.check.DemandShare;
import dev.okenet.check.FlannelCapacity;
import dev.okenet.check.Limits;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.check.SubnetCapacity;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.internal.resolve.Resolver;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one capacity computation: {@code capacity()} renders it and the capacity rules judge it.
 *
 * <p>Per node, the worker subnet holds one address (the primary VNIC). On VCN-native pods the
 * pod subnet holds maxPodsPerNode secondary IPs plus one primary IP per pod VNIC
 * (ceil(maxPodsPerNode / 31)), because OCI pre-allocates them when the node joins, not when pods
 * start. Upgrades add {@code surge} nodes per pool at full demand. Load balancers take 2 (public
 * LB), 3 (private LB) or 1 (NLB) addresses, per {@link Limits}. Not for users.
 *
 * <pre>{@code
 * CapacityReport report = CapacityCalculator.compute(network, placedSubnets, Limits.defaults());
 * }</pre>
 */
public final class CapacityCalculator {
  private CapacityCalculator() {}

  /** The capacity of {@code network} with its subnets placed as given. */
  public static CapacityReport compute(OkeNetwork network, List<PlacedSubnet> subnets, Limits limits) {
    PodNetworking pn = network.podNetworking();
    List<SubnetCapacity> rows = new ArrayList<>();
    for (PlacedSubnet s : subnets) {
      List<DemandShare> shares = new ArrayList<>();
      switch (s.role()) {
        case WORKERS:
          for (NodePool pool : network.nodePools()) {
            shares.add(nodeShare(pool, 1, "1 address"));
          }
          break;
        case PODS:
          if (!pn.isVcnNative()) {
            continue;
          }
          for (NodePool pool : network.nodePools()) {
            shares.add(nodeShare(pool, pool.podSubnetAddressesPerNode(pn),
                Numbers.of(pool.effectiveMaxPodsPerNode(pn), "pod") + " + " + Numbers.of(pool.podVnicsPerNode(pn), "VNIC")));
          }
          break;
        case PUBLIC_LOAD_BALANCERS:
        case INTERNAL_LOAD_BALANCERS:
          for (Service svc : network.services()) {
            svc.loadBalancer().filter(o -> Resolver.lbRoleOf(o) == s.role())
                .ifPresent(o -> shares.add(loadBalancerShare(svc, o, limits)));
          }
          break;
        default:
          continue;
      }
      rows.add(SubnetCapacity.planned(s, limits.headroomPercent(), shares));
    }
    Optional<FlannelCapacity> flannel = pn.isVcnNative() ? Optional.empty() : pn.podsCidr().map(c -> new FlannelCapacity(c,
        pn.flannelNodeCapacity().orElse(0L),
        network.nodePools().stream().mapToLong(NodePool::minNodes).sum(),
        network.nodePools().stream().mapToLong(NodePool::maxNodes).sum(),
        network.nodePools().stream().mapToLong(CapacityCalculator::surgeNodes).sum(),
        limits.headroomPercent()));
    return new CapacityReport(network.name(), pn.cni(), rows, flannel);
  }

  /** Surge only happens to pools that have nodes to upgrade. */
  private static long surgeNodes(NodePool pool) {
    return pool.maxNodes() == 0 ? 0 : pool.surge();
  }

  private static DemandShare nodeShare(NodePool pool, long perNode, String perNodeText) {
    return new DemandShare(pool.name(), pool.minNodes(), pool.maxNodes(), surgeNodes(pool), perNode, perNodeText, "nodes");
  }

  private static DemandShare loadBalancerShare(Service svc, LoadBalancerOptions o, Limits limits) {
    int cost;
    String kind;
    if (o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER) {
      cost = limits.addressesPerNetworkLoadBalancer();
      kind = "NLB";
    } else if (o.isInternal()) {
      cost = limits.addressesPerPrivateLoadBalancer();
      kind = "private LB";
    } else {
      cost = limits.addressesPerPublicLoadBalancer();
      kind = "public LB";
    }
    return new DemandShare(svc.ref().toString(), 1, 1, 0, cost, Numbers.of(cost, "address") + " per " + kind, "load balancer");
  }
}
