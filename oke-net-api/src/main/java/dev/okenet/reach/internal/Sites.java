package dev.okenet.reach.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.Cni;
import dev.okenet.internal.resolve.Resolver;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.Selector;
import dev.okenet.kube.Service;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.HopKind;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Resolves endpoints to {@link Site}s against one network and caches them, so repeated questions
 * cost a map lookup. Unknown names (a service, node pool, subnet or peer the network does not
 * have) fail with the names it does have.
 */
final class Sites {
  private static final Cidr INTERNET = Cidr.of(Endpoint.INTERNET_ADDRESS);
  private static final Cidr CGNAT = Cidr.of("100.64.0.0/10");

  private final ResolvedNetwork net;
  private final RuleIndex rules;
  private final Map<SubnetKey, SubnetView> subnets = new LinkedHashMap<>();
  private final Map<Endpoint, Site> cache = new ConcurrentHashMap<>();
  private final Site anyNodes;

  Sites(ResolvedNetwork net, RuleIndex rules) {
    this.net = net;
    this.rules = rules;
    for (ResolvedSubnet s : net.subnets()) {
      RouteTableView routes = net.routeTable(s.routeTableKey()).map(RouteTableView::of)
          .orElseGet(() -> new RouteTableView(s.routeTableKey().toString(), List.of()));
      subnets.put(s.key(), new SubnetView(s, routes, ids(s.securityListKeys())));
    }
    anyNodes = firstPoolNodes();
  }

  /** The site of {@code endpoint}; named endpoints are cached, CIDRs (unbounded, cheap) are not. */
  Site resolve(Endpoint endpoint) {
    if (endpoint.kind() == Endpoint.Kind.CIDR) {
      return build(endpoint);
    }
    Site s = cache.get(endpoint);
    if (s == null) {
      s = build(endpoint);
      cache.putIfAbsent(endpoint, s);
    }
    return s;
  }

  /** Every subnet, compiled. */
  List<SubnetView> subnets() {
    return List.copyOf(subnets.values());
  }

  private Site build(Endpoint e) {
    switch (e.kind()) {
      case PODS: {
        Endpoint.Pods p = (Endpoint.Pods) e;
        return pods(e, p.namespace(), p.selector(), p.pool());
      }
      case NODES:
        return nodes(e, pool(((Endpoint.Nodes) e).pool()));
      case API_ENDPOINT:
        return apiEndpoint(e);
      case SERVICE: {
        Endpoint.KubeService s = (Endpoint.KubeService) e;
        Service svc = service(s.namespace(), s.name());
        return pods(e, svc.namespace(), svc.selector(), Optional.empty());
      }
      case LOAD_BALANCER: {
        Endpoint.LoadBalancer l = (Endpoint.LoadBalancer) e;
        return loadBalancer(e, loadBalancerOf(l.namespace(), l.name()));
      }
      case SUBNET:
        return subnetSite(e, subnetOf(e), null, null);
      case CIDR:
        return cidr(e, ((Endpoint.CidrBlock) e).cidr());
      case INTERNET:
        return external(e, "internet", INTERNET, Zone.INTERNET, "Peer.anyIpv4()");
      case SERVICE_NETWORK:
        return serviceNetwork(e);
      case ON_PREMISES:
        return onPremises(e);
      default:
        return peeredVcn(e, ((Endpoint.PeeredVcn) e).name());
    }
  }

  // ---- in the cluster ----

  private Site pods(Endpoint e, String namespace, Selector selector, Optional<String> poolName) {
    Site.Builder b = new Site.Builder(e);
    b.pod = new PodIdentity(namespace, selector.labels());
    b.inCluster = true;
    String who = "pods " + namespace + "/" + selector;
    if (net.nodePools().isEmpty()) {
      b.label = who;
      b.problem = "network " + net.name() + " has no node pool, so " + who + " cannot run";
      b.problemKey = "node-pools";
      b.problemFix = "Add a node pool: .addNodePool(NodePool.of(\"general\", Shape.flex(\"VM.Standard.E5.Flex\", 2), 1, 3)).";
      return b.build();
    }
    ResolvedNodePool pool = poolName.map(this::pool).orElse(net.nodePools().get(0));
    Site node = nodes(Endpoint.nodes(pool.name()), pool);
    if (net.cluster().cni() == Cni.FLANNEL) {
      Cidr overlay = net.cluster().podsCidr().orElse(Cidr.of("10.244.0.0/16"));
      b.range(overlay);
      b.zone = Zone.OVERLAY;
      b.overlay = true;
      b.node = node;
      b.label = who + " (overlay " + overlay + ")";
      b.peerCode = node.peerCode;
      b.cniText = who + " live in flannel's overlay " + overlay + " on " + node.label;
      return b.build();
    }
    SubnetView subnet = subnets.get(pool.podSubnetKey().orElse(pool.workerSubnetKey()));
    b.node = node;
    inSubnet(b, subnet, pool.podNsgKeys());
    b.label = who + " (" + subnet.subnet().cidr() + ")";
    b.peerCode = roleCode(subnet.subnet().role());
    b.cniText = who + " are VCN citizens: " + subnet.label() + ", rules of " + b.ruleSetKeys;
    return b.build();
  }

  private Site nodes(Endpoint e, ResolvedNodePool pool) {
    Site.Builder b = new Site.Builder(e);
    SubnetView subnet = subnets.get(pool.workerSubnetKey());
    inSubnet(b, subnet, pool.nsgKeys());
    b.inCluster = true;
    b.publicIp = subnet.subnet().isPublic();
    b.label = "nodes of " + pool.name() + " (" + subnet.subnet().cidr() + ")";
    b.peerCode = roleCode(subnet.subnet().role());
    return b.build();
  }

  private Site apiEndpoint(Endpoint e) {
    Site.Builder b = new Site.Builder(e);
    SubnetView subnet = subnets.get(net.cluster().endpointSubnetKey());
    inSubnet(b, subnet, net.cluster().endpointNsgKeys());
    b.publicIp = net.cluster().endpointPublic() && subnet.subnet().isPublic();
    b.label = "API endpoint (" + subnet.subnet().cidr() + ")";
    b.peerCode = roleCode(SubnetRole.API_ENDPOINT);
    return b.build();
  }

  /** The site of a load balancer: its subnet and NSGs, or the reason it never gets an address. */
  private Site loadBalancer(Endpoint e, ResolvedLoadBalancer lb) {
    Site.Builder b = new Site.Builder(e);
    b.loadBalancer = lb;
    String who = "load balancer " + lb.service().ref();
    boolean wantsPublic = !lb.service().loadBalancer().get().isInternal();
    SubnetRole role = Resolver.lbRoleOf(lb.service().loadBalancer().get());
    b.peerCode = roleCode(role);
    b.problemKind = HopKind.SERVICE;
    b.problemKey = "service:" + lb.service().ref();
    if (lb.subnetKey().isEmpty() || subnets.get(lb.subnetKey().get()) == null) {
      b.label = who + " (no subnet)";
      b.problem = who + " has no " + role.label() + " subnet to live in: it never gets an address (the Service stays <pending>)";
      b.problemFix = "Add the subnet: ." + roleMethod(role) + "(Subnet." + (wantsPublic ? "publicSubnet" : "privateSubnet") + "(24)).";
      return b.build();
    }
    SubnetView subnet = subnets.get(lb.subnetKey().get());
    inSubnet(b, subnet, lb.nsgKeys());
    b.label = who + " (" + subnet.subnet().cidr() + ")";
    b.publicIp = wantsPublic && subnet.subnet().isPublic();
    if (wantsPublic && !subnet.subnet().isPublic()) {
      b.problem = "public " + who + " sits in private " + subnet.label()
          + ": OCI never gives it a public address (the Service stays <pending>)";
      b.problemFix = "Make the subnet public: ." + roleMethod(role) + "(Subnet.publicSubnet(..)), or make the Service internal: .withInternal().";
    }
    return b.build();
  }

  private Site subnetSite(Endpoint e, SubnetView subnet, Cidr within, String label) {
    Site.Builder b = new Site.Builder(e);
    inSubnet(b, subnet, List.of());
    if (within != null) {
      b.range(within);
    }
    b.publicIp = subnet.subnet().isPublic();
    b.label = label != null ? label : subnet.label();
    b.peerCode = subnet.subnet().role() == SubnetRole.CUSTOM ? "Peer.ipv4(" + Code.quote(b.cidrText) + ")" : roleCode(subnet.subnet().role());
    return b.build();
  }

  private void inSubnet(Site.Builder b, SubnetView subnet, List<? extends RuleSetKey> nsgKeys) {
    b.subnet = subnet;
    b.zone = Zone.VCN;
    b.range(subnet.subnet().cidr());
    List<Integer> sets = new ArrayList<>();
    BitSet nsgs = new BitSet();
    for (RuleSetKey k : nsgKeys) {
      int id = rules.id(k);
      if (id >= 0) {
        nsgs.set(id);
        sets.add(id);
      }
    }
    for (int id : subnet.securityLists()) {
      sets.add(id);
    }
    b.nsgs = nsgs;
    b.ruleSets = sets.stream().mapToInt(Integer::intValue).toArray();
    b.ruleSetKeys = sets.stream().map(id -> rules.key(id).toString()).collect(Collectors.joining(", "));
    b.homeSetKey = sets.isEmpty() ? "a security list of " + subnet.label() : rules.key(sets.get(0)).toString();
    SubnetRole role = subnet.subnet().role();
    b.owner = role == SubnetRole.CUSTOM ? "the " + subnet.subnet().key().label() + " subnet"
        : "the " + role.label() + " subnet";
  }

  // ---- outside the VCN ----

  private Site cidr(Endpoint e, Cidr cidr) {
    for (SubnetView s : subnets.values()) {
      if (s.subnet().cidr().contains(cidr)) {
        return subnetSite(e, s, cidr, cidr + " in " + s.label());
      }
    }
    if (net.vcn().contains(cidr)) {
      Site.Builder b = new Site.Builder(e).range(cidr);
      b.zone = Zone.VCN_UNUSED;
      b.label = cidr + " (in the VCN, in no subnet)";
      b.peerCode = "Peer.ipv4(" + Code.quote(cidr.toString()) + ")";
      b.problem = cidr + " lies in VCN " + net.vcn().cidrs() + " but in none of its subnets: nothing lives there";
      b.problemFix = "Ask about an address inside a subnet: " + subnets.values().stream().map(SubnetView::label).collect(Collectors.joining(", ")) + ".";
      return b.build();
    }
    Optional<Cidr> overlay = net.cluster().podsCidr();
    if (overlay.isPresent() && overlay.get().contains(cidr) || net.cluster().servicesCidr().contains(cidr)) {
      Site.Builder b = new Site.Builder(e).range(cidr);
      b.zone = Zone.PRIVATE;
      b.label = cidr + " (cluster-internal addresses)";
      b.peerCode = "Peer.ipv4(" + Code.quote(cidr.toString()) + ")";
      b.problem = cidr + " lies in the cluster's pods or services CIDR: those addresses exist only inside the cluster";
      b.problemFix = "Ask about Endpoint.pods(namespace, selector) or Endpoint.service(namespace, name) instead.";
      return b.build();
    }
    for (DrgAttachment a : net.drg().map(d -> d.attachments()).orElse(List.of())) {
      for (Cidr c : a.reachableCidrs()) {
        if (c.contains(cidr)) {
          return external(e, "on-premises " + a.name(), cidr, Zone.ON_PREMISES, "Peer.ipv4(" + Code.quote(c.toString()) + ")");
        }
      }
    }
    for (ResolvedGateway g : net.gateways()) {
      for (Cidr c : g.peerCidrs()) {
        if (c.contains(cidr)) {
          Site.Builder b = externalBuilder(e, "peered VCN " + g.target().lpgName().orElse(""), cidr, Zone.PEER,
              "Peer.ipv4(" + Code.quote(c.toString()) + ")");
          b.lpgName = g.target().lpgName().orElse("");
          return b.build();
        }
      }
    }
    if (cidr.isRfc1918() || CGNAT.contains(cidr)) {
      return external(e, "private network", cidr, Zone.PRIVATE, "Peer.ipv4(" + Code.quote(cidr.toString()) + ")");
    }
    return external(e, "internet", cidr, Zone.INTERNET, cidr.prefixLength() == 0 ? "Peer.anyIpv4()" : "Peer.ipv4(" + Code.quote(cidr.toString()) + ")");
  }

  private Site serviceNetwork(Endpoint e) {
    Site.Builder b = new Site.Builder(e);
    b.zone = Zone.SERVICE_NETWORK;
    b.label = "Oracle Services Network";
    b.cidrText = "0.0.0.0/0";
    b.peerCode = "Peer.serviceNetwork()";
    return b.build();
  }

  private Site onPremises(Endpoint e) {
    List<DrgAttachment> attachments = net.drg().map(d -> d.attachments()).orElse(List.of());
    Optional<DrgAttachment> onPrem = attachments.stream().filter(a -> a.kind() != DrgAttachment.Kind.REMOTE_PEERING).findFirst()
        .or(() -> attachments.stream().findFirst());
    if (onPrem.isEmpty()) {
      Site.Builder b = new Site.Builder(e);
      b.zone = Zone.ON_PREMISES;
      b.label = "on-premises";
      b.problem = "network " + net.name() + " has no DRG attachment to on-premises";
      b.problemKey = ResourceKey.drg().toString();
      b.problemFix = "Add one: .drg(Drg.of(DrgAttachment.ipsecVpn(\"onprem\", \"ocid1.ipsecconnection.oc1..…\", \"192.168.0.0/16\"))).";
      return b.build();
    }
    Cidr c = onPrem.get().reachableCidrs().get(0);
    return external(e, "on-premises " + onPrem.get().name(), c, Zone.ON_PREMISES, "Peer.ipv4(" + Code.quote(c.toString()) + ")");
  }

  private Site peeredVcn(Endpoint e, String name) {
    Optional<ResolvedGateway> lpg = net.gateways().stream().filter(g -> g.target().lpgName().equals(Optional.of(name))).findFirst();
    if (lpg.isPresent()) {
      Cidr c = lpg.get().peerCidrs().get(0);
      Site.Builder b = externalBuilder(e, "peered VCN " + name, c, Zone.PEER, "Peer.ipv4(" + Code.quote(c.toString()) + ")");
      b.lpgName = name;
      return b.build();
    }
    Optional<DrgAttachment> rpc = net.drg().flatMap(d -> d.attachments().stream().filter(a -> a.name().equals(name)).findFirst());
    if (rpc.isPresent()) {
      Cidr c = rpc.get().reachableCidrs().get(0);
      return external(e, "peered VCN " + name + " (through the DRG)", c, Zone.ON_PREMISES, "Peer.ipv4(" + Code.quote(c.toString()) + ")");
    }
    List<String> known = new ArrayList<>();
    net.gateways().forEach(g -> g.target().lpgName().ifPresent(known::add));
    net.drg().ifPresent(d -> d.attachments().forEach(a -> known.add(a.name())));
    throw new IllegalArgumentException("Network " + net.name() + " has no local peering or DRG attachment named '" + name
        + "'. It has: " + (known.isEmpty() ? "none (add .addLocalPeering(LocalPeering.to(\"" + name + "\", \"10.50.0.0/16\")))" : known) + ".");
  }

  private Site external(Endpoint e, String what, Cidr cidr, Zone zone, String peerCode) {
    return externalBuilder(e, what, cidr, zone, peerCode).build();
  }

  private Site.Builder externalBuilder(Endpoint e, String what, Cidr cidr, Zone zone, String peerCode) {
    Site.Builder b = new Site.Builder(e).range(cidr);
    b.zone = zone;
    b.label = what + " (" + cidr + ")";
    b.peerCode = peerCode;
    return b;
  }

  // ---- lookups ----

  /** The nodes of the first node pool (where Services' pods run), or a site saying there is none. */
  Site anyNodes() {
    return anyNodes;
  }

  private Site firstPoolNodes() {
    if (net.nodePools().isEmpty()) {
      Site.Builder b = new Site.Builder(Endpoint.nodes("none"));
      b.label = "no node pool";
      b.problem = "network " + net.name() + " has no node pool: no node serves node ports and no pod runs";
      b.problemFix = "Add a node pool: .addNodePool(NodePool.of(\"general\", Shape.flex(\"VM.Standard.E5.Flex\", 2), 1, 3)).";
      b.problemKey = "node-pools";
      return b.build();
    }
    return resolve(Endpoint.nodes(net.nodePools().get(0).name()));
  }

  /** The node pool named {@code name}. */
  ResolvedNodePool pool(String name) {
    return net.nodePool(name).orElseThrow(() -> new IllegalArgumentException("Network " + net.name() + " has no node pool named '"
        + name + "'. It has: " + net.nodePools().stream().map(ResolvedNodePool::name).toList() + "."));
  }

  /** The Service {@code namespace/name}. */
  Service service(String namespace, String name) {
    return net.intent().service(namespace, name).orElseThrow(() -> new IllegalArgumentException("Network " + net.name()
        + " declares no Service " + namespace + "/" + name + ". It declares: "
        + net.intent().services().stream().map(s -> s.ref().toString()).toList() + "."));
  }

  /** The load balancer of the LoadBalancer Service {@code namespace/name}. */
  ResolvedLoadBalancer loadBalancerOf(String namespace, String name) {
    Service svc = service(namespace, name);
    return net.loadBalancers().stream().filter(l -> l.service().ref().equals(svc.ref())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Service " + svc.ref() + " is " + svc.type()
            + ", so it has no load balancer. Ask about Endpoint.service(\"" + namespace + "\", \"" + name + "\") instead."));
  }

  private SubnetView subnetOf(Endpoint e) {
    // An extra subnet is looked up by its name (any text the question gives), never by building a key from it.
    SubnetView s = e instanceof Endpoint.ExtraSubnet x
        ? subnets.values().stream().filter(v -> v.subnet().role() == SubnetRole.CUSTOM && v.subnet().key().label().equals(x.name()))
            .findFirst().orElse(null)
        : subnets.get(ResourceKey.subnet(((Endpoint.RoleSubnet) e).role()));
    if (s == null) {
      throw new IllegalArgumentException("Network " + net.name() + " has no " + e + ". It has: "
          + subnets.values().stream().map(SubnetView::label).toList() + ".");
    }
    return s;
  }

  private int[] ids(List<RuleSetKey> keys) {
    return keys.stream().mapToInt(rules::id).filter(i -> i >= 0).toArray();
  }

  static String roleCode(SubnetRole role) {
    return role == SubnetRole.CUSTOM ? "Peer.nsg(\"…\")" : "Peer.role(SubnetRole." + role.name() + ")";
  }

  static String roleMethod(SubnetRole role) {
    return role == SubnetRole.CUSTOM ? "addExtraSubnet" : role.modelAttribute();
  }
}
