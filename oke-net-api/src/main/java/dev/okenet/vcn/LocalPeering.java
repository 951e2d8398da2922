package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local peering gateway to another VCN in the same region, and the peer's CIDR blocks.
 *
 * <pre>{@code
 * LocalPeering.to("shared", "10.50.0.0/16")
 *     .withPeerGatewayId("ocid1.localpeeringgateway.oc1.iad.aaaa…");   // connect to their LPG
 * }</pre>
 */
@Value.Immutable
public abstract class LocalPeering {
  /** The name, unique among this network's LPGs; route rules refer to it. */
  public abstract String name();

  /** The peer VCN's CIDR blocks. */
  public abstract List<Cidr> peerCidrs();

  /** The peer's LPG to connect to, if known. */
  public abstract Optional<String> peerGatewayId();

  /** An LPG named {@code name} to a VCN with these CIDRs. */
  public static LocalPeering to(String name, String... peerCidrs) {
    String where = "LocalPeering '" + name + "'";
    ImmutableLocalPeering.Builder b = ImmutableLocalPeering.builder().name(name);
    for (String c : Require.elements(peerCidrs, where, "peerCidrs", "Give the peer VCN's CIDRs, e.g. \"10.50.0.0/16\".")) {
      b.addPeerCidr(CidrArguments.cidr(c, where + " peerCidrs"));
    }
    return b.build();
  }

  /** A copy that connects to the peer's LPG, by its OCID. */
  public abstract LocalPeering withPeerGatewayId(String peerGatewayId);

  @Value.Check
  void check() {
    Require.keyName(name(), "LocalPeering name", "\"shared\"");
    for (Cidr c : peerCidrs()) {
      CidrArguments.ipv4(c, "LocalPeering '" + name() + "' peer CIDR");
    }
    peerGatewayId().ifPresent(id -> Require.ocid(id, "LocalPeering peerGatewayId", "localpeeringgateway"));
    if (peerCidrs().isEmpty()) {
      throw new IllegalArgumentException(
          "Local peering '" + name() + "' names no peer CIDR. Give the peer VCN's CIDRs, e.g. LocalPeering.to(\"" + name() + "\", \"10.50.0.0/16\").");
    }
  }
}
