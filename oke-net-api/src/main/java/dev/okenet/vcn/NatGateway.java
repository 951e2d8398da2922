package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * NAT gateway options: an optional reserved public IP, and whether traffic is blocked.
 *
 * <pre>{@code
 * NatGateway.standard()
 * NatGateway.withReservedIp("ocid1.publicip.oc1.iad.aaaa…")
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

  /** A NAT gateway with an OCI-assigned public IP. */
  public static NatGateway standard() {
    return ImmutableNatGateway.builder().build();
  }

  /** A NAT gateway using a reserved public IP. */
  public static NatGateway withReservedIp(String publicIpId) {
    return ImmutableNatGateway.builder()
        .reservedPublicIpId(Require.ocid(publicIpId, "NAT gateway reservedPublicIpId", "publicip"))
        .build();
  }

  @Value.Check
  void check() {
    // As withReservedIp(..) checks, for values built otherwise (generated builders, model I/O).
    reservedPublicIpId().ifPresent(id -> Require.ocid(id, "NAT gateway reservedPublicIpId", "publicip"));
  }

  /** A copy that blocks traffic. */
  public NatGateway blockingTraffic() {
    return ImmutableNatGateway.builder().from(this).blocksTraffic(true).build();
  }
}
