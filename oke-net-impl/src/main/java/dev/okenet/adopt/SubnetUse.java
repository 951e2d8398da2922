package dev.okenet.adopt;

import dev.okenet.internal.Require;
import dev.okenet.key.SubnetKey;

/**
 * How full a live subnet is: private IPs in use (nodes, pods and their VNICs, endpoints, load
 * balancers) against usable addresses (the CIDR's size less OCI's three reserved).
 *
 * <pre>{@code
 * SubnetUse pods = audit.liveUse(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow();
 * pods.percentUsed();   // e.g. 73.5
 * }</pre>
 *
 * @param key the subnet's logical key, e.g. {@code subnet:pods}
 * @param cidr its CIDR
 * @param inUse private IPs in use
 * @param usable usable addresses
 */
public record SubnetUse(SubnetKey key, String cidr, long inUse, long usable) {
  /** Rejects a missing component. */
  public SubnetUse {
    Require.components(SubnetUse.class, key, cidr, inUse, usable);
  }

  /** In use as a percentage of usable (0 for an empty subnet). */
  public double percentUsed() {
    return usable <= 0 ? 0 : 100.0 * inUse / usable;
  }

  /** Addresses still free. */
  public long free() {
    return Math.max(0, usable - inUse);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s %s: %d of %d usable in use (%.1f%%)", key, cidr, inUse, usable, percentUsed());
  }
}
