package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;

/**
 * The other side of a security rule, from a small closed vocabulary: a CIDR, a subnet role, a
 * named NSG of this network, or the Oracle Services Network. A sealed interface of records, so
 * each kind carries exactly what it needs.
 *
 * <pre>{@code
 * Peer.ipv4("192.168.0.0/16")        // on-premises
 * Peer.anyIpv4()                     // 0.0.0.0/0
 * Peer.role(SubnetRole.WORKERS)      // the worker nodes, through their NSG or subnet CIDR
 * Peer.nsg("bastion")                // a custom NSG of this network
 * Peer.serviceNetwork()              // all services in the Oracle Services Network
 *
 * if (peer instanceof Peer.CidrPeer c) { c.cidr(); }
 * }</pre>
 */
public sealed interface Peer permits Peer.CidrPeer, Peer.RolePeer, Peer.NsgPeer, Peer.ServiceNetworkPeer {
  /** What kind of peer this is: for {@code switch} statements. */
  enum Kind {
    /** A CIDR block: {@link CidrPeer}. */
    CIDR,
    /** The subnet or NSG of an OKE role: {@link RolePeer}. */
    ROLE,
    /** A custom NSG of this network, by name: {@link NsgPeer}. */
    NSG,
    /** All services in the Oracle Services Network (a service CIDR label): {@link ServiceNetworkPeer}. */
    SERVICE_NETWORK
  }

  /** The kind of peer. */
  Kind kind();

  /** Whether this is 0.0.0.0/0. */
  default boolean isAnyIpv4() {
    return this instanceof CidrPeer c && c.cidr().equals(Cidr.ANY_IPV4);
  }

  /**
   * An IPv4 CIDR peer; see {@link Cidr#of(String)} for the accepted forms. IPv6 is refused: the
   * subnets oke-net creates carry no IPv6 prefix, so an IPv6 rule would match nothing.
   */
  static CidrPeer ipv4(String cidr) {
    return new CidrPeer(CidrArguments.cidr(cidr, "Peer.ipv4(cidr)"));
  }

  /** An IPv4 CIDR peer (IPv6 is refused, as for {@link #ipv4(String)}). */
  static CidrPeer cidr(Cidr cidr) {
    Require.notNull(cidr, "Peer.cidr(cidr): cidr", "Give a block, e.g. Cidr.of(\"192.168.0.0/16\"), or use Peer.ipv4(\"192.168.0.0/16\").");
    return new CidrPeer(cidr);
  }

  /** Every IPv4 address, 0.0.0.0/0. */
  static CidrPeer anyIpv4() {
    return new CidrPeer(Cidr.ANY_IPV4);
  }

  /** The subnet (or NSG, when NSGs carry the rules) of an OKE role. */
  static RolePeer role(SubnetRole role) {
    return new RolePeer(role);
  }

  /** A custom NSG of this network, by the name given to {@link Nsg#named(String)}. */
  static NsgPeer nsg(String name) {
    return new NsgPeer(name);
  }

  /** All services in the Oracle Services Network, reached through the service gateway. */
  static ServiceNetworkPeer serviceNetwork() {
    return new ServiceNetworkPeer();
  }

  /**
   * An IPv4 CIDR block.
   *
   * @param cidr the block (IPv4)
   */
  record CidrPeer(Cidr cidr) implements Peer {
    /** Checks the block is given and IPv4. */
    public CidrPeer {
      Require.notNull(cidr, "Peer.CidrPeer(cidr): cidr", "Give a block, e.g. Cidr.of(\"192.168.0.0/16\").");
      CidrArguments.ipv4(cidr, "Peer");
    }

    @Override
    public Kind kind() {
      return Kind.CIDR;
    }

    /** The CIDR, e.g. "10.0.0.0/16". */
    @Override
    public String toString() {
      return cidr.toString();
    }
  }

  /**
   * The subnet (or NSG) of an OKE role.
   *
   * @param role the role
   */
  record RolePeer(SubnetRole role) implements Peer {
    /** Checks the role is given. */
    public RolePeer {
      if (role == null) {
        throw new IllegalArgumentException("Peer.role(..) needs a role, e.g. SubnetRole.WORKERS.");
      }
    }

    @Override
    public Kind kind() {
      return Kind.ROLE;
    }

    /** The role's label, e.g. "workers". */
    @Override
    public String toString() {
      return role.label();
    }
  }

  /**
   * A custom NSG of this network, by name.
   *
   * @param name the NSG's name
   */
  record NsgPeer(String name) implements Peer {
    /** Checks the name is a valid key. */
    public NsgPeer {
      Require.keyName(name, "Peer.nsg(name) name", "Peer.nsg(\"bastion\")");
    }

    @Override
    public Kind kind() {
      return Kind.NSG;
    }

    /** E.g. "nsg bastion". */
    @Override
    public String toString() {
      return "nsg " + name;
    }
  }

  /** All services in the Oracle Services Network. */
  record ServiceNetworkPeer() implements Peer {
    @Override
    public Kind kind() {
      return Kind.SERVICE_NETWORK;
    }

    /** "Oracle Services Network". */
    @Override
    public String toString() {
      return "Oracle Services Network";
    }
  }
}
