package dev.okenet.check.internal;

import dev.okenet.check.PlacedSubnet;

/**
 * Prefix arithmetic for sizing advice: the smallest OCI subnet (or flannel pods CIDR) that holds
 * a demand.
 *
 * <pre>{@code
 * Prefixes.smallestHolding(1030);       // 21: a /21 has 2,045 usable addresses
 * Prefixes.usable(21);                  // 2045
 * Prefixes.flannelPrefixFor(20);        // 20: a /20 gives 32 nodes a /25 each
 * }</pre>
 */
public final class Prefixes {
  /** The longest prefix OCI accepts for a subnet. */
  public static final int LONGEST_SUBNET_PREFIX = 30;

  private Prefixes() {}

  /** Usable addresses of an IPv4 subnet of this prefix: 2^(32 − p) − 3. */
  public static long usable(int prefixLength) {
    return PlacedSubnet.usableAddresses(prefixLength);
  }

  /** The longest prefix (at most /30) whose usable addresses are at least {@code addresses}. */
  public static int smallestHolding(long addresses) {
    int p = LONGEST_SUBNET_PREFIX;
    while (p > 1 && usable(p) < addresses) {
      p--;
    }
    return p;
  }

  /** {@code demand} plus {@code percent}%, rounded up. */
  public static long withHeadroom(long demand, int percent) {
    return demand + (demand * percent + 99) / 100;
  }

  /** The longest flannel pods prefix (one /25 per node) that serves {@code nodes} nodes. */
  public static int flannelPrefixFor(long nodes) {
    int p = 25;
    while (p > 1 && (1L << (25 - p)) < nodes) {
      p--;
    }
    return p;
  }
}
