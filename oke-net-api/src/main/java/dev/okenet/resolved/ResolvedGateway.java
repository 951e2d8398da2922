package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.key.GatewayKey;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.List;
import java.util.Optional;

/**
 * An internet, NAT or service gateway, or a local peering gateway.
 *
 * <pre>{@code
 * net.gateway(RouteTarget.natGateway()).isPresent();
 * }</pre>
 *
 * @param key the logical key: {@code igw}, {@code nat}, {@code sgw} or {@code lpg:<name>}
 * @param name the display name
 * @param target what route rules use to target it
 * @param nat NAT options, for the NAT gateway
 * @param serviceScope the services reached, for the service gateway
 * @param peerCidrs the peer VCN's CIDRs, for an LPG
 * @param peerGatewayId the peer LPG to connect to, if known
 */
public record ResolvedGateway(GatewayKey key, String name, RouteTarget target, Optional<NatGateway> nat,
    Optional<ServiceGatewayScope> serviceScope, List<Cidr> peerCidrs, Optional<String> peerGatewayId) {
  /** Copies the list so the record stays immutable. */
  public ResolvedGateway {
    Require.components(ResolvedGateway.class, key, name, target, nat, serviceScope, peerCidrs, peerGatewayId);
    peerCidrs = List.copyOf(peerCidrs);
  }
}
