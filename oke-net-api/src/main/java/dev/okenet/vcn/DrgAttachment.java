package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the DRG connects the VCN to, with the CIDR blocks reachable through it: an IPSec VPN
 * or a FastConnect virtual circuit to on-premises, or a remote peering connection to another
 * region's DRG. The DRG's attachment to this VCN is implied.
 *
 * <pre>{@code
 * DrgAttachment.ipsecVpn("onprem", "ocid1.ipsecconnection.oc1.iad.aaaa…", "192.168.0.0/16")
 * DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16")
 *     .withPeerConnectionId("ocid1.remotepeeringconnection.oc1.phx.aaaa…")   // connect to theirs
 * }</pre>
 */
@Value.Immutable
public abstract class DrgAttachment {
  /** The kinds of DRG attachments (besides the VCN's own). */
  public enum Kind {
    /** An IPSec VPN connection to on-premises, referenced by OCID. */
    IPSEC_VPN,
    /** A FastConnect virtual circuit to on-premises, referenced by OCID. */
    FASTCONNECT,
    /** A remote peering connection to a DRG in another region. */
    REMOTE_PEERING
  }

  /** A short name, unique per DRG; it becomes part of the logical key. */
  public abstract String name();

  /** The kind. */
  public abstract Kind kind();

  /** The OCID of the IPSec connection or virtual circuit, or of the peer's RPC to connect to. */
  public abstract Optional<String> resourceId();

  /** The peer region of a remote peering connection. */
  public abstract Optional<String> peerRegion();

  /** The CIDR blocks reachable through this attachment (on-premises or the peer VCN). */
  public abstract List<Cidr> reachableCidrs();

  /** An IPSec VPN (existing, by OCID) that reaches the given on-premises CIDRs. */
  public static DrgAttachment ipsecVpn(String name, String ipsecConnectionId, String... cidrs) {
    return of(name, Kind.IPSEC_VPN, cidrs)
        .resourceId(Require.ocid(ipsecConnectionId, "IPSec connection id", "ipsecconnection")).build();
  }

  /** A FastConnect virtual circuit (existing, by OCID) that reaches the given CIDRs. */
  public static DrgAttachment fastConnect(String name, String virtualCircuitId, String... cidrs) {
    return of(name, Kind.FASTCONNECT, cidrs)
        .resourceId(Require.ocid(virtualCircuitId, "FastConnect virtual circuit id", "virtualcircuit")).build();
  }

  /** A remote peering connection to another region whose VCN has the given CIDRs. */
  public static DrgAttachment remotePeering(String name, String peerRegion, String... cidrs) {
    return of(name, Kind.REMOTE_PEERING, cidrs)
        .peerRegion(Require.nonBlank(peerRegion, "Remote peering peerRegion", "\"us-phoenix-1\"")).build();
  }

  /**
   * A copy of a remote peering attachment that connects to the peer region's RPC, e.g.
   * {@code DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16").withPeerConnectionId("ocid1.remotepeeringconnection.oc1.phx.aaaa…")}.
   * Without it the RPC is created and left for the peer side to connect.
   */
  public DrgAttachment withPeerConnectionId(String peerRpcId) {
    if (kind() != Kind.REMOTE_PEERING) {
      throw new IllegalArgumentException("DRG attachment '" + name() + "' is " + kind()
          + "; withPeerConnectionId(..) names the peer RPC of a REMOTE_PEERING attachment. Use DrgAttachment.remotePeering(..).");
    }
    return ((ImmutableDrgAttachment) ImmutableDrgAttachment.copyOf(this))
        .withResourceId(Require.ocid(peerRpcId, "DrgAttachment.withPeerConnectionId(peerRpcId): the peer RPC id", "remotepeeringconnection"));
  }

  private static ImmutableDrgAttachment.Builder of(String name, Kind kind, String... cidrs) {
    String where = "DRG attachment '" + name + "'";
    ImmutableDrgAttachment.Builder b = ImmutableDrgAttachment.builder().name(name).kind(kind);
    for (String c : Require.elements(cidrs, where, "cidrs", "Give the CIDRs reachable through it, e.g. \"192.168.0.0/16\".")) {
      b.addReachableCidr(CidrArguments.cidr(c, where + " reachable CIDR"));
    }
    return b;
  }

  @Value.Check
  void check() {
    Require.keyName(name(), "DRG attachment name", "\"onprem\"");
    for (Cidr c : reachableCidrs()) {
      CidrArguments.ipv4(c, "DRG attachment '" + name() + "' reachable CIDR");
    }
    switch (kind()) {
      case IPSEC_VPN:
        Require.ocid(resourceId().orElse(null), "IPSec connection id", "ipsecconnection");
        break;
      case FASTCONNECT:
        Require.ocid(resourceId().orElse(null), "FastConnect virtual circuit id", "virtualcircuit");
        break;
      default:
        Require.nonBlank(peerRegion().orElse(null), "Remote peering peerRegion", "\"us-phoenix-1\"");
        resourceId().ifPresent(id -> Require.ocid(id, "Remote peering connection id", "remotepeeringconnection"));
    }
    if (reachableCidrs().isEmpty()) {
      throw new IllegalArgumentException(
          "DRG attachment '" + name() + "' reaches no CIDR block. Give the on-premises or peer CIDRs, e.g. \"192.168.0.0/16\".");
    }
  }
}
