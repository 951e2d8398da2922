package dev.okenet.resolved;

import dev.okenet.key.VcnKey;
import dev.okenet.vcn.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * The VCN as it will exist. Built by {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedVcn vcn = ReferenceNetworks.prod().resolve().vcn();
 * vcn.cidrs();                             // [10.0.0.0/16]
 * vcn.contains(Cidr.of("10.0.4.0/22"));    // true
 * }</pre>
 */
public final class ResolvedVcn {
  private final VcnKey key;
  private final String name;
  private final List<Cidr> cidrs;
  private final Optional<Cidr> ipv6Cidr;
  private final Optional<String> dnsLabel;
  private final Optional<String> existingId;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedVcn(VcnKey key, String name, List<Cidr> cidrs, Optional<Cidr> ipv6Cidr, Optional<String> dnsLabel,
      Optional<String> existingId) {
    this.key = Components.value(key, "ResolvedVcn", "key");
    this.name = Components.value(name, "ResolvedVcn", "name");
    this.cidrs = Components.list(cidrs, "ResolvedVcn", "cidrs");
    this.ipv6Cidr = Components.optional(ipv6Cidr, "ResolvedVcn", "ipv6Cidr");
    this.dnsLabel = Components.optional(dnsLabel, "ResolvedVcn", "dnsLabel");
    this.existingId = Components.optional(existingId, "ResolvedVcn", "existingId");
  }

  /** The logical key, {@code vcn}. */
  public VcnKey key() {
    return key;
  }

  /** The display name, e.g. "prod-vcn". */
  public String name() {
    return name;
  }

  /** The IPv4 CIDR blocks. */
  public List<Cidr> cidrs() {
    return cidrs;
  }

  /** The IPv6 prefix, if any. */
  public Optional<Cidr> ipv6Cidr() {
    return ipv6Cidr;
  }

  /** The DNS label, if any. */
  public Optional<String> dnsLabel() {
    return dnsLabel;
  }

  /** The OCID of an existing VCN, if referenced rather than created. */
  public Optional<String> existingId() {
    return existingId;
  }

  /** Whether {@code cidr} lies inside one of the VCN's blocks. */
  public boolean contains(Cidr cidr) {
    return cidrs.stream().anyMatch(c -> c.contains(cidr));
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedVcn v && key.equals(v.key) && name.equals(v.name) && cidrs.equals(v.cidrs)
        && ipv6Cidr.equals(v.ipv6Cidr) && dnsLabel.equals(v.dnsLabel) && existingId.equals(v.existingId);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + cidrs.hashCode();
    h = 31 * h + ipv6Cidr.hashCode();
    h = 31 * h + dnsLabel.hashCode();
    return 31 * h + existingId.hashCode();
  }

  /** {@code ResolvedVcn[key=vcn, name=prod-vcn, cidrs=[10.0.0.0/16], ...]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedVcn[key=" + key + ", name=" + name + ", cidrs=" + cidrs + ", ipv6Cidr=" + ipv6Cidr + ", dnsLabel=" + dnsLabel
        + ", existingId=" + existingId + "]";
  }
}
