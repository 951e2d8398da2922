package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.Cidr;
import java.util.Objects;
import java.util.Optional;

/**
 * The other side of a security rule: a CIDR, anywhere, a subnet role, a named NSG, or the Oracle
 * Services Network.
 *
 * <pre>{@code
 * Peer.ipv4("192.168.0.0/16")        // on-premises
 * Peer.anyIpv4()                     // 0.0.0.0/0
 * Peer.role(SubnetRole.WORKERS)      // the worker nodes, through their NSG or subnet CIDR
 * Peer.nsg("bastion")                // a custom NSG of this network
 * Peer.serviceNetwork()              // all services in the Oracle Services Network
 * }</pre>
 */
public final class Peer {
  /** What kind of peer this is. */
  public enum Kind {
    /** A CIDR block. */
    CIDR,
    /** The subnet or NSG of an OKE role. */
    ROLE,
    /** A custom NSG of this network, by name. */
    NSG,
    /** All services in the Oracle Services Network (a service CIDR label). */
    SERVICE_NETWORK
  }

  private final Kind kind;
  private final Cidr cidr;
  private final SubnetRole role;
  private final String nsgName;

  private Peer(Kind kind, Cidr cidr, SubnetRole role, String nsgName) {
    this.kind = kind;
    this.cidr = cidr;
    this.role = role;
    this.nsgName = nsgName;
  }

  /**
   * An IPv4 CIDR peer; see {@link Cidr#of(String)} for the accepted forms. IPv6 is refused: the
   * subnets oke-net creates carry no IPv6 prefix, so an IPv6 rule would match nothing.
   */
  public static Peer ipv4(String cidr) {
    return cidr(Require.cidr(cidr, "Peer.ipv4(cidr)"));
  }

  /** An IPv4 CIDR peer (IPv6 is refused, as for {@link #ipv4(String)}). */
  public static Peer cidr(Cidr cidr) {
    Require.notNull(cidr, "Peer.cidr(cidr): cidr", "Give a block, e.g. Cidr.of(\"192.168.0.0/16\"), or use Peer.ipv4(\"192.168.0.0/16\").");
    return new Peer(Kind.CIDR, Require.ipv4(cidr, "Peer"), null, null);
  }

  /** Every IPv4 address, 0.0.0.0/0. */
  public static Peer anyIpv4() {
    return cidr(Cidr.ANY_IPV4);
  }

  /** The subnet (or NSG, when NSGs carry the rules) of an OKE role. */
  public static Peer role(SubnetRole role) {
    if (role == null) {
      throw new IllegalArgumentException("Peer.role(..) needs a role, e.g. SubnetRole.WORKERS.");
    }
    return new Peer(Kind.ROLE, null, role, null);
  }

  /** A custom NSG of this network, by the name given to {@link Nsg#named(String)}. */
  public static Peer nsg(String name) {
    Require.keyName(name, "Peer.nsg(name) name", "Peer.nsg(\"bastion\")");
    return new Peer(Kind.NSG, null, null, name);
  }

  /** All services in the Oracle Services Network, reached through the service gateway. */
  public static Peer serviceNetwork() {
    return new Peer(Kind.SERVICE_NETWORK, null, null, null);
  }

  /** The kind of peer. */
  public Kind kind() {
    return kind;
  }

  /** The CIDR, for {@link Kind#CIDR}. */
  public Optional<Cidr> cidr() {
    return Optional.ofNullable(cidr);
  }

  /** The role, for {@link Kind#ROLE}. */
  public Optional<SubnetRole> role() {
    return Optional.ofNullable(role);
  }

  /** The NSG name, for {@link Kind#NSG}. */
  public Optional<String> nsgName() {
    return Optional.ofNullable(nsgName);
  }

  /** Whether this is 0.0.0.0/0. */
  public boolean isAnyIpv4() {
    return kind == Kind.CIDR && cidr.equals(Cidr.ANY_IPV4);
  }

  /** Human text such as "10.0.0.0/16", "workers", "nsg bastion", "Oracle Services Network". */
  @Override
  public String toString() {
    switch (kind) {
      case CIDR:
        return cidr.toString();
      case ROLE:
        return role.label();
      case NSG:
        return "nsg " + nsgName;
      default:
        return "Oracle Services Network";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Peer)) {
      return false;
    }
    Peer p = (Peer) o;
    return kind == p.kind && Objects.equals(cidr, p.cidr) && role == p.role && Objects.equals(nsgName, p.nsgName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, cidr, role, nsgName);
  }
}
