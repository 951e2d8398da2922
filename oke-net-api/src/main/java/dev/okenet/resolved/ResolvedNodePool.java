package dev.okenet.resolved;

import dev.okenet.cluster.NodePool;
import dev.okenet.key.NodePoolKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.SubnetKey;
import java.util.List;
import java.util.Optional;

/**
 * A node pool with its placement and the numbers pod networking derives from it. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedNodePool general = ReferenceNetworks.prod().resolve().nodePool("general").orElseThrow();
 * general.maxPodsPerNode();    // 60
 * general.podSubnetKey();      // Optional[subnet:pods] (VCN-native)
 * }</pre>
 */
public final class ResolvedNodePool {
  private final NodePoolKey key;
  private final NodePool pool;
  private final int maxPodsPerNode;
  private final int podVnicsPerNode;
  private final SubnetKey workerSubnetKey;
  private final Optional<SubnetKey> podSubnetKey;
  private final List<NsgKey> nsgKeys;
  private final List<NsgKey> podNsgKeys;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedNodePool(NodePoolKey key, NodePool pool, int maxPodsPerNode, int podVnicsPerNode, SubnetKey workerSubnetKey,
      Optional<SubnetKey> podSubnetKey, List<NsgKey> nsgKeys, List<NsgKey> podNsgKeys) {
    this.key = Components.value(key, "ResolvedNodePool", "key");
    this.pool = Components.value(pool, "ResolvedNodePool", "pool");
    this.maxPodsPerNode = maxPodsPerNode;
    this.podVnicsPerNode = podVnicsPerNode;
    this.workerSubnetKey = Components.value(workerSubnetKey, "ResolvedNodePool", "workerSubnetKey");
    this.podSubnetKey = Components.optional(podSubnetKey, "ResolvedNodePool", "podSubnetKey");
    this.nsgKeys = Components.list(nsgKeys, "ResolvedNodePool", "nsgKeys");
    this.podNsgKeys = Components.list(podNsgKeys, "ResolvedNodePool", "podNsgKeys");
  }

  /** The logical key, {@code node-pool:<name>}. */
  public NodePoolKey key() {
    return key;
  }

  /** The intent. */
  public NodePool pool() {
    return pool;
  }

  /** Pods per node in effect. */
  public int maxPodsPerNode() {
    return maxPodsPerNode;
  }

  /** Pod VNICs per node (VCN-native), else 0. */
  public int podVnicsPerNode() {
    return podVnicsPerNode;
  }

  /** The placement subnet. */
  public SubnetKey workerSubnetKey() {
    return workerSubnetKey;
  }

  /** The pod subnet (VCN-native). */
  public Optional<SubnetKey> podSubnetKey() {
    return podSubnetKey;
  }

  /** NSGs on the nodes' VNICs. */
  public List<NsgKey> nsgKeys() {
    return nsgKeys;
  }

  /** NSGs on the pods' VNICs (VCN-native). */
  public List<NsgKey> podNsgKeys() {
    return podNsgKeys;
  }

  /** The pool's name. */
  public String name() {
    return pool.name();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedNodePool p && key.equals(p.key) && pool.equals(p.pool) && maxPodsPerNode == p.maxPodsPerNode
        && podVnicsPerNode == p.podVnicsPerNode && workerSubnetKey.equals(p.workerSubnetKey) && podSubnetKey.equals(p.podSubnetKey)
        && nsgKeys.equals(p.nsgKeys) && podNsgKeys.equals(p.podNsgKeys);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + pool.hashCode();
    h = 31 * h + Integer.hashCode(maxPodsPerNode);
    h = 31 * h + Integer.hashCode(podVnicsPerNode);
    h = 31 * h + workerSubnetKey.hashCode();
    h = 31 * h + podSubnetKey.hashCode();
    h = 31 * h + nsgKeys.hashCode();
    return 31 * h + podNsgKeys.hashCode();
  }

  /** {@code ResolvedNodePool[key=node-pool:general, pool=..., maxPodsPerNode=..., ...]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedNodePool[key=" + key + ", pool=" + pool + ", maxPodsPerNode=" + maxPodsPerNode + ", podVnicsPerNode="
        + podVnicsPerNode + ", workerSubnetKey=" + workerSubnetKey + ", podSubnetKey=" + podSubnetKey + ", nsgKeys=" + nsgKeys
        + ", podNsgKeys=" + podNsgKeys + "]";
  }
}
