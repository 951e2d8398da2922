package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * NAT gateway options: an optional reserved public IP, and whether traffic is blocked.
 *
 * <pre>{@code
 * NatGateway.standard()
 * NatGateway.standard().withReservedPublicIpId("ocid1.publicip.oc1.iad.aaaa…")
 * NatGateway.standard().withBlocksTraffic(true)      // a kill switch for egress
 * }</pre>
 */
@Value.Immutable
public abstract class NatGateway {
  /** The OCID of a reserved public IP to use; OCI assigns one when empty. */
  public abstract Optional<String> reservedPublicIpId();

  /** Whether the gateway blocks traffic (a kill switch for egress). */
  @Value.Default
  public boolean blocksTraffic() {
    return false;
  }

  /** A NAT gateway with an OCI-assigned public IP that passes traffic. */
  public static NatGateway standard() {
    return ImmutableNatGateway.builder().build();
  }

  /** A copy that uses the reserved public IP of this OCID. */
  public abstract NatGateway withReservedPublicIpId(String reservedPublicIpId);

  /** A copy that blocks traffic ({@code true}) or passes it. */
  public abstract NatGateway withBlocksTraffic(boolean blocksTraffic);

  @Value.Check
  void check() {
    reservedPublicIpId().ifPresent(id -> Require.ocid(id, "NAT gateway reservedPublicIpId", "publicip"));
  }
}
