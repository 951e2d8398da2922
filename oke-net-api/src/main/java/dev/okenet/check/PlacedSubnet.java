package dev.okenet.check;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.Optional;

/**
 * A subnet of the intent as the validator sees it: where it sits in the intent (its path), its
 * role, and the CIDR it gets (explicit or carved) when it fits in the VCN.
 *
 * <pre>{@code
 * ctx.subnet(SubnetRole.PODS).flatMap(PlacedSubnet::cidr);   // Optional[10.0.32.0/19]
 * }</pre>
 *
 * @param path the path in the intent, e.g. "pods" or "extraSubnets[bastion]"
 * @param role the role
 * @param name the short name: the role key ("pods") or the extra subnet's name ("bastion")
 * @param subnet the intent
 * @param cidr the CIDR, explicit or carved; empty when it does not fit in the VCN
 * @param prefixLength the prefix length it has or asks for
 */
public record PlacedSubnet(String path, SubnetRole role, String name, Subnet subnet, Optional<Cidr> cidr, int prefixLength) {

  /** Rejects a missing part. */
  public PlacedSubnet {
    Require.components(PlacedSubnet.class, path, role, name, subnet, cidr, prefixLength);
  }

  /** Addresses usable by resources: 2^(32 − prefix) − 3 (OCI reserves three per subnet). */
  public long usableAddresses() {
    if (cidr.isPresent()) {
      return cidr.get().usableAddresses();
    }
    return usableAddresses(prefixLength);
  }

  /** Usable addresses of an IPv4 subnet of this prefix length, never negative. */
  public static long usableAddresses(int prefixLength) {
    if (prefixLength < 0 || prefixLength > 32) {
      return 0;
    }
    return Math.max(0, (1L << (32 - prefixLength)) - Cidr.OCI_RESERVED_ADDRESSES_PER_SUBNET);
  }

  /** The CIDR if placed, else "/prefix". */
  public String cidrText() {
    return cidr.map(Cidr::toString).orElse("/" + prefixLength);
  }
}
