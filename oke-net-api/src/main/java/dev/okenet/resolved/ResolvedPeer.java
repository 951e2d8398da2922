package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.key.NsgKey;
import dev.okenet.vcn.Cidr;
import java.util.Optional;

/**
 * The peer of a resolved security rule, as OCI sees it: a CIDR block, an NSG (by logical key) or
 * the Oracle Services Network. Built by {@code OkeNetwork.resolve()}; equal when kind, CIDR, NSG
 * key and label are.
 *
 * <pre>{@code
 * ResolvedPeer peer = ReferenceNetworks.prod().resolve().defaultSecurityList().rules().get(0).peer();
 * peer.kind();     // CIDR
 * peer.cidr();     // Optional[0.0.0.0/0]
 * peer.target();   // "0.0.0.0/0"
 * }</pre>
 */
public final class ResolvedPeer {
  /** The kinds of peers OCI rules take. */
  public enum Kind {
    /** A CIDR block (source/destination type CIDR_BLOCK). */
    CIDR,
    /** An NSG (NETWORK_SECURITY_GROUP). */
    NSG,
    /** All services in the Oracle Services Network (SERVICE_CIDR_BLOCK). */
    SERVICE_NETWORK
  }

  private final Kind kind;
  private final Optional<Cidr> cidr;
  private final Optional<NsgKey> nsgKey;
  private final String label;

  private ResolvedPeer(Kind kind, Optional<Cidr> cidr, Optional<NsgKey> nsgKey, String label) {
    this.kind = Components.value(kind, "ResolvedPeer", "kind");
    this.cidr = Components.optional(cidr, "ResolvedPeer", "cidr");
    this.nsgKey = Components.optional(nsgKey, "ResolvedPeer", "nsgKey");
    this.label = Components.value(label, "ResolvedPeer", "label");
  }

  /** A CIDR peer. */
  static ResolvedPeer cidr(Cidr cidr, String label) {
    return new ResolvedPeer(Kind.CIDR, Optional.of(Require.notNull(cidr, "ResolvedPeer.cidr(cidr, label): cidr", "Give the peer's CIDR block.")),
        Optional.empty(), label);
  }

  /** An NSG peer. */
  static ResolvedPeer nsg(NsgKey nsgKey, String label) {
    return new ResolvedPeer(Kind.NSG, Optional.empty(),
        Optional.of(Require.notNull(nsgKey, "ResolvedPeer.nsg(nsgKey, label): nsgKey", "Give the NSG's logical key, e.g. ResourceKey.nsg(SubnetRole.WORKERS).")), label);
  }

  /** The Oracle Services Network. */
  static ResolvedPeer serviceNetwork() {
    return new ResolvedPeer(Kind.SERVICE_NETWORK, Optional.empty(), Optional.empty(), "Oracle Services Network");
  }

  /** What it is. */
  public Kind kind() {
    return kind;
  }

  /** The CIDR, for {@link Kind#CIDR}. */
  public Optional<Cidr> cidr() {
    return cidr;
  }

  /** The NSG's logical key, for {@link Kind#NSG}. */
  public Optional<NsgKey> nsgKey() {
    return nsgKey;
  }

  /** A human label, e.g. "workers" or "0.0.0.0/0". */
  public String label() {
    return label;
  }

  /** The CIDR, NSG key or "Oracle Services Network". */
  public String target() {
    return cidr.map(Cidr::toString).orElseGet(() -> nsgKey.map(Object::toString).orElse("Oracle Services Network"));
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedPeer p && kind == p.kind && cidr.equals(p.cidr) && nsgKey.equals(p.nsgKey)
        && label.equals(p.label);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = kind.hashCode();
    h = 31 * h + cidr.hashCode();
    h = 31 * h + nsgKey.hashCode();
    return 31 * h + label.hashCode();
  }

  /** The label. */
  @Override
  public String toString() {
    return label;
  }
}
