package dev.okenet.resolved;

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
import dev.okenet.resolved.internal.ResolvedParts;
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
 * The resolver's way to the parts' package-private constructors: the one {@link ResolvedParts}.
 * It registers itself when it is initialised, which {@link ResolvedParts#get()} brings about on
 * first use; nothing else names it.
 */
final class PartsBridge implements ResolvedParts {
  static {
    ResolvedParts.register(new PartsBridge());
  }

  private PartsBridge() {}

  @Override
  public ResolvedVcn vcn(VcnKey key, String name, List<Cidr> cidrs, Optional<Cidr> ipv6Cidr, Optional<String> dnsLabel,
      Optional<String> existingId) {
    return new ResolvedVcn(key, name, cidrs, ipv6Cidr, dnsLabel, existingId);
  }

  @Override
  public ResolvedSubnet subnet(SubnetKey key, SubnetRole role, String name, Cidr cidr, boolean isPublic, Optional<String> dnsLabel,
      RouteTableKey routeTableKey, List<RuleSetKey> securityListKeys, Optional<String> existingId) {
    return new ResolvedSubnet(key, role, name, cidr, isPublic, dnsLabel, routeTableKey, securityListKeys, existingId);
  }

  @Override
  public ResolvedRouteTable routeTable(RouteTableKey key, String name, List<RouteRule> rules) {
    return new ResolvedRouteTable(key, name, rules);
  }

  @Override
  public ResolvedRuleSet ruleSet(RuleSetKey key, String name, ResolvedRuleSet.Kind kind, Optional<SubnetRole> role,
      List<ResolvedSecurityRule> rules) {
    return new ResolvedRuleSet(key, name, kind, role, rules);
  }

  @Override
  public ResolvedSecurityRule securityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description,
      List<RuleSource> sources) {
    return new ResolvedSecurityRule(direction, peer, port, stateful, description, sources);
  }

  @Override
  public ResolvedPeer cidrPeer(Cidr cidr, String label) {
    return ResolvedPeer.cidr(cidr, label);
  }

  @Override
  public ResolvedPeer nsgPeer(NsgKey nsgKey, String label) {
    return ResolvedPeer.nsg(nsgKey, label);
  }

  @Override
  public ResolvedPeer serviceNetworkPeer() {
    return ResolvedPeer.serviceNetwork();
  }

  @Override
  public RuleSource ruleSource(String document, String section, String url) {
    return new RuleSource(document, section, url);
  }

  @Override
  public ResolvedGateway gateway(GatewayKey key, String name, RouteTarget target, Optional<NatGateway> nat,
      Optional<ServiceGatewayScope> serviceScope, List<Cidr> peerCidrs, Optional<String> peerGatewayId) {
    return new ResolvedGateway(key, name, target, nat, serviceScope, peerCidrs, peerGatewayId);
  }

  @Override
  public ResolvedDrg drg(DrgKey key, String name, Optional<String> existingId, DrgAttachmentKey vcnAttachmentKey,
      List<DrgAttachment> attachments) {
    return new ResolvedDrg(key, name, existingId, vcnAttachmentKey, attachments);
  }

  @Override
  public ResolvedCluster cluster(ClusterKey key, String name, ClusterType type, String kubernetesVersion, boolean endpointPublic,
      SubnetKey endpointSubnetKey, List<NsgKey> endpointNsgKeys, Cni cni, Optional<Cidr> podsCidr, Cidr servicesCidr,
      List<SubnetKey> serviceLbSubnetKeys, PolicyEngine policyEngine, Optional<String> existingId) {
    return new ResolvedCluster(key, name, type, kubernetesVersion, endpointPublic, endpointSubnetKey, endpointNsgKeys, cni, podsCidr,
        servicesCidr, serviceLbSubnetKeys, policyEngine, existingId);
  }

  @Override
  public ResolvedNodePool nodePool(NodePoolKey key, NodePool pool, int maxPodsPerNode, int podVnicsPerNode, SubnetKey workerSubnetKey,
      Optional<SubnetKey> podSubnetKey, List<NsgKey> nsgKeys, List<NsgKey> podNsgKeys) {
    return new ResolvedNodePool(key, pool, maxPodsPerNode, podVnicsPerNode, workerSubnetKey, podSubnetKey, nsgKeys, podNsgKeys);
  }

  @Override
  public ResolvedLoadBalancer loadBalancer(Service service, Optional<SubnetKey> subnetKey, List<NsgKey> nsgKeys) {
    return new ResolvedLoadBalancer(service, subnetKey, nsgKeys);
  }
}
