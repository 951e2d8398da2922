package dev.okenet.cluster;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node pool: shape, size range, pods per node and upgrade surge. Its address demand (nodes in
 * the worker subnet; pods and pod VNICs in the pod subnet) drives capacity planning.
 *
 * <pre>{@code
 * NodePool general = NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12)
 *     .withMaxPodsPerNode(60);
 * }</pre>
 */
@Value.Immutable
public abstract class NodePool {
  /** The name, unique in the cluster. */
  public abstract String name();

  /** The compute shape. */
  public abstract Shape shape();

  /** The fewest nodes (autoscaler minimum, or the fixed size). */
  public abstract int minNodes();

  /** The most nodes (autoscaler maximum). */
  public abstract int maxNodes();

  /** Pods per node; when empty, the shape's VCN-native maximum (or 110 on flannel). */
  public abstract Optional<Integer> maxPodsPerNode();

  /** Extra nodes created during an upgrade (maxSurge). */
  @Value.Default
  public int surge() {
    return 1;
  }

  /** Custom NSGs (by name) for the nodes' VNICs, beside the workers' NSG. */
  public abstract List<String> nsgNames();

  /** Custom NSGs (by name) for the pods' VNICs (VCN-native), beside the pods' NSG. */
  public abstract List<String> podNsgNames();

  /** A node pool scaling between {@code minNodes} and {@code maxNodes}. */
  public static NodePool of(String name, Shape shape, int minNodes, int maxNodes) {
    return ImmutableNodePool.builder().name(name).shape(shape).minNodes(minNodes).maxNodes(maxNodes).build();
  }

  /** A copy with this many pods per node (1-250; OKE's maximum is 110). */
  public abstract NodePool withMaxPodsPerNode(int maxPodsPerNode);

  /** A copy with this upgrade surge (extra nodes during an upgrade). */
  public abstract NodePool withSurge(int surge);

  /** A copy whose nodes also carry these custom NSGs, by name. */
  public NodePool addNsgs(String... names) {
    return ((ImmutableNodePool) ImmutableNodePool.copyOf(this))
        .withNsgNames(Lists.plus(nsgNames(), Require.elements(names, "NodePool.addNsgs(names)", "names", "Give NSG names, e.g. \"bastion\".")));
  }

  /** A copy whose pods also carry these custom NSGs, by name. */
  public NodePool addPodNsgs(String... names) {
    return ((ImmutableNodePool) ImmutableNodePool.copyOf(this))
        .withPodNsgNames(Lists.plus(podNsgNames(), Require.elements(names, "NodePool.addPodNsgs(names)", "names", "Give NSG names, e.g. \"bastion\".")));
  }

  /** Pods per node in effect under the given pod networking. */
  public int effectiveMaxPodsPerNode(PodNetworking podNetworking) {
    Require.notNull(podNetworking, "NodePool.effectiveMaxPodsPerNode(podNetworking): podNetworking", "Give the network's pod networking, e.g. PodNetworking.vcnNative().");
    return maxPodsPerNode().orElseGet(() -> podNetworking.isVcnNative()
        ? shape().vcnNativeMaxPods() : PodNetworking.KUBERNETES_MAX_PODS_PER_NODE);
  }

  /** Pod VNICs per node on VCN-native pod networking: ceil(maxPodsPerNode / 31). */
  public int podVnicsPerNode(PodNetworking podNetworking) {
    Require.notNull(podNetworking, "NodePool.podVnicsPerNode(podNetworking): podNetworking", "Give the network's pod networking, e.g. PodNetworking.vcnNative().");
    if (!podNetworking.isVcnNative()) {
      return 0;
    }
    int pods = effectiveMaxPodsPerNode(podNetworking);
    return (pods + PodNetworking.IPS_PER_POD_VNIC - 1) / PodNetworking.IPS_PER_POD_VNIC;
  }

  /** Pod-subnet addresses one node takes on VCN-native: maxPodsPerNode + one per pod VNIC. */
  public int podSubnetAddressesPerNode(PodNetworking podNetworking) {
    Require.notNull(podNetworking, "NodePool.podSubnetAddressesPerNode(podNetworking): podNetworking", "Give the network's pod networking, e.g. PodNetworking.vcnNative().");
    return podNetworking.isVcnNative() ? effectiveMaxPodsPerNode(podNetworking) + podVnicsPerNode(podNetworking) : 0;
  }

  @Value.Check
  void check() {
    Require.keyName(name(), "NodePool name", "\"general\"");
    if (minNodes() < 0) {
      throw new IllegalArgumentException("Node pool '" + name() + "' minNodes is " + minNodes() + "; use 0 or more.");
    }
    if (maxNodes() < minNodes()) {
      throw new IllegalArgumentException(
          "Node pool '" + name() + "' has minNodes " + minNodes() + " above maxNodes " + maxNodes()
              + ". Did you mean NodePool.of(\"" + name() + "\", shape, " + maxNodes() + ", " + minNodes() + ")?");
    }
    if (maxNodes() > 1000) {
      throw new IllegalArgumentException("Node pool '" + name() + "' maxNodes is " + maxNodes() + "; OKE allows at most 1000 nodes per pool.");
    }
    maxPodsPerNode().ifPresent(p -> Require.between(p, 1, 250, "Node pool '" + name() + "' maxPodsPerNode"));
    if (surge() < 0) {
      throw new IllegalArgumentException("Node pool '" + name() + "' surge is " + surge() + "; use 0 or more.");
    }
  }
}
