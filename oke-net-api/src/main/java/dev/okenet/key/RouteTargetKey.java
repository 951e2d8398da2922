package dev.okenet.key;

/**
 * The key of what a route rule can target: a gateway ({@link GatewayKey}) or the DRG.
 *
 * <pre>{@code
 * RouteTargetKey k = ResolvedNetwork.targetKey(RouteTarget.natGateway());   // nat
 * }</pre>
 */
public sealed interface RouteTargetKey extends ResourceKey permits GatewayKey, DrgKey {
}
