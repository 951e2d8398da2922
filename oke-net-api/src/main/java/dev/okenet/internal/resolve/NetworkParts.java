package dev.okenet.internal.resolve;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.internal.SelfRegistered;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.resolved.ResolvedVcn;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts the resolver assembles into a {@link ResolvedNetwork}. Its constructor is not public,
 * so that users get networks only from {@code resolve()}, consistent by construction:
 * {@code ResolvedNetwork} hands its constructor to {@link #register} when it is loaded, and
 * {@link #assemble()} calls it. Not for users.
 *
 * <pre>{@code
 * ResolvedNetwork net = new NetworkParts(intent, vcn, subnets, routeTables, ruleSets, defaults,
 *     gateways, drg, cluster, nodePools, loadBalancers).assemble();
 * }</pre>
 */
public record NetworkParts(OkeNetwork intent, ResolvedVcn vcn, List<ResolvedSubnet> subnets,
    List<ResolvedRouteTable> routeTables, List<ResolvedRuleSet> ruleSets, ResolvedRuleSet defaultSecurityList,
    List<ResolvedGateway> gateways, Optional<ResolvedDrg> drg, ResolvedCluster cluster,
    List<ResolvedNodePool> nodePools, List<ResolvedLoadBalancer> loadBalancers) {

  private static final SelfRegistered<Function<NetworkParts, ResolvedNetwork>> CONSTRUCTOR =
      new SelfRegistered<>("dev.okenet.ResolvedNetwork", "resolved networks");

  /** Called once, by {@code ResolvedNetwork}'s static initializer. */
  public static void register(Class<?> registrant, Function<NetworkParts, ResolvedNetwork> networkConstructor) {
    CONSTRUCTOR.register(registrant, networkConstructor);
  }

  /** The network of these parts. */
  public ResolvedNetwork assemble() {
    return CONSTRUCTOR.get().apply(this);
  }
}
