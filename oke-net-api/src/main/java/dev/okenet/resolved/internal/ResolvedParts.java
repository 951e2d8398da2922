package dev.okenet.resolved.internal;

import dev.okenet.cluster.ClusterType;
import dev.okenet.cluster.Cni;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.key.ClusterKey;
import dev.okenet.key.DrgAttachmentKey;
import dev.okenet.key.DrgKey;
import dev.okenet.key.GatewayKey;
import dev.okenet.key.NodePoolKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.RouteTableKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.key.VcnKey;
import dev.okenet.kube.Service;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.resolved.ResolvedVcn;
import dev.okenet.resolved.RuleSource;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * The one way to build the parts of a resolved network ({@code dev.okenet.resolved}), whose
 * constructors are package-private so that users get parts only from {@code OkeNetwork.resolve()}.
 * The resolver calls {@link #get()}; the implementation is {@code dev.okenet.resolved}'s
 * package-private bridge, which registers itself when it is initialised. Not for users: this
 * package is not exported.
 *
 * <pre>{@code
 * ResolvedRouteTable rt = ResolvedParts.get().routeTable(key, "prod-rt-workers", rules);
 * }</pre>
 *
 * <p>It lives beside {@code dev.okenet.resolved} rather than in the resolver's package so that the
 * parts depend only on their own slice: {@code dev.okenet.resolved} implementing an interface of
 * {@code dev.okenet.internal.resolve} would make it depend on {@code dev.okenet}, which depends on
 * it (PackageCycleTest). Each method takes the components in the order of the part's accessors.
 */
public interface ResolvedParts {

  /** The bridge, initialised on first use whatever the caller touched before. */
  static ResolvedParts get() {
    return Registration.PARTS.get();
  }

  /**
   * Called once, by the bridge's static initializer; refuses any other implementation and a second
   * registration.
   */
  static void register(ResolvedParts bridge) {
    Registration.PARTS.register(bridge == null ? null : bridge.getClass(), bridge);
  }

  /** A {@link ResolvedVcn}. */
  ResolvedVcn vcn(VcnKey key, String name, List<Cidr> cidrs, Optional<Cidr> ipv6Cidr, Optional<String> dnsLabel,
      Optional<String> existingId);

  /** A {@link ResolvedSubnet}. */
  ResolvedSubnet subnet(SubnetKey key, SubnetRole role, String name, Cidr cidr, boolean isPublic, Optional<String> dnsLabel,
      RouteTableKey routeTableKey, List<RuleSetKey> securityListKeys, Optional<String> existingId);

  /** A {@link ResolvedRouteTable}. */
  ResolvedRouteTable routeTable(RouteTableKey key, String name, List<RouteRule> rules);

  /** A {@link ResolvedRuleSet}. */
  ResolvedRuleSet ruleSet(RuleSetKey key, String name, ResolvedRuleSet.Kind kind, Optional<SubnetRole> role,
      List<ResolvedSecurityRule> rules);

  /** A {@link ResolvedSecurityRule}; {@code sources} empty for a rule the user declared. */
  ResolvedSecurityRule securityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description,
      List<RuleSource> sources);

  /** A CIDR {@link ResolvedPeer}. */
  ResolvedPeer cidrPeer(Cidr cidr, String label);

  /** An NSG {@link ResolvedPeer}. */
  ResolvedPeer nsgPeer(NsgKey nsgKey, String label);

  /** The Oracle Services Network as a {@link ResolvedPeer}. */
  ResolvedPeer serviceNetworkPeer();

  /** A {@link RuleSource}. */
  RuleSource ruleSource(String document, String section, String url);

  /** A {@link ResolvedGateway}. */
  ResolvedGateway gateway(GatewayKey key, String name, RouteTarget target, Optional<NatGateway> nat,
      Optional<ServiceGatewayScope> serviceScope, List<Cidr> peerCidrs, Optional<String> peerGatewayId);

  /** A {@link ResolvedDrg}. */
  ResolvedDrg drg(DrgKey key, String name, Optional<String> existingId, DrgAttachmentKey vcnAttachmentKey,
      List<DrgAttachment> attachments);

  /** A {@link ResolvedCluster}. */
  ResolvedCluster cluster(ClusterKey key, String name, ClusterType type, String kubernetesVersion, boolean endpointPublic,
      SubnetKey endpointSubnetKey, List<NsgKey> endpointNsgKeys, Cni cni, Optional<Cidr> podsCidr, Cidr servicesCidr,
      List<SubnetKey> serviceLbSubnetKeys, PolicyEngine policyEngine, Optional<String> existingId);

  /** A {@link ResolvedNodePool}. */
  ResolvedNodePool nodePool(NodePoolKey key, NodePool pool, int maxPodsPerNode, int podVnicsPerNode, SubnetKey workerSubnetKey,
      Optional<SubnetKey> podSubnetKey, List<NsgKey> nsgKeys, List<NsgKey> podNsgKeys);

  /** A {@link ResolvedLoadBalancer}. */
  ResolvedLoadBalancer loadBalancer(Service service, Optional<SubnetKey> subnetKey, List<NsgKey> nsgKeys);
}
