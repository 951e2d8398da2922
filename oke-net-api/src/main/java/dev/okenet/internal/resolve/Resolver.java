package dev.okenet.internal.resolve;

import dev.okenet.vcn.Cidr;
import dev.okenet.NetworkResolutionException;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.key.NsgKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.resolved.ResolvedVcn;
import dev.okenet.resolved.internal.ResolvedParts;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Derives a {@link ResolvedNetwork} from an {@link OkeNetwork}: carves CIDRs, writes route tables
 * and every OKE-required, load balancer and intent rule. Pure and deterministic.
 */
public final class Resolver {
  private Resolver() {}

  /** Resolves {@code network}. */
  public static ResolvedNetwork resolve(OkeNetwork network) {
    List<SubnetSlot> slots = SubnetSlots.of(network);
    CidrCarver.Layout layout = CidrCarver.carve(network.vcn().cidrs(), slots);
    if (!layout.unplaced().isEmpty()) {
      SubnetSlot first = layout.unplaced().get(0);
      throw new NetworkResolutionException(
          "Subnet " + first.label() + " (/" + first.prefixLength() + ") does not fit in VCN "
              + network.vcn().cidrs() + " beside the other subnets"
              + (layout.unplaced().size() > 1 ? " (nor do " + (layout.unplaced().size() - 1) + " more)" : "")
              + ". Use a smaller prefix for it or others, or add a VCN CIDR block. validate() lists the sizes (OKE-ADDR-012).");
    }
    String name = network.name();
    Map<SubnetRole, Cidr> roleCidrs = new EnumMap<>(SubnetRole.class);
    for (SubnetSlot slot : slots) {
      if (slot.role() != SubnetRole.CUSTOM) {
        roleCidrs.put(slot.role(), layout.cidrs().get(slot.key()));
      }
    }

    ResolvedVcn vcn = ResolvedParts.get().vcn(ResourceKey.vcn(), name + "-vcn", network.vcn().cidrs(), network.vcn().ipv6Cidr(),
        network.vcn().dnsLabel(), network.vcn().existingId());
    List<ResolvedGateway> gateways = gateways(network);
    Optional<ResolvedDrg> drg = network.drg().map(d -> ResolvedParts.get().drg(ResourceKey.drg(), name + "-drg", d.existingId(),
        ResourceKey.drgAttachment(), d.attachments()));

    RuleSetWriter rules = new RuleSetWriter(name, network.securityEnforcement(), roleCidrs);
    writeRules(network, rules, slots);
    List<ResolvedRuleSet> ruleSets = rules.build();

    List<ResolvedRouteTable> routeTables = new ArrayList<>();
    List<ResolvedSubnet> subnets = new ArrayList<>();
    for (SubnetSlot slot : slots) {
      ResolvedRouteTable rt = RouteTables.forSubnet(network, slot, name);
      routeTables.add(rt);
      subnets.add(ResolvedParts.get().subnet(slot.key(), slot.role(), name + "-" + slot.label(), layout.cidrs().get(slot.key()),
          slot.subnet().isPublic(), slot.subnet().dnsLabel(), rt.key(), securityListKeys(network, slot, ruleSets),
          slot.subnet().existingId()));
    }

    return new NetworkParts(network, vcn, subnets, routeTables, ruleSets, defaultSecurityList(network, name),
        gateways, drg, cluster(network, roleCidrs, rules), nodePools(network, rules), loadBalancers(network, roleCidrs, rules)).assemble();
  }

  private static List<ResolvedGateway> gateways(OkeNetwork network) {
    String name = network.name();
    ResolvedParts parts = ResolvedParts.get();
    List<ResolvedGateway> out = new ArrayList<>();
    if (network.gateways().hasInternetGateway()) {
      out.add(parts.gateway(ResourceKey.internetGateway(), name + "-igw", RouteTarget.internetGateway(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
    }
    network.gateways().natGateway().ifPresent(nat -> out.add(
        parts.gateway(ResourceKey.natGateway(), name + "-nat", RouteTarget.natGateway(), Optional.of(nat), Optional.empty(), List.of(), Optional.empty())));
    network.gateways().serviceGatewayScope().ifPresent(scope -> out.add(
        parts.gateway(ResourceKey.serviceGateway(), name + "-sgw", RouteTarget.serviceGateway(), Optional.empty(), Optional.of(scope), List.of(), Optional.empty())));
    for (LocalPeering lpg : network.localPeerings()) {
      out.add(parts.gateway(ResourceKey.localPeeringGateway(lpg.name()), name + "-lpg-" + lpg.name(), RouteTarget.localPeering(lpg.name()),
          Optional.empty(), Optional.empty(), lpg.peerCidrs(), lpg.peerGatewayId()));
    }
    return out;
  }

  private static void writeRules(OkeNetwork network, RuleSetWriter rules, List<SubnetSlot> slots) {
    for (SubnetSlot slot : slots) {
      if (slot.role() != SubnetRole.CUSTOM) {
        rules.declareRoleSet(slot.role());
      }
    }
    for (Nsg nsg : network.nsgs()) {
      rules.declare(ResourceKey.customNsg(nsg.name()), ResolvedRuleSet.Kind.NSG, "custom:" + nsg.name());
    }
    for (SubnetSlot slot : slots) {
      if (slot.role() == SubnetRole.CUSTOM && !slot.subnet().extraSecurityRules().isEmpty()) {
        rules.declare(slot.securityListKey(), ResolvedRuleSet.Kind.SECURITY_LIST, slot.key().suffix());
      }
      for (SecurityList list : slot.subnet().securityLists()) {
        rules.declare(slot.securityListKey(list), ResolvedRuleSet.Kind.SECURITY_LIST, slot.key().suffix() + ":" + list.name());
      }
    }

    // An imported network keeps its rules as found: nothing generated, nothing mirrored.
    boolean generates = network.generatesOkeRules();
    if (generates) {
      for (OkeRequiredRules.Row row : OkeRequiredRules.forNetwork(network)) {
        rules.addToRole(row.where(), row.direction(), row.peer(), row.port(), true, row.why(), row.sources());
      }
      for (Cidr client : network.cluster().endpoint().allowedClients()) {
        rules.addToRole(SubnetRole.API_ENDPOINT, Direction.INGRESS, Peer.cidr(client), Port.tcp(6443), true,
            "kubectl clients to Kubernetes API endpoint", List.of(RuleSources.NRC_API_IN_OPTIONAL, RuleSources.EX_API));
      }
      writeServiceRules(network, rules);
    }

    for (SubnetSlot slot : slots) {
      for (SecurityRule r : slot.subnet().extraSecurityRules()) {
        String why = r.description().isEmpty() ? "declared on subnet " + slot.label() : r.description();
        if (slot.role() == SubnetRole.CUSTOM) {
          rules.add(slot.securityListKey(), r.direction(), r.peer(), r.port(), r.isStateful(), why);
        } else {
          rules.addToRole(slot.role(), r.direction(), r.peer(), r.port(), r.isStateful(), why);
          if (generates) {
            mirror(rules, r, Peer.role(slot.role()), why);
          }
        }
      }
      for (SecurityList list : slot.subnet().securityLists()) {
        for (SecurityRule r : list.rules()) {
          rules.add(slot.securityListKey(list), r.direction(), r.peer(), r.port(), r.isStateful(),
              r.description().isEmpty() ? "security list " + list.name() : r.description());
        }
      }
    }
    for (Nsg nsg : network.nsgs()) {
      for (SecurityRule r : nsg.rules()) {
        String why = r.description().isEmpty() ? "declared on nsg " + nsg.name() : r.description();
        rules.add(ResourceKey.customNsg(nsg.name()), r.direction(), r.peer(), r.port(), r.isStateful(), why);
        if (generates) {
          mirror(rules, r, Peer.nsg(nsg.name()), why);
        }
      }
    }
  }

  /** For a connection intent between two parts of this network, writes the other side's rule. */
  private static void mirror(RuleSetWriter rules, SecurityRule rule, Peer self, String why) {
    Direction opposite = rule.direction() == Direction.INGRESS ? Direction.EGRESS : Direction.INGRESS;
    Peer other = rule.peer();
    if (other instanceof Peer.RolePeer r) {
      rules.addToRole(r.role(), opposite, self, rule.port(), rule.isStateful(), why);
    } else if (other instanceof Peer.NsgPeer nsg) {
      rules.add(ResourceKey.customNsg(nsg.name()), opposite, self, rule.port(), rule.isStateful(), why);
    }
  }

  /**
   * Each LoadBalancer Service's listener rules on its LB subnet and, for an NLB that preserves the
   * client's address, the clients' rule to the workers' node ports. The LB → worker backend rules
   * are rows of {@link OkeRequiredRules}.
   */
  private static void writeServiceRules(OkeNetwork network, RuleSetWriter rules) {
    for (Service s : network.services()) {
      if (s.loadBalancer().isEmpty()) {
        continue;
      }
      LoadBalancerOptions opts = s.loadBalancer().get();
      SubnetRole lbRole = lbRoleOf(opts);
      for (Cidr source : opts.effectiveSourceRanges()) {
        for (ServicePort sp : s.ports()) {
          Port listener = sp.protocol() == Protocol.UDP ? Port.udp(sp.port()) : Port.tcp(sp.port());
          rules.addToRole(lbRole, Direction.INGRESS, Peer.cidr(source), listener, true, "clients to " + s.ref() + " listener " + listener,
              List.of(RuleSources.NRC_LB_LISTENER));
        }
        if (opts.preservesSource() && network.generatesLoadBalancerRules()) {
          rules.addToRole(SubnetRole.WORKERS, Direction.INGRESS, Peer.cidr(source), Port.NODE_PORTS_TCP, true,
              "clients to node ports: NLB for " + s.ref() + " preserves the source", List.of(RuleSources.NRC_NLB_CLIENTS));
          if (hasUdp(s)) {
            rules.addToRole(SubnetRole.WORKERS, Direction.INGRESS, Peer.cidr(source), Port.NODE_PORTS_UDP, true,
                "clients to node ports: NLB for " + s.ref() + " preserves the source", List.of(RuleSources.NRC_NLB_CLIENTS));
          }
        }
      }
    }
  }

  /** The LB subnet role a load balancer asks for. */
  public static SubnetRole lbRoleOf(LoadBalancerOptions options) {
    return options.isInternal() ? SubnetRole.INTERNAL_LOAD_BALANCERS : SubnetRole.PUBLIC_LOAD_BALANCERS;
  }

  private static boolean hasUdp(Service s) {
    return s.ports().stream().anyMatch(p -> p.protocol() == Protocol.UDP);
  }

  private static List<RuleSetKey> securityListKeys(OkeNetwork network, SubnetSlot slot, List<ResolvedRuleSet> sets) {
    List<RuleSetKey> keys = new ArrayList<>();
    RuleSetKey own = slot.role() == SubnetRole.CUSTOM || network.securityEnforcement() == SecurityEnforcement.SECURITY_LISTS
        ? slot.securityListKey() : null;
    if (own != null && sets.stream().anyMatch(s -> s.key().equals(own))) {
      keys.add(own);
    } else {
      keys.add(ResourceKey.defaultSecurityList());
    }
    for (SecurityList list : slot.subnet().securityLists()) {
      keys.add(slot.securityListKey(list));
    }
    return keys;
  }

  private static ResolvedRuleSet defaultSecurityList(OkeNetwork network, String name) {
    ResolvedParts parts = ResolvedParts.get();
    List<ResolvedSecurityRule> rules = new ArrayList<>();
    rules.add(parts.securityRule(Direction.INGRESS, parts.cidrPeer(Cidr.ANY_IPV4, "0.0.0.0/0"), Port.ICMP_PATH_MTU, true,
        "path discovery (default security list locked down: rules live in " + (network.securityEnforcement() == SecurityEnforcement.NSG ? "NSGs" : "role security lists") + ")", List.of()));
    for (Cidr c : network.vcn().cidrs()) {
      rules.add(parts.securityRule(Direction.INGRESS, parts.cidrPeer(c, c.toString()), Port.icmp(3), true, "destination unreachable within the VCN", List.of()));
    }
    return parts.ruleSet(ResourceKey.defaultSecurityList(), name + "-default-sl", ResolvedRuleSet.Kind.SECURITY_LIST, Optional.empty(), rules);
  }

  private static ResolvedCluster cluster(OkeNetwork network, Map<SubnetRole, Cidr> roleCidrs, RuleSetWriter rules) {
    List<SubnetKey> lbSubnets = new ArrayList<>();
    if (roleCidrs.containsKey(SubnetRole.PUBLIC_LOAD_BALANCERS)) {
      lbSubnets.add(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS));
    } else if (roleCidrs.containsKey(SubnetRole.INTERNAL_LOAD_BALANCERS)) {
      lbSubnets.add(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS));
    }
    PodNetworking pn = network.podNetworking();
    return ResolvedParts.get().cluster(ResourceKey.cluster(), network.name(), network.cluster().type(), network.cluster().kubernetesVersion(),
        network.cluster().endpoint().isPublic(), ResourceKey.subnet(SubnetRole.API_ENDPOINT),
        rules.roleNsgKey(SubnetRole.API_ENDPOINT).stream().toList(), pn.cni(), pn.podsCidr(),
        network.cluster().servicesCidr(), lbSubnets, network.cluster().policyEngine(), network.cluster().existingId());
  }

  private static List<ResolvedNodePool> nodePools(OkeNetwork network, RuleSetWriter rules) {
    PodNetworking pn = network.podNetworking();
    boolean podSubnet = pn.isVcnNative() && network.pods().isPresent();
    List<ResolvedNodePool> out = new ArrayList<>();
    for (NodePool pool : network.nodePools()) {
      List<NsgKey> nsgs = new ArrayList<>(rules.roleNsgKey(SubnetRole.WORKERS).stream().toList());
      // An NSG named twice is one attachment: each key once, in first-named order.
      pool.nsgNames().stream().distinct().forEach(n -> nsgs.add(ResourceKey.customNsg(n)));
      List<NsgKey> podNsgs = new ArrayList<>();
      if (podSubnet) {
        rules.roleNsgKey(SubnetRole.PODS).ifPresent(podNsgs::add);
        pool.podNsgNames().stream().distinct().forEach(n -> podNsgs.add(ResourceKey.customNsg(n)));
      }
      out.add(ResolvedParts.get().nodePool(ResourceKey.nodePool(pool.name()), pool, pool.effectiveMaxPodsPerNode(pn), pool.podVnicsPerNode(pn),
          ResourceKey.subnet(SubnetRole.WORKERS), podSubnet ? Optional.of(ResourceKey.subnet(SubnetRole.PODS)) : Optional.empty(),
          nsgs, podNsgs));
    }
    return out;
  }

  private static List<ResolvedLoadBalancer> loadBalancers(OkeNetwork network, Map<SubnetRole, Cidr> roleCidrs, RuleSetWriter rules) {
    return network.services().stream().filter(s -> s.loadBalancer().isPresent()).map(s -> {
      SubnetRole role = lbRoleOf(s.loadBalancer().get());
      Optional<SubnetKey> subnetKey = roleCidrs.containsKey(role) ? Optional.of(ResourceKey.subnet(role)) : Optional.empty();
      List<NsgKey> nsgs = new ArrayList<>();
      if (subnetKey.isPresent()) {
        rules.roleNsgKey(role).ifPresent(nsgs::add);
      }
      s.loadBalancer().get().nsgNames().stream().distinct().forEach(n -> nsgs.add(ResourceKey.customNsg(n)));
      return ResolvedParts.get().loadBalancer(s, subnetKey, nsgs);
    }).collect(Collectors.toList());
  }
}
