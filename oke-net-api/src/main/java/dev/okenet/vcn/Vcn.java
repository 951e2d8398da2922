package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The virtual cloud network: one or more IPv4 CIDR blocks, an optional IPv6 prefix and DNS label,
 * or an existing VCN referenced by OCID (read, never changed).
 *
 * <pre>{@code
 * Vcn vcn = Vcn.of("10.0.0.0/16").withDnsLabel("prod");
 * Vcn two = Vcn.of("10.0.0.0/16", "10.1.0.0/16");
 * Vcn theirs = Vcn.of("10.0.0.0/16").withExistingId("ocid1.vcn.oc1.iad.aaaa…");
 * Vcn small = Vcn.of(Vcn.DEFAULT_CIDR);
 * }</pre>
 */
@Value.Immutable
public abstract class Vcn {
  /** Oracle's recommended default, as in AWS CDK's {@code Vpc.DEFAULT_CIDR_RANGE}. */
  public static final String DEFAULT_CIDR = "10.0.0.0/16";

  /** The IPv4 CIDR blocks, in order; subnets are carved from the first that has room. */
  public abstract List<Cidr> cidrs();

  /** An IPv6 /56 prefix, if the VCN is dual-stack. */
  public abstract Optional<Cidr> ipv6Cidr();

  /** The DNS label; subnets may have labels only when the VCN has one. */
  public abstract Optional<String> dnsLabel();

  /** The OCID of an existing VCN to use instead of creating one. */
  public abstract Optional<String> existingId();

  /** A VCN with these IPv4 CIDR blocks. */
  public static Vcn of(String cidr, String... more) {
    List<Cidr> all = new ArrayList<>();
    all.add(CidrArguments.cidr(cidr, "Vcn CIDR"));
    for (String c : Require.elements(more, "Vcn.of(cidr, more)", "more", "Give further IPv4 blocks, e.g. \"10.1.0.0/16\", or none.")) {
      all.add(CidrArguments.cidr(c, "Vcn CIDR"));
    }
    return ImmutableVcn.builder().cidrs(all).build();
  }

  /**
   * A copy that stands for the existing VCN of this OCID: it is read, never created or changed.
   * Give its real CIDR blocks to {@link #of} (carving and checks need them).
   */
  public abstract Vcn withExistingId(String existingId);

  /** A copy with this DNS label; subnets may have labels only when the VCN has one. */
  public abstract Vcn withDnsLabel(String dnsLabel);

  /** A copy with this IPv6 prefix (OCI assigns /56 prefixes), e.g. "2603:c020:1::/56". */
  public Vcn withIpv6Cidr(String cidr) {
    return withIpv6Cidr(CidrArguments.cidr(cidr, "Vcn IPv6 prefix"));
  }

  /** A copy with this IPv6 prefix. */
  public abstract Vcn withIpv6Cidr(Cidr cidr);

  @Value.Check
  void check() {
    if (cidrs().isEmpty()) {
      throw new IllegalArgumentException(
          "Vcn has no IPv4 CIDR block. Give one, e.g. Vcn.of(\"" + DEFAULT_CIDR + "\").");
    }
    for (Cidr c : cidrs()) {
      if (!c.isIpv4()) {
        throw new IllegalArgumentException(
            "Vcn CIDR " + c + " is IPv6; IPv4 blocks go in Vcn.of(..) and the IPv6 prefix in withIpv6Cidr(..).");
      }
    }
    ipv6Cidr().ifPresent(c -> {
      if (c.isIpv4()) {
        throw new IllegalArgumentException("Vcn IPv6 prefix " + c + " is IPv4. Give an IPv6 /56, e.g. 2603:c020:1::/56.");
      }
    });
    dnsLabel().ifPresent(l -> Require.nonBlank(l, "Vcn dnsLabel", "\"prod\""));
    existingId().ifPresent(id -> Require.ocid(id, "Vcn existingId", "vcn"));
  }
}
