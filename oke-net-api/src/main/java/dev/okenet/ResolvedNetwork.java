package dev.okenet;

import dev.okenet.internal.Require;
import dev.okenet.internal.resolve.NetworkParts;
import dev.okenet.key.GatewayKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RouteTableKey;
import dev.okenet.key.RouteTargetKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.reach.Reachability;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.resolved.ResolvedVcn;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SubnetRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The concrete network {@link OkeNetwork#resolve()} derives: every subnet's CIDR, every route
 * table, every NSG or security list with the OKE-required rules, the cluster and node pools. Each
 * part has a stable logical {@link ResourceKey} (e.g. {@code subnet:workers}, {@code nsg:pods}) that
 * the provider writes into the {@code okenet.key} tag. Equal intents resolve to equal networks.
 *
 * <pre>{@code
 * ResolvedNetwork net = prod.resolve();
 * net.subnet(SubnetRole.PODS).orElseThrow().cidr();         // 10.0.32.0/19
 * net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().ingress();   // OKE's worker ingress rules
 * net.routeTable(ResourceKey.routeTable(ResourceKey.subnet(SubnetRole.WORKERS))).orElseThrow().rules();
 * }</pre>
 */
public final class ResolvedNetwork {
  private final OkeNetwork intent;
  private final ResolvedVcn vcn;
  private final Map<SubnetKey, ResolvedSubnet> subnets;
  private final Map<RouteTableKey, ResolvedRouteTable> routeTables;
  private final Map<RuleSetKey, ResolvedRuleSet> ruleSets;
  private final ResolvedRuleSet defaultSecurityList;
  private final Map<GatewayKey, ResolvedGateway> gateways;
  private final Optional<ResolvedDrg> drg;
  private final ResolvedCluster cluster;
  private final Map<String, ResolvedNodePool> nodePools;
  private final List<ResolvedLoadBalancer> loadBalancers;
  /** Built on first use by {@link #reachability()}; not part of the value (equality ignores it). */
  private volatile Reachability reachability;

  static {
    NetworkParts.register(ResolvedNetwork.class, ResolvedNetwork::new);
  }

  /** Assembled by the resolver (through {@link NetworkParts}); users get instances from {@link OkeNetwork#resolve()}. */
  private ResolvedNetwork(NetworkParts parts) {
    OkeNetwork intent = parts.intent();
    ResolvedVcn vcn = parts.vcn();
    List<ResolvedSubnet> subnets = parts.subnets();
    List<ResolvedRouteTable> routeTables = parts.routeTables();
    List<ResolvedRuleSet> ruleSets = parts.ruleSets();
    ResolvedRuleSet defaultSecurityList = parts.defaultSecurityList();
    List<ResolvedGateway> gateways = parts.gateways();
    Optional<ResolvedDrg> drg = parts.drg();
    ResolvedCluster cluster = parts.cluster();
    List<ResolvedNodePool> nodePools = parts.nodePools();
    List<ResolvedLoadBalancer> loadBalancers = parts.loadBalancers();
    this.intent = part(intent, "intent");
    this.vcn = part(vcn, "vcn");
    this.subnets = byKey(part(subnets, "subnets"), ResolvedSubnet::key, "subnets");
    this.routeTables = byKey(part(routeTables, "routeTables"), ResolvedRouteTable::key, "route tables");
    this.ruleSets = byKey(part(ruleSets, "ruleSets"), ResolvedRuleSet::key, "rule sets");
    this.defaultSecurityList = part(defaultSecurityList, "defaultSecurityList");
    this.gateways = byKey(part(gateways, "gateways"), ResolvedGateway::key, "gateways");
    this.drg = part(drg, "drg");
    this.cluster = part(cluster, "cluster");
    this.nodePools = byKey(part(nodePools, "nodePools"), ResolvedNodePool::name, "node pools");
    this.loadBalancers = List.copyOf(part(loadBalancers, "loadBalancers"));
  }

  private static <T> T part(T value, String name) {
    return Require.notNull(value, "ResolvedNetwork " + name, "The resolver builds ResolvedNetworks: use OkeNetwork.resolve().");
  }

  /**
   * Indexes by logical key, refusing a key twice: two resources with one key would be one resource
   * in OCI (the plan would create it twice and the apply make it once, or an update never converge),
   * so a duplicate here is a gap in validate() or the model's checks and must not pass silently.
   */
  private static <K, T> Map<K, T> byKey(List<T> items, Function<T, K> key, String what) {
    Map<K, T> m = new LinkedHashMap<>();
    for (T t : items) {
      K k = key.apply(t);
      if (m.putIfAbsent(k, t) != null) {
        throw new IllegalStateException("Two " + what + " share the logical key '" + k + "'; every key must name one resource. "
            + "This is a bug in oke-net's checks: please report it with the network.");
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static <T> T key(T value, String method, String example) {
    return Require.notNull(value, "ResolvedNetwork." + method, "Give " + example + ".");
  }

  /** The intent this was resolved from. */
  public OkeNetwork intent() {
    return intent;
  }

  /** The network's name. */
  public String name() {
    return intent.name();
  }

  /** The VCN. */
  public ResolvedVcn vcn() {
    return vcn;
  }

  /** Every subnet, roles first (carving order), then extra subnets. */
  public List<ResolvedSubnet> subnets() {
    return List.copyOf(subnets.values());
  }

  /** The subnet of a role (for {@link SubnetRole#CUSTOM}, the first extra subnet). */
  public Optional<ResolvedSubnet> subnet(SubnetRole role) {
    key(role, "subnet(role): role", "a role, e.g. SubnetRole.WORKERS");
    return subnets.values().stream().filter(s -> s.role() == role).findFirst();
  }

  /** The subnet with this logical key. */
  public Optional<ResolvedSubnet> subnetByKey(SubnetKey key) {
    key(key, "subnetByKey(key): key", "a subnet key, e.g. ResourceKey.subnet(SubnetRole.WORKERS)");
    return Optional.ofNullable(subnets.get(key));
  }

  /** Every route table. */
  public List<ResolvedRouteTable> routeTables() {
    return List.copyOf(routeTables.values());
  }

  /** The route table with this logical key. */
  public Optional<ResolvedRouteTable> routeTable(RouteTableKey key) {
    key(key, "routeTable(key): key", "a route table key, e.g. ResourceKey.routeTable(ResourceKey.subnet(SubnetRole.WORKERS))");
    return Optional.ofNullable(routeTables.get(key));
  }

  /** Every NSG and security list oke-net generates (not the VCN's default security list). */
  public List<ResolvedRuleSet> ruleSets() {
    return List.copyOf(ruleSets.values());
  }

  /** The NSG or security list with this logical key (including {@link ResourceKey#defaultSecurityList()}). */
  public Optional<ResolvedRuleSet> ruleSet(RuleSetKey key) {
    key(key, "ruleSet(key): key", "a rule set key, e.g. ResourceKey.nsg(SubnetRole.WORKERS)");
    if (defaultSecurityList.key().equals(key)) {
      return Optional.of(defaultSecurityList);
    }
    return Optional.ofNullable(ruleSets.get(key));
  }

  /** The NSGs only. */
  public List<ResolvedRuleSet> nsgs() {
    return ruleSets.values().stream().filter(r -> r.kind() == ResolvedRuleSet.Kind.NSG).toList();
  }

  /** The generated security lists only. */
  public List<ResolvedRuleSet> securityLists() {
    return ruleSets.values().stream().filter(r -> r.kind() == ResolvedRuleSet.Kind.SECURITY_LIST).toList();
  }

  /** The VCN's default security list, locked down (only path-MTU ICMP). */
  public ResolvedRuleSet defaultSecurityList() {
    return defaultSecurityList;
  }

  /** The rule sets that protect a role: its NSG or its security list. */
  public List<ResolvedRuleSet> ruleSetsOf(SubnetRole role) {
    key(role, "ruleSetsOf(role): role", "a role, e.g. SubnetRole.WORKERS");
    return ruleSets.values().stream().filter(r -> r.role().equals(Optional.of(role))).toList();
  }

  /** Internet, NAT and service gateways and LPGs. */
  public List<ResolvedGateway> gateways() {
    return List.copyOf(gateways.values());
  }

  /** The gateway a route target names. */
  public Optional<ResolvedGateway> gateway(RouteTarget target) {
    key(target, "gateway(target): target", "a route target, e.g. RouteTarget.natGateway()");
    return gateways.values().stream().filter(g -> g.target().equals(target)).findFirst();
  }

  /** The gateway with this logical key. */
  public Optional<ResolvedGateway> gatewayByKey(GatewayKey key) {
    key(key, "gatewayByKey(key): key", "a gateway key, e.g. ResourceKey.natGateway()");
    return Optional.ofNullable(gateways.get(key));
  }

  /** The DRG, if any. */
  public Optional<ResolvedDrg> drg() {
    return drg;
  }

  /** The cluster. */
  public ResolvedCluster cluster() {
    return cluster;
  }

  /** The node pools, in declaration order. */
  public List<ResolvedNodePool> nodePools() {
    return List.copyOf(nodePools.values());
  }

  /** The node pool of this name. */
  public Optional<ResolvedNodePool> nodePool(String name) {
    key(name, "nodePool(name): name", "a node pool's name, e.g. \"general\"");
    return Optional.ofNullable(nodePools.get(name));
  }

  /** One load balancer per LoadBalancer Service, in declaration order. */
  public List<ResolvedLoadBalancer> loadBalancers() {
    return loadBalancers;
  }

  /**
   * Answers "can A reach B on this port?" with a trace; the indexes are built on first call and
   * cached, so later questions take microseconds. Safe to share between threads.
   *
   * <pre>{@code
   * net.reachability().from(Endpoint.pods("shop", "app=web")).to(Endpoint.service("shop", "api")).on(Port.tcp(8080));
   * }</pre>
   */
  public Reachability reachability() {
    Reachability r = reachability;
    if (r == null) {
      synchronized (this) {
        r = reachability;
        if (r == null) {
          r = Reachability.of(this);
          reachability = r;
        }
      }
    }
    return r;
  }

  /** The logical key of the gateway (or DRG) a route target names. */
  public static RouteTargetKey targetKey(RouteTarget target) {
    key(target, "targetKey(target): target", "a route target, e.g. RouteTarget.natGateway()");
    switch (target.kind()) {
      case INTERNET_GATEWAY:
        return ResourceKey.internetGateway();
      case NAT_GATEWAY:
        return ResourceKey.natGateway();
      case SERVICE_GATEWAY:
        return ResourceKey.serviceGateway();
      case DRG:
        return ResourceKey.drg();
      default:
        return ResourceKey.localPeeringGateway(target.lpgName().orElseThrow());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResolvedNetwork)) {
      return false;
    }
    ResolvedNetwork r = (ResolvedNetwork) o;
    return intent.equals(r.intent) && vcn.equals(r.vcn) && subnets.equals(r.subnets) && routeTables.equals(r.routeTables)
        && ruleSets.equals(r.ruleSets) && defaultSecurityList.equals(r.defaultSecurityList) && gateways.equals(r.gateways)
        && drg.equals(r.drg) && cluster.equals(r.cluster) && nodePools.equals(r.nodePools) && loadBalancers.equals(r.loadBalancers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intent, vcn, subnets, routeTables, ruleSets, gateways, cluster, nodePools);
  }

  @Override
  public String toString() {
    return "ResolvedNetwork{" + name() + ": " + subnets.size() + " subnets, " + routeTables.size() + " route tables, "
        + ruleSets.size() + " rule sets, " + gateways.size() + " gateways, " + nodePools.size() + " node pools}";
  }
}
