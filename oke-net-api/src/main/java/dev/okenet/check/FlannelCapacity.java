package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.internal.Prefixes;

/**
 * How many nodes a flannel pods CIDR can serve (one /25 per node) against the node pools' sizes.
 *
 * <pre>{@code
 * FlannelCapacity f = ReferenceNetworks.prodFlannel().capacity().flannel().orElseThrow();
 * f.nodeCapacity();   // 512 for 10.244.0.0/16
 * }</pre>
 *
 * @param podsCidr the pods CIDR
 * @param nodeCapacity nodes it serves: 2^(25 − prefix)
 * @param nodesAtMin nodes at the pools' minimum sizes
 * @param nodesAtMax nodes at the pools' maximum sizes
 * @param surgeNodes extra nodes during an upgrade
 * @param headroomPercent the headroom {@link #recommendedPrefix()} leaves
 */
public record FlannelCapacity(Cidr podsCidr, long nodeCapacity, long nodesAtMin, long nodesAtMax, long surgeNodes,
    int headroomPercent) {

  /** Rejects a missing pods CIDR. */
  public FlannelCapacity {
    Require.components(FlannelCapacity.class, podsCidr, nodeCapacity, nodesAtMin, nodesAtMax, surgeNodes, headroomPercent);
  }

  /** Nodes at maximum size plus surge. */
  public long peakNodes() {
    return nodesAtMax + surgeNodes;
  }

  /** Peak nodes as a percentage of capacity. */
  public double utilisationPercent() {
    return nodeCapacity == 0 ? (peakNodes() == 0 ? 0 : Double.POSITIVE_INFINITY) : 100.0 * peakNodes() / nodeCapacity;
  }

  /** Nodes left at peak; negative when the pods CIDR is too small. */
  public long headroom() {
    return nodeCapacity - peakNodes();
  }

  /** Whether the peak fits. */
  public boolean fits() {
    return peakNodes() <= nodeCapacity;
  }

  /** The longest pods prefix serving the peak. */
  public int smallestFittingPrefix() {
    return Prefixes.flannelPrefixFor(peakNodes());
  }

  /** The longest pods prefix serving the peak plus headroom. */
  public int recommendedPrefix() {
    return Prefixes.flannelPrefixFor(Prefixes.withHeadroom(peakNodes(), headroomPercent));
  }
}
