package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.check.Finding;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each subnet's role from the cluster's own references: the endpoint subnet, the node
 * pools' placement subnets, their pod subnets and the service load balancer subnets. A subnet
 * the cluster does not name stays an extra subnet; a subnet named twice keeps its first role.
 *
 * <pre>{@code
 * Map<String, SubnetRole> roles = SubnetRoles.infer(live, findings);
 * }</pre>
 */
public final class SubnetRoles {
  private SubnetRoles() {}

  /** The role of each subnet OCID the cluster names, in carving order of roles. */
  public static Map<String, SubnetRole> infer(LiveNetwork live, List<Finding> findings) {
    Map<String, SubnetRole> roles = new LinkedHashMap<>();
    Optional<Cluster> cluster = live.cluster();
    cluster.map(Cluster::getEndpointConfig).map(e -> e.getSubnetId()).ifPresent(id -> assign(roles, id, SubnetRole.API_ENDPOINT, findings));
    List<String> workers = new ArrayList<>(workerSubnets(live.nodePools()));
    if (!workers.isEmpty()) {
      assign(roles, workers.get(0), SubnetRole.WORKERS, findings);
      for (String other : workers.subList(1, workers.size())) {
        findings.add(Findings.warning(Findings.NODE_POOL_SHAPE, "subnet " + name(live, other), "Node pools place nodes in "
            + workers.size() + " subnets; the model has one workers subnet, so " + name(live, other) + " is kept as an extra "
            + "subnet and the pools placed there are imported into the workers subnet " + name(live, workers.get(0)) + ".",
            "Place every node pool in one worker subnet before adopting, or keep those pools outside oke-net."));
      }
    }
    List<String> pods = new ArrayList<>(podSubnets(live.nodePools()));
    if (!pods.isEmpty()) {
      assign(roles, pods.get(0), SubnetRole.PODS, findings);
      if (pods.size() > 1) {
        findings.add(Findings.warning(Findings.NODE_POOL_SHAPE, "pods", "Node pools use " + pods.size()
            + " pod subnets; the model has one, " + name(live, pods.get(0)) + "; the others are kept as extra subnets.",
            "Use one pod subnet for every node pool before adopting."));
      }
    }
    List<String> lbs = cluster.map(Cluster::getOptions).map(o -> o.getServiceLbSubnetIds()).orElse(List.of());
    List<String> publicLbs = lbs.stream().filter(id -> live.subnet(id).map(SubnetRoles::isPublic).orElse(false)).toList();
    List<String> privateLbs = lbs.stream().filter(id -> !publicLbs.contains(id)).toList();
    String publicSlot = publicLbs.isEmpty() ? null : publicLbs.get(0);
    String internalSlot = privateLbs.isEmpty() ? null : privateLbs.get(0);
    if (publicSlot == null && privateLbs.size() > 1) {
      // The CCM puts a load balancer in the cluster's first service LB subnet unless told otherwise:
      // with two private ones, the first is where "public" load balancers go, and stay pending.
      publicSlot = privateLbs.get(0);
      internalSlot = privateLbs.get(1);
      findings.add(Findings.warning(Findings.AMBIGUOUS_ROLE, "subnet " + name(live, publicSlot), "The cluster's service load balancer "
          + "subnets are all private; the first, " + name(live, publicSlot) + ", is where the cloud controller manager places load "
          + "balancers by default, so it is imported as the public load balancer subnet (and validation reports it as private).",
          "Make it public, or point public Services at a public subnet."));
    }
    if (publicSlot != null) {
      assign(roles, publicSlot, SubnetRole.PUBLIC_LOAD_BALANCERS, findings);
    }
    if (internalSlot != null) {
      assign(roles, internalSlot, SubnetRole.INTERNAL_LOAD_BALANCERS, findings);
    }
    return roles;
  }

  /** Whether the subnet allows public IPs. */
  public static boolean isPublic(Subnet s) {
    return !Boolean.TRUE.equals(s.getProhibitPublicIpOnVnic());
  }

  /** The node pools' placement subnets, most used first. */
  static Set<String> workerSubnets(List<NodePool> pools) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (NodePool p : pools) {
      if (p.getNodeConfigDetails() == null || p.getNodeConfigDetails().getPlacementConfigs() == null) {
        continue;
      }
      for (NodePoolPlacementConfigDetails pc : p.getNodeConfigDetails().getPlacementConfigs()) {
        count.merge(pc.getSubnetId(), 1, Integer::sum);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    count.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> out.add(e.getKey()));
    return out;
  }

  static Set<String> podSubnets(List<NodePool> pools) {
    Set<String> out = new LinkedHashSet<>();
    for (NodePool p : pools) {
      vcnNative(p).map(o -> o.getPodSubnetIds()).ifPresent(out::addAll);
    }
    return out;
  }

  /** The VCN-native pod options of a pool, if it has them. */
  public static Optional<OciVcnIpNativeNodePoolPodNetworkOptionDetails> vcnNative(NodePool p) {
    if (p.getNodeConfigDetails() != null
        && p.getNodeConfigDetails().getNodePoolPodNetworkOptionDetails() instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails o) {
      return Optional.of(o);
    }
    return Optional.empty();
  }

  private static void assign(Map<String, SubnetRole> roles, String subnetId, SubnetRole role, List<Finding> findings) {
    SubnetRole had = roles.putIfAbsent(subnetId, role);
    if (had != null && had != role) {
      findings.add(Findings.warning(Findings.AMBIGUOUS_ROLE, "subnet " + subnetId, "The cluster uses subnet " + subnetId + " both as "
          + had.label() + " and as " + role.label() + "; the model gives each role its own subnet, so it is imported as "
          + had.label() + " and the " + role.label() + " role is left without a subnet of its own.",
          "Give " + role.label() + " a subnet of its own before adopting."));
    }
  }

  private static String name(LiveNetwork live, String id) {
    return live.subnet(id).map(Subnet::getDisplayName).orElse(id);
  }
}
