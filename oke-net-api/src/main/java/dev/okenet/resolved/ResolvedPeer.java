package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.key.NsgKey;
import java.util.Optional;

/**
 * The peer of a resolved security rule, as OCI sees it: a CIDR block, an NSG (by logical key) or
 * the Oracle Services Network.
 *
 * <pre>{@code
 * ResolvedPeer.cidr(Cidr.of("192.168.0.0/16"), "on-premises")
 * }</pre>
 *
 * @param kind what it is
 * @param cidr the CIDR, for {@link Kind#CIDR}
 * @param nsgKey the NSG's logical key, for {@link Kind#NSG}
 * @param label a human label, e.g. "workers" or "0.0.0.0/0"
 */
public record ResolvedPeer(Kind kind, Optional<Cidr> cidr, Optional<NsgKey> nsgKey, String label) {
  /** Rejects a missing component. */
  public ResolvedPeer {
    Require.components(ResolvedPeer.class, kind, cidr, nsgKey, label);
  }

  /** The kinds of peers OCI rules take. */
  public enum Kind {
    /** A CIDR block (source/destination type CIDR_BLOCK). */
    CIDR,
    /** An NSG (NETWORK_SECURITY_GROUP). */
    NSG,
    /** All services in the Oracle Services Network (SERVICE_CIDR_BLOCK). */
    SERVICE_NETWORK
  }

  /** A CIDR peer. */
  public static ResolvedPeer cidr(Cidr cidr, String label) {
    return new ResolvedPeer(Kind.CIDR, Optional.of(Require.notNull(cidr, "ResolvedPeer.cidr(cidr, label): cidr", "Give the peer's CIDR block.")),
        Optional.empty(), label);
  }

  /** An NSG peer. */
  public static ResolvedPeer nsg(NsgKey nsgKey, String label) {
    return new ResolvedPeer(Kind.NSG, Optional.empty(),
        Optional.of(Require.notNull(nsgKey, "ResolvedPeer.nsg(nsgKey, label): nsgKey", "Give the NSG's logical key, e.g. ResourceKey.nsg(SubnetRole.WORKERS).")), label);
  }

  /** The Oracle Services Network. */
  public static ResolvedPeer serviceNetwork() {
    return new ResolvedPeer(Kind.SERVICE_NETWORK, Optional.empty(), Optional.empty(), "Oracle Services Network");
  }

  /** The CIDR, NSG key or "Oracle Services Network". */
  public String target() {
    return cidr.map(Cidr::toString).orElseGet(() -> nsgKey.map(Object::toString).orElse("Oracle Services Network"));
  }

  @Override
  public String toString() {
    return label;
  }
}
