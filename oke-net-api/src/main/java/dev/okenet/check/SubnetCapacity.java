package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.internal.Prefixes;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Objects;
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
 * <p>Built by {@code capacity()} and the cluster doctor through {@link #planned} and
 * {@link #observed}, which derive the demand from its shares, so supply and demand always agree
 * with what they are made of.
 */
public final class SubnetCapacity {
  private final String path;
  private final SubnetRole role;
  private final Optional<Cidr> cidr;
  private final int prefixLength;
  private final long usable;
  private final long atMin;
  private final long atMax;
  private final long surge;
  private final int headroomPercent;
  private final List<DemandShare> shares;

  private SubnetCapacity(String path, SubnetRole role, Optional<Cidr> cidr, int prefixLength, long usable,
      long atMin, long atMax, long surge, int headroomPercent, List<DemandShare> shares) {
    this.path = path;
    this.role = role;
    this.cidr = cidr;
    this.prefixLength = prefixLength;
    this.usable = usable;
    this.atMin = atMin;
    this.atMax = atMax;
    this.surge = surge;
    this.headroomPercent = headroomPercent;
    this.shares = List.copyOf(shares);
  }

  /**
   * A subnet of the intent: its supply from where it is placed, its demand the sum of
   * {@code shares} at the node pools' minimum and maximum sizes and in an upgrade's surge.
   *
   * <pre>{@code
   * SubnetCapacity.planned(placedPods, 25, List.of(generalPoolShare)).recommendedPrefix();
   * }</pre>
   */
  public static SubnetCapacity planned(PlacedSubnet subnet, int headroomPercent, List<DemandShare> shares) {
    Require.notNull(subnet, "SubnetCapacity.planned(..): subnet", "Give the placed subnet, e.g. a CheckContext's subnet(SubnetRole.PODS).");
    List<DemandShare> all = shares(shares, "planned");
    return new SubnetCapacity(subnet.path(), subnet.role(), subnet.cidr(), subnet.prefixLength(), subnet.usableAddresses(),
        all.stream().mapToLong(DemandShare::atMin).sum(), all.stream().mapToLong(DemandShare::atMax).sum(),
        all.stream().mapToLong(DemandShare::surge).sum(), headroomPercent, all);
  }

  /**
   * Subnets in the cloud serving one role (e.g. a cluster's pod subnets): {@code usable} addresses
   * as counted there, demand what {@code shares} take now (their maximum, with no surge), and the
   * prefix of {@code cidr}, the first subnet's block (0 when it is unknown).
   *
   * <pre>{@code
   * SubnetCapacity.observed("pods", SubnetRole.PODS, Optional.of(podsCidr), 8189, 25, shares).fits();
   * }</pre>
   */
  public static SubnetCapacity observed(String path, SubnetRole role, Optional<Cidr> cidr, long usable, int headroomPercent,
      List<DemandShare> shares) {
    Require.notNull(path, "SubnetCapacity.observed(..): path", "Give the subnets' path, e.g. \"pods\".");
    Require.notNull(role, "SubnetCapacity.observed(..): role", "Give the role, e.g. SubnetRole.PODS.");
    Require.notNull(cidr, "SubnetCapacity.observed(..): cidr", "Give the first subnet's CIDR, or Optional.empty().");
    List<DemandShare> all = shares(shares, "observed");
    long demand = all.stream().mapToLong(DemandShare::atMax).sum();
    return new SubnetCapacity(path, role, cidr, cidr.map(Cidr::prefixLength).orElse(0), usable, demand, demand, 0,
        headroomPercent, all);
  }

  private static List<DemandShare> shares(List<DemandShare> shares, String factory) {
    Require.notNull(shares, "SubnetCapacity." + factory + "(..): shares", "Give the demand's shares, or List.of() for none.");
    for (DemandShare share : shares) {
      Require.notNull(share, "SubnetCapacity." + factory + "(..): a share", "Leave out the null share.");
    }
    return List.copyOf(shares);
  }

  /** The subnet's path in the intent, e.g. "pods". */
  public String path() {
    return path;
  }

  /** Its role. */
  public SubnetRole role() {
    return role;
  }

  /** Its CIDR, when it fits in the VCN. */
  public Optional<Cidr> cidr() {
    return cidr;
  }

  /** Its prefix length. */
  public int prefixLength() {
    return prefixLength;
  }

  /** Usable addresses (total − 3). */
  public long usable() {
    return usable;
  }

  /** Demand at the node pools' minimum sizes. */
  public long atMin() {
    return atMin;
  }

  /** Demand at the node pools' maximum sizes. */
  public long atMax() {
    return atMax;
  }

  /** Extra demand while an upgrade adds surge nodes. */
  public long surge() {
    return surge;
  }

  /** The headroom {@link #recommendedPrefix()} leaves. */
  public int headroomPercent() {
    return headroomPercent;
  }

  /** Who makes up the demand. */
  public List<DemandShare> shares() {
    return shares;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof SubnetCapacity c && path.equals(c.path) && role == c.role && cidr.equals(c.cidr)
        && prefixLength == c.prefixLength && usable == c.usable && atMin == c.atMin && atMax == c.atMax && surge == c.surge
        && headroomPercent == c.headroomPercent && shares.equals(c.shares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, role, cidr, prefixLength, usable, atMin, atMax, surge, headroomPercent, shares);
  }

  @Override
  public String toString() {
    return "SubnetCapacity[path=" + path + ", role=" + role + ", cidr=" + cidr + ", prefixLength=" + prefixLength + ", usable="
        + usable + ", atMin=" + atMin + ", atMax=" + atMax + ", surge=" + surge + ", headroomPercent=" + headroomPercent
        + ", shares=" + shares + "]";
  }
}
