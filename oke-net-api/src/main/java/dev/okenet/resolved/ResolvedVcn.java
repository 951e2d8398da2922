package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.key.VcnKey;
import java.util.List;
import java.util.Optional;

/**
 * The VCN as it will exist.
 *
 * <pre>{@code
 * ResolvedVcn vcn = net.vcn();
 * vcn.cidrs();    // [10.0.0.0/16]
 * }</pre>
 *
 * @param key the logical key, {@code vcn}
 * @param name the display name
 * @param cidrs the IPv4 CIDR blocks
 * @param ipv6Cidr the IPv6 prefix, if any
 * @param dnsLabel the DNS label, if any
 * @param existingId the OCID of an existing VCN, if referenced rather than created
 */
public record ResolvedVcn(VcnKey key, String name, List<Cidr> cidrs, Optional<Cidr> ipv6Cidr,
    Optional<String> dnsLabel, Optional<String> existingId) {
  /** Copies the lists so the record stays immutable. */
  public ResolvedVcn {
    Require.components(ResolvedVcn.class, key, name, cidrs, ipv6Cidr, dnsLabel, existingId);
    cidrs = List.copyOf(cidrs);
  }

  /** Whether {@code cidr} lies inside one of the VCN's blocks. */
  public boolean contains(Cidr cidr) {
    return cidrs.stream().anyMatch(c -> c.contains(cidr));
  }
}
