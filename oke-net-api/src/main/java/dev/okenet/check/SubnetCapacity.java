package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.internal.Prefixes;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * Address supply and demand of one subnet: usable addresses, demand at the node pools' minimum
 * and maximum sizes, the extra demand of upgrade surge, and the smallest prefix that fits.
 *
 * <pre>{@code
 * SubnetCapacity pods = network.capacity().subnet(SubnetRole.PODS).orElseThrow();
 * pods.peak();                  // 1030 = 936 at max + 94 surge
 * pods.recommendedPrefix();     // 21: fits the peak with 25% headroom
 * }</pre>
 *
 * @param path the subnet's path in the intent, e.g. "pods"
 * @param role its role
 * @param cidr its CIDR, when it fits in the VCN
 * @param prefixLength its prefix length
 * @param usable usable addresses (total − 3)
 * @param atMin demand at the node pools' minimum sizes
 * @param atMax demand at the node pools' maximum sizes
 * @param surge extra demand while an upgrade adds surge nodes
 * @param headroomPercent the headroom {@link #recommendedPrefix()} leaves
 * @param shares who makes up the demand
 */
public record SubnetCapacity(String path, SubnetRole role, Optional<Cidr> cidr, int prefixLength, long usable,
    long atMin, long atMax, long surge, int headroomPercent, List<DemandShare> shares) {

  /** Copies the shares. */
  public SubnetCapacity {
    Require.components(SubnetCapacity.class, path, role, cidr, prefixLength, usable, atMin, atMax, surge, headroomPercent, shares);
    shares = List.copyOf(shares);
  }

  /** Demand at maximum size plus surge: what the subnet must hold. */
  public long peak() {
    return atMax + surge;
  }

  /** Peak demand as a percentage of usable addresses (0 for an empty subnet with no demand). */
  public double utilisationPercent() {
    return usable == 0 ? (peak() == 0 ? 0 : Double.POSITIVE_INFINITY) : 100.0 * peak() / usable;
  }

  /** Usable addresses left at peak; negative when the subnet is too small. */
  public long headroom() {
    return usable - peak();
  }

  /** Whether the peak fits. */
  public boolean fits() {
    return peak() <= usable;
  }

  /** The longest prefix (smallest subnet) whose usable addresses hold the peak. */
  public int smallestFittingPrefix() {
    return Prefixes.smallestHolding(peak());
  }

  /** The longest prefix holding the peak plus {@link #headroomPercent()}. */
  public int recommendedPrefix() {
    return Prefixes.smallestHolding(Prefixes.withHeadroom(peak(), headroomPercent));
  }

  /** The CIDR if placed, else "/prefix". */
  public String cidrText() {
    return cidr.map(Cidr::toString).orElse("/" + prefixLength);
  }
}
