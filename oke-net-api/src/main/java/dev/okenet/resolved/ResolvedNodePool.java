package dev.okenet.resolved;

import dev.okenet.cluster.NodePool;
import dev.okenet.internal.Require;
import dev.okenet.key.NodePoolKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import java.util.List;
import java.util.Optional;

/**
 * A node pool with its placement and the numbers pod networking derives from it.
 *
 * <pre>{@code
 * net.nodePool("general").orElseThrow().maxPodsPerNode();   // 60
 * }</pre>
 *
 * @param key {@code node-pool:<name>}
 * @param pool the intent
 * @param maxPodsPerNode pods per node in effect
 * @param podVnicsPerNode pod VNICs per node (VCN-native), else 0
 * @param workerSubnetKey the placement subnet
 * @param podSubnetKey the pod subnet (VCN-native)
 * @param nsgKeys NSGs on the nodes' VNICs
 * @param podNsgKeys NSGs on the pods' VNICs (VCN-native)
 */
public record ResolvedNodePool(NodePoolKey key, NodePool pool, int maxPodsPerNode, int podVnicsPerNode,
    SubnetKey workerSubnetKey, Optional<SubnetKey> podSubnetKey, List<NsgKey> nsgKeys, List<NsgKey> podNsgKeys) {
  /** Copies the lists so the record stays immutable. */
  public ResolvedNodePool {
    Require.components(ResolvedNodePool.class, key, pool, maxPodsPerNode, podVnicsPerNode, workerSubnetKey, podSubnetKey, nsgKeys, podNsgKeys);
    nsgKeys = List.copyOf(nsgKeys);
    podNsgKeys = List.copyOf(podNsgKeys);
  }

  /** The pool's name. */
  public String name() {
    return pool.name();
  }
}
