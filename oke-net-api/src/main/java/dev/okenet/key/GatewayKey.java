package dev.okenet.key;

/**
 * The key of a gateway of the VCN: internet, NAT, service, or a local peering gateway.
 *
 * <pre>{@code
 * GatewayKey k = ResourceKey.localPeeringGateway("shared");
 * net.gatewayByKey(k).orElseThrow().peerCidrs();
 * }</pre>
 */
public sealed interface GatewayKey extends RouteTargetKey
    permits InternetGatewayKey, NatGatewayKey, ServiceGatewayKey, LocalPeeringGatewayKey {
}
