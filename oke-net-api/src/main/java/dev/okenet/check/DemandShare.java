package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.check.internal.Numbers;

/**
 * One contributor to a subnet's demand: a node pool (nodes × addresses per node) or a load
 * balancer.
 *
 * <pre>{@code
 * DemandShare general = capacity.subnet(SubnetRole.PODS).orElseThrow().shares().get(0);
 * general.describe();   // "'general' (12 nodes × (60 pods + 2 VNICs) = 744)"
 * }</pre>
 *
 * @param name the node pool's name, or the Service's namespace/name
 * @param minUnits nodes at the pool's minimum size (load balancers: 1)
 * @param maxUnits nodes at the pool's maximum size (load balancers: 1)
 * @param surgeUnits extra nodes during an upgrade
 * @param perUnit addresses each unit takes
 * @param perUnitText how {@code perUnit} is made up, e.g. "60 pods + 2 VNICs", "1 address"
 * @param unitName what a unit is, e.g. "nodes" or "load balancer"
 */
public record DemandShare(String name, long minUnits, long maxUnits, long surgeUnits, long perUnit, String perUnitText,
    String unitName) {

  /** Rejects a missing text. */
  public DemandShare {
    Require.components(DemandShare.class, name, minUnits, maxUnits, surgeUnits, perUnit, perUnitText, unitName);
  }

  /** Addresses at the minimum size. */
  public long atMin() {
    return minUnits * perUnit;
  }

  /** Addresses at the maximum size. */
  public long atMax() {
    return maxUnits * perUnit;
  }

  /** Extra addresses during an upgrade. */
  public long surge() {
    return surgeUnits * perUnit;
  }

  /**
   * E.g. "'general' (12 nodes × (60 pods + 2 VNICs) = 744)", "'batch' (6 nodes × 1 address = 6)",
   * or for a single load balancer "'shop/web' (1 address per NLB)".
   */
  public String describe() {
    if (minUnits == 1 && maxUnits == 1 && surgeUnits == 0) {
      return "'" + name + "' (" + perUnitText + ")";
    }
    String per = perUnitText.contains(" + ") ? "(" + perUnitText + ")" : perUnitText;
    return "'" + name + "' (" + Numbers.count(maxUnits) + " " + unitName + " × " + per + " = " + Numbers.count(atMax()) + ")";
  }
}
