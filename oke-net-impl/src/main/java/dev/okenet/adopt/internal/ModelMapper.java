package dev.okenet.adopt.internal;

import com.oracle.bmc.containerengine.model.ClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdResponseDetails;
import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a {@link LiveNetwork} onto an {@link OkeNetwork} that references every existing resource
 * the model can reference by OCID and keeps every rule and route as found
 * ({@code generatesOkeRules(false)}). Role NSGs are the ones the cluster attaches (endpoint → API,
 * node pools → workers, pod VNICs → pods; a load balancer NSG is an NSG whose egress reaches the
 * workers' node ports); the network uses NSG enforcement when the endpoint has an NSG, else
 * security lists, where a role subnet's first own list is its role list.
 *
 * <pre>{@code
 * Mapped m = ModelMapper.map(live, "prod", "us-ashburn-1", facts);
 * }</pre>
 */
public final class ModelMapper {
  private final LiveNetwork live;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<ResourceKey, String> ids = new LinkedHashMap<>();
  private final Map<String, SubnetRole> roleNsgs = new LinkedHashMap<>();
  private final Map<String, String> customNsgNames = new LinkedHashMap<>();
  private final Map<String, String> lpgNames = new LinkedHashMap<>();
  private final Map<String, List<Cidr>> lpgCidrs = new LinkedHashMap<>();
  private RuleTranslator rules;

  private ModelMapper(LiveNetwork live) {
    this.live = live;
  }

  /**
   * The model of {@code live}.
   *
   * @param k8s what only Kubernetes knows, added to the model as given
   * @throws IllegalArgumentException when the VCN has no subnet for the API endpoint or workers
   */
  public static Mapped map(LiveNetwork live, String name, String region, KubernetesSide k8s) {
    return new ModelMapper(live).run(name, region, k8s);
  }

  /** The Kubernetes-side facts the mapper adds. */
  public record KubernetesSide(List<dev.okenet.kube.Service> services, List<dev.okenet.kube.Ingress> ingresses,
      List<dev.okenet.kube.NetworkPolicy> policies, dev.okenet.cluster.PolicyEngine policyEngine,
      Map<String, List<Integer>> poolBounds) {}

  private Mapped run(String name, String region, KubernetesSide k8s) {
    findings.addAll(live.readFindings());
    Map<String, SubnetRole> roles = SubnetRoles.infer(live, findings);
    mapNsgs(roles);
    boolean nsgMode = roleNsgs.containsValue(SubnetRole.API_ENDPOINT);
    rules = new RuleTranslator(id -> nsgPeer(id, nsgMode), findings);
    mapLpgs();

    OkeNetwork.Builder b = (OkeNetwork.Builder) OkeNetwork.builder().name(name).compartmentId(live.compartmentId()).region(region)
        .securityEnforcement(nsgMode ? SecurityEnforcement.NSG : SecurityEnforcement.SECURITY_LISTS)
        .generatesOkeRules(false).generatesLoadBalancerRules(false);
    ids.put(ResourceKey.vcn(), live.vcn().getId());
    List<String> vcnCidrs = live.vcn().getCidrBlocks() != null && !live.vcn().getCidrBlocks().isEmpty() ? live.vcn().getCidrBlocks()
        : List.of(live.vcn().getCidrBlock());
    Vcn vcn = Vcn.of(vcnCidrs.get(0), vcnCidrs.subList(1, vcnCidrs.size()).toArray(String[]::new)).withExistingId(live.vcn().getId());
    if (live.vcn().getDnsLabel() != null) {
      vcn = vcn.withDnsLabel(live.vcn().getDnsLabel());
    }
    b.vcn(vcn);
    b.gateways(gateways());
    drg().ifPresent(b::drg);
    lpgNames.forEach((id, n) -> {
      if (lpgCidrs.containsKey(id)) {
        b.addLocalPeering(LocalPeering.to(n, lpgCidrs.get(id).stream().map(Cidr::toString).toArray(String[]::new)));
        ids.put(ResourceKey.localPeeringGateway(n), id);
      }
    });
    for (NetworkSecurityGroup nsg : live.nsgs()) {
      SubnetRole role = nsgMode ? roleNsgs.get(nsg.getId()) : null;
      if (role != null) {
        ids.put(ResourceKey.nsg(role), nsg.getId());
        continue;
      }
      Nsg custom = Nsg.named(customNsgNames.get(nsg.getId()));
      for (var r : live.rulesOf(nsg.getId())) {
        Optional<SecurityRule> rule = rules.nsgRule(r, "nsg " + nsg.getDisplayName());
        if (rule.isPresent()) {
          custom = custom.addRule(rule.get());
        }
      }
      b.addNsg(custom);
      ids.put(ResourceKey.customNsg(custom.name()), nsg.getId());
    }

    boolean roleSubnetsComplete = roles.containsValue(SubnetRole.API_ENDPOINT) && roles.containsValue(SubnetRole.WORKERS);
    if (!roleSubnetsComplete) {
      throw new IllegalArgumentException("VCN " + live.vcn().getDisplayName() + " (" + live.vcn().getId() + ") has no cluster whose "
          + "endpoint subnet and node pool subnets could be read, so the API endpoint and worker subnets an OKE network needs are "
          + "unknown. Import a VCN that an OKE cluster with node pools uses (and pass a ContainerEngine client).");
    }
    Names extraNames = new Names();
    for (var s : live.subnets()) {
      SubnetRole role = roles.getOrDefault(s.getId(), SubnetRole.CUSTOM);
      String label = role == SubnetRole.CUSTOM ? extraNames.unique(s.getDisplayName()) : role.key();
      SubnetKey key = role == SubnetRole.CUSTOM ? ResourceKey.extraSubnet(label) : ResourceKey.subnet(role);
      Subnet subnet = subnet(s, role, label, key, nsgMode);
      switch (role) {
        case API_ENDPOINT -> b.apiEndpoint(subnet);
        case WORKERS -> b.workers(subnet);
        case PODS -> b.pods(subnet);
        case PUBLIC_LOAD_BALANCERS -> b.publicLoadBalancers(subnet);
        case INTERNAL_LOAD_BALANCERS -> b.internalLoadBalancers(subnet);
        default -> b.addExtraSubnet(subnet);
      }
    }
    live.cluster().ifPresent(c -> {
      b.podNetworking(podNetworking(c));
      b.cluster(cluster(c, k8s));
      ids.put(ResourceKey.cluster(), c.getId());
    });
    b.addAllNodePools(nodePools(nsgMode, k8s));
    b.addAllServices(k8s.services()).addAllIngresses(k8s.ingresses()).addAllPolicies(k8s.policies());
    if (k8s.services().isEmpty() && k8s.policies().isEmpty() && k8s.policyEngine() == dev.okenet.cluster.PolicyEngine.NONE) {
      findings.add(Findings.info(Findings.KUBERNETES_SIDE, "kubernetes", "Services, Ingresses, NetworkPolicies and the policy engine "
          + "live in the cluster, not in OCI, so the imported model has none and the audit cannot check them.",
          "Pass them with NetworkImporter.builder().kubernetes(KubernetesFacts.of(..)) to check load balancers and policies too."));
    }
    OkeNetwork model = b.build();
    model = model.toBuilder().internetEgress(internetEgress(model)).build();
    findings.addAll(DefaultListCheck.check(live, model));
    return new Mapped(model, ids, findings);
  }

  private Subnet subnet(com.oracle.bmc.core.model.Subnet s, SubnetRole role, String label, SubnetKey key, boolean nsgMode) {
    Subnet b = (SubnetRoles.isPublic(s) ? Subnet.publicSubnet(s.getCidrBlock()) : Subnet.privateSubnet(s.getCidrBlock()))
        .withExistingId(s.getId());
    if (s.getDnsLabel() != null) {
      b = b.withDnsLabel(s.getDnsLabel());
    }
    if (role == SubnetRole.CUSTOM) {
      b = b.withName(label);
    }
    ids.put(key, s.getId());
    var routeTable = live.routeTable(s.getRouteTableId());
    if (routeTable.isPresent()) {
      for (RouteRule route : routes(routeTable.get())) {
        b = b.addRouteRule(route);
      }
      bind(ResourceKey.routeTable(key), routeTable.get().getId(), routeTable.get().getDisplayName());
    }
    String defaultList = live.vcn().getDefaultSecurityListId();
    boolean primaryTaken = nsgMode || role == SubnetRole.CUSTOM;
    Names listNames = new Names();
    for (String listId : s.getSecurityListIds() == null ? List.<String>of() : s.getSecurityListIds()) {
      if (listId.equals(defaultList)) {
        continue;
      }
      var list = live.securityList(listId);
      if (list.isEmpty()) {
        continue;
      }
      List<SecurityRule> found = new ArrayList<>();
      String where = "security list " + list.get().getDisplayName();
      list.get().getIngressSecurityRules().forEach(r -> rules.ingress(r, where).ifPresent(found::add));
      list.get().getEgressSecurityRules().forEach(r -> rules.egress(r, where).ifPresent(found::add));
      if (!primaryTaken) {
        // Security-list mode: the role subnet's first own list is its role list.
        for (SecurityRule rule : found) {
          b = b.addSecurityRule(rule);
        }
        bind(ResourceKey.securityList(key), listId, list.get().getDisplayName());
        primaryTaken = true;
      } else {
        String n = listNames.unique(list.get().getDisplayName());
        b = b.addSecurityList(SecurityList.named(n).addAllRules(found));
        bind(ResourceKey.securityList(key, n), listId, list.get().getDisplayName());
      }
    }
    if (!primaryTaken) {
      findings.add(Findings.warning(Findings.NOT_FOUND, "subnet " + s.getDisplayName(), "Subnet " + s.getDisplayName() + " (" + role.label()
          + ") has no security list of its own; in security-list mode the model gives it one, so adopting would create an "
          + "empty list '" + ResourceKey.securityList(key) + "'.", "Attach a security list of its own to the subnet before adopting."));
    }
    if (nsgMode && role != SubnetRole.CUSTOM) {
      String roleNsg = roleNsgs.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst().orElse(null);
      if (roleNsg == null) {
        findings.add(Findings.warning(Findings.NOT_FOUND, ResourceKey.nsg(role).toString(), "No NSG of the VCN serves the " + role.label()
            + " role; the model has one per role, so adopting would create an empty NSG '" + ResourceKey.nsg(role) + "'.",
            "Create the NSG and attach it where the cluster uses the role, then import again."));
      } else {
        for (var r : live.rulesOf(roleNsg)) {
          var rule = rules.nsgRule(r, "nsg " + live.nsg(roleNsg).map(NetworkSecurityGroup::getDisplayName).orElse(roleNsg));
          if (rule.isPresent()) {
            b = b.addSecurityRule(rule.get());
          }
        }
      }
    }
    return b;
  }

  /**
   * The internet egress the live rules give: a role reaches the internet when a rule protecting it
   * (its subnet's rules and lists, or a custom NSG its node pools attach) allows egress to 0.0.0.0/0
   * on TCP 443. Recorded so the model says what the cluster can do; with {@code generatesOkeRules(false)}
   * it writes nothing itself.
   */
  static InternetEgress internetEgress(OkeNetwork n) {
    boolean workers = reachesInternet(n.workers(), n, n.nodePools().stream().flatMap(p -> p.nsgNames().stream()).toList());
    boolean pods = n.pods().map(s -> reachesInternet(s, n, n.nodePools().stream().flatMap(p -> p.podNsgNames().stream()).toList()))
        .orElse(workers);
    return workers && pods ? InternetEgress.WORKERS_AND_PODS : workers ? InternetEgress.WORKERS_ONLY : InternetEgress.NONE;
  }

  private static boolean reachesInternet(Subnet subnet, OkeNetwork n, List<String> nsgNames) {
    List<SecurityRule> rules = new ArrayList<>(subnet.extraSecurityRules());
    subnet.securityLists().forEach(l -> rules.addAll(l.rules()));
    n.nsgs().stream().filter(g -> nsgNames.contains(g.name())).forEach(g -> rules.addAll(g.rules()));
    return rules.stream().anyMatch(r -> r.direction() == Direction.EGRESS && r.peer().isAnyIpv4() && Port.HTTPS.isCoveredBy(r.port()));
  }

  /** Records key → id; a resource already bound to another key is shared, which the model cannot say. */
  private void bind(ResourceKey key, String id, String displayName) {
    ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().ifPresent(e -> findings.add(Findings.warning(
        Findings.SHARED, key.toString(), displayName + " (" + id + ") serves both " + e.getKey() + " and " + key + "; the model gives each its "
            + "own, so adoption tags it as " + e.getKey() + " and the provider would create " + key + ".",
        "Give each subnet its own route table and security lists before adopting.")));
    ids.putIfAbsent(key, id);
  }

  private List<RouteRule> routes(RouteTable rt) {
    List<RouteRule> out = new ArrayList<>();
    for (var r : rt.getRouteRules() == null ? List.<com.oracle.bmc.core.model.RouteRule>of() : rt.getRouteRules()) {
      String where = "route table " + rt.getDisplayName() + ": " + r.getDestination() + " → " + r.getNetworkEntityId();
      Optional<RouteTarget> target = target(r.getNetworkEntityId());
      if (target.isEmpty()) {
        findings.add(Findings.warning(Findings.UNSUPPORTED, where, "The route targets " + r.getNetworkEntityId()
            + ", which is not a gateway the model knows (internet, NAT, service gateway, DRG or a local peering gateway with "
            + "known peer CIDRs); the route is left out of the imported model.",
            "Keep managing this route outside oke-net, or route through a gateway the model knows."));
        continue;
      }
      boolean service = r.getDestinationType() == com.oracle.bmc.core.model.RouteRule.DestinationType.ServiceCidrBlock;
      try {
        RouteRule rule = service ? RouteRule.toServiceNetwork(target.get()) : RouteRule.to(r.getDestination(), target.get());
        out.add(r.getDescription() == null ? rule : rule.withDescription(r.getDescription()));
      } catch (IllegalArgumentException e) {
        findings.add(Findings.warning(Findings.RULE_NOT_KEPT, where, "The route's destination cannot be read: " + e.getMessage(),
            "Fix the route in OCI, then import again."));
      }
    }
    return out;
  }

  private Optional<RouteTarget> target(String id) {
    if (live.internetGateways().stream().anyMatch(g -> g.getId().equals(id))) {
      return Optional.of(RouteTarget.internetGateway());
    }
    if (live.natGateways().stream().anyMatch(g -> g.getId().equals(id))) {
      return Optional.of(RouteTarget.natGateway());
    }
    if (live.serviceGateways().stream().anyMatch(g -> g.getId().equals(id))) {
      return Optional.of(RouteTarget.serviceGateway());
    }
    if (live.drgAttachments().stream().anyMatch(a -> id.equals(a.getDrgId()))) {
      return Optional.of(RouteTarget.drg());
    }
    if (lpgCidrs.containsKey(id)) {
      return Optional.of(RouteTarget.localPeering(lpgNames.get(id)));
    }
    return Optional.empty();
  }

  private Gateways gateways() {
    Gateways g = Gateways.none();
    if (!live.internetGateways().isEmpty()) {
      g = g.withInternetGateway();
      ids.put(ResourceKey.internetGateway(), live.internetGateways().get(0).getId());
      extraGateways("internet gateway", live.internetGateways().size());
    }
    if (!live.natGateways().isEmpty()) {
      var nat = live.natGateways().get(0);
      g = g.withNat(Boolean.TRUE.equals(nat.getBlockTraffic()) ? NatGateway.standard().withBlocksTraffic(true) : NatGateway.standard());
      ids.put(ResourceKey.natGateway(), nat.getId());
      extraGateways("NAT gateway", live.natGateways().size());
    }
    if (!live.serviceGateways().isEmpty()) {
      ServiceGateway sgw = live.serviceGateways().get(0);
      g = g.withServiceGateway(scope(sgw));
      ids.put(ResourceKey.serviceGateway(), sgw.getId());
      extraGateways("service gateway", live.serviceGateways().size());
    }
    return g;
  }

  private void extraGateways(String kind, int count) {
    if (count > 1) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, "gateways", "The VCN has " + count + " " + kind + "s; the model has one, "
          + "so the first is imported and routes to the others are imported as routes to it.",
          "Remove the extra " + kind + "s, or keep managing them outside oke-net."));
    }
  }

  private ServiceGatewayScope scope(ServiceGateway sgw) {
    for (ServiceIdResponseDetails d : sgw.getServices() == null ? List.<ServiceIdResponseDetails>of() : sgw.getServices()) {
      Optional<Service> s = live.services().stream().filter(x -> x.getId().equals(d.getServiceId())).findFirst();
      String label = s.map(Service::getCidrBlock).orElse(d.getServiceName() == null ? "" : d.getServiceName());
      if (label.startsWith("all-") || label.toLowerCase().startsWith("all ")) {
        return ServiceGatewayScope.ALL_SERVICES;
      }
    }
    return ServiceGatewayScope.OBJECT_STORAGE;
  }

  private Optional<Drg> drg() {
    var attachments = live.drgAttachments();
    if (attachments.isEmpty()) {
      return Optional.empty();
    }
    var a = attachments.get(0);
    ids.put(ResourceKey.drg(), a.getDrgId());
    ids.put(ResourceKey.drgAttachment(), a.getId());
    if (attachments.size() > 1) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, "drg", "The VCN is attached to " + attachments.size() + " DRGs; the model has one, "
          + "so " + a.getDrgId() + " is imported.", "Detach the others, or keep them outside oke-net."));
    }
    findings.add(Findings.info(Findings.UNSUPPORTED, "drg", "The DRG's IPSec, FastConnect and remote peering attachments are not read: "
        + "routes to the DRG are kept as found, but the model names no on-premises or peer CIDRs behind it.",
        "Add them to the model with Drg.of().withExistingId(\"" + a.getDrgId() + "\").addAttachment(DrgAttachment.ipsecVpn(..)) after importing."));
    return Optional.of(Drg.of().withExistingId(a.getDrgId()));
  }

  private void mapLpgs() {
    Names names = new Names();
    for (LocalPeeringGateway lpg : live.localPeerings()) {
      String n = names.unique(lpg.getDisplayName());
      lpgNames.put(lpg.getId(), n);
      List<Cidr> cidrs = new ArrayList<>();
      if (lpg.getPeerAdvertisedCidrDetails() != null) {
        lpg.getPeerAdvertisedCidrDetails().forEach(c -> cidrs.add(Cidr.of(c)));
      } else if (lpg.getPeerAdvertisedCidr() != null) {
        cidrs.add(Cidr.of(lpg.getPeerAdvertisedCidr()));
      }
      if (cidrs.isEmpty()) {
        for (RouteTable rt : live.routeTables()) {
          for (var r : rt.getRouteRules() == null ? List.<com.oracle.bmc.core.model.RouteRule>of() : rt.getRouteRules()) {
            if (lpg.getId().equals(r.getNetworkEntityId()) && r.getDestination() != null) {
              Cidr c = Cidr.of(r.getDestination());
              if (!cidrs.contains(c)) {
                cidrs.add(c);
              }
            }
          }
        }
      }
      // The model's peer CIDRs are IPv4 (oke-net's subnets carry no IPv6 prefix); IPv6 ones stay outside it.
      cidrs.removeIf(c -> !c.isIpv4());
      if (cidrs.isEmpty()) {
        findings.add(Findings.warning(Findings.UNSUPPORTED, "lpg " + lpg.getDisplayName(), "Local peering gateway " + lpg.getDisplayName()
            + " (" + lpg.getId() + ") is not peered and no route uses it, so it reaches no known CIDR; the model needs the peer's "
            + "CIDRs, so it is left out of the imported model.", "Peer it or delete it, or keep it outside oke-net."));
      } else {
        lpgCidrs.put(lpg.getId(), cidrs);
      }
    }
  }

  private void mapNsgs(Map<String, SubnetRole> roles) {
    live.cluster().map(c -> c.getEndpointConfig()).map(e -> e.getNsgIds()).filter(l -> !l.isEmpty())
        .ifPresent(l -> roleNsgs.put(l.get(0), SubnetRole.API_ENDPOINT));
    live.nodePools().stream().map(p -> p.getNodeConfigDetails()).filter(d -> d != null && d.getNsgIds() != null && !d.getNsgIds().isEmpty())
        .findFirst().ifPresent(d -> roleNsgs.putIfAbsent(d.getNsgIds().get(0), SubnetRole.WORKERS));
    live.nodePools().stream().flatMap(p -> SubnetRoles.vcnNative(p).stream()).filter(o -> o.getPodNsgIds() != null && !o.getPodNsgIds().isEmpty())
        .findFirst().ifPresent(o -> roleNsgs.putIfAbsent(o.getPodNsgIds().get(0), SubnetRole.PODS));
    String workersNsg = roleNsgs.entrySet().stream().filter(e -> e.getValue() == SubnetRole.WORKERS).map(Map.Entry::getKey).findFirst().orElse(null);
    if (workersNsg != null) {
      for (NetworkSecurityGroup n : live.nsgs()) {
        if (roleNsgs.containsKey(n.getId()) || !reachesNodePorts(n.getId(), workersNsg)) {
          continue;
        }
        boolean fromInternet = live.rulesOf(n.getId()).stream().anyMatch(r -> r.getDirection() == com.oracle.bmc.core.model.SecurityRule.Direction.Ingress
            && "0.0.0.0/0".equals(r.getSource()));
        // An NSG open to the internet serves public load balancers first; when that role is taken
        // (or absent), internal ones (an internal LB may still admit 0.0.0.0/0 on its listener).
        List<SubnetRole> order = fromInternet
            ? List.of(SubnetRole.PUBLIC_LOAD_BALANCERS, SubnetRole.INTERNAL_LOAD_BALANCERS)
            : List.of(SubnetRole.INTERNAL_LOAD_BALANCERS, SubnetRole.PUBLIC_LOAD_BALANCERS);
        order.stream().filter(lb -> roles.containsValue(lb) && !roleNsgs.containsValue(lb)).findFirst()
            .ifPresent(lb -> roleNsgs.put(n.getId(), lb));
      }
    }
    Names names = new Names();
    for (NetworkSecurityGroup n : live.nsgs()) {
      if (!roleNsgs.containsKey(n.getId())) {
        customNsgNames.put(n.getId(), names.unique(n.getDisplayName()));
      }
    }
  }

  private boolean reachesNodePorts(String nsgId, String workersNsg) {
    return live.rulesOf(nsgId).stream().anyMatch(r -> r.getDirection() == com.oracle.bmc.core.model.SecurityRule.Direction.Egress
        && workersNsg.equals(r.getDestination()) && "6".equals(r.getProtocol()) && r.getTcpOptions() != null
        && r.getTcpOptions().getDestinationPortRange() != null && r.getTcpOptions().getDestinationPortRange().getMin() <= 30000
        && r.getTcpOptions().getDestinationPortRange().getMax() >= 32767);
  }

  private Optional<Peer> nsgPeer(String id, boolean nsgMode) {
    if (nsgMode && roleNsgs.containsKey(id)) {
      return Optional.of(Peer.role(roleNsgs.get(id)));
    }
    return Optional.ofNullable(customNsgNames.get(id)).map(Peer::nsg);
  }

  private PodNetworking podNetworking(com.oracle.bmc.containerengine.model.Cluster c) {
    List<ClusterPodNetworkOptionDetails> options = c.getClusterPodNetworkOptions() == null ? List.of() : c.getClusterPodNetworkOptions();
    boolean flannel = options.isEmpty() || options.get(0) instanceof FlannelOverlayClusterPodNetworkOptionDetails;
    if (!flannel) {
      return PodNetworking.vcnNative();
    }
    var config = c.getOptions() == null ? null : c.getOptions().getKubernetesNetworkConfig();
    String pods = config == null ? null : config.getPodsCidr();
    return pods == null ? PodNetworking.flannel() : PodNetworking.flannel(pods);
  }

  private Cluster cluster(com.oracle.bmc.containerengine.model.Cluster c, KubernetesSide k8s) {
    Cluster model = c.getType() == com.oracle.bmc.containerengine.model.ClusterType.BasicCluster
        ? Cluster.basic(c.getKubernetesVersion()) : Cluster.enhanced(c.getKubernetesVersion());
    boolean isPublic = c.getEndpointConfig() != null && Boolean.TRUE.equals(c.getEndpointConfig().getIsPublicIpEnabled());
    ApiEndpoint endpoint = isPublic ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint();
    String[] clients = apiClients().toArray(String[]::new);
    if (clients.length > 0) {
      endpoint = endpoint.addAllowedClients(clients);
    }
    model = model.withEndpoint(endpoint).withPolicyEngine(k8s.policyEngine()).withExistingId(c.getId());
    var config = c.getOptions() == null ? null : c.getOptions().getKubernetesNetworkConfig();
    if (config != null && config.getServicesCidr() != null) {
      model = model.withServicesCidr(config.getServicesCidr());
    }
    return model;
  }

  /** Client CIDRs outside the VCN that the API endpoint's NSG lets reach TCP 6443: the kubectl clients. */
  private List<String> apiClients() {
    List<String> out = new ArrayList<>();
    roleNsgs.forEach((id, role) -> {
      if (role != SubnetRole.API_ENDPOINT) {
        return;
      }
      for (var r : live.rulesOf(id)) {
        if (r.getDirection() != com.oracle.bmc.core.model.SecurityRule.Direction.Ingress || r.getSourceType() == null
            || !"CIDR_BLOCK".equals(r.getSourceType().getValue()) || r.getTcpOptions() == null
            || r.getTcpOptions().getDestinationPortRange() == null || r.getTcpOptions().getDestinationPortRange().getMin() != 6443) {
          continue;
        }
        try {
          Cidr c = Cidr.of(r.getSource());
          boolean inVcn = live.vcn().getCidrBlocks() != null && live.vcn().getCidrBlocks().stream().anyMatch(v -> Cidr.of(v).contains(c));
          // The model's API clients are IPv4 (its subnets carry no IPv6 prefix); an IPv6 client rule stays outside it.
          if (c.isIpv4() && !inVcn && !out.contains(c.toString())) {
            out.add(c.toString());
          }
        } catch (IllegalArgumentException e) {
          // Not a CIDR: the rule translator reports it.
        }
      }
    });
    return out;
  }

  private List<NodePool> nodePools(boolean nsgMode, KubernetesSide k8s) {
    List<NodePool> out = new ArrayList<>();
    Names names = new Names();
    for (var p : live.nodePools()) {
      String n = names.unique(p.getName());
      int size = p.getNodeConfigDetails() == null || p.getNodeConfigDetails().getSize() == null ? 0 : p.getNodeConfigDetails().getSize();
      List<Integer> bounds = k8s.poolBounds().get(n);
      NodePool pool = bounds == null ? NodePool.of(n, shape(p), size, size) : NodePool.of(n, shape(p), bounds.get(0), bounds.get(1));
      var vcnNative = SubnetRoles.vcnNative(p);
      if (vcnNative.isPresent() && vcnNative.get().getMaxPodsPerNode() != null) {
        pool = pool.withMaxPodsPerNode(vcnNative.get().getMaxPodsPerNode());
      }
      List<String> nsgs = p.getNodeConfigDetails() == null || p.getNodeConfigDetails().getNsgIds() == null ? List.of()
          : p.getNodeConfigDetails().getNsgIds();
      pool = pool.addNsgs(customNames(nsgs, SubnetRole.WORKERS, nsgMode, n).toArray(String[]::new));
      List<String> podNsgs = vcnNative.map(o -> o.getPodNsgIds()).orElse(List.of());
      pool = pool.addPodNsgs(customNames(podNsgs == null ? List.of() : podNsgs, SubnetRole.PODS, nsgMode, n).toArray(String[]::new));
      out.add(pool);
      ids.put(ResourceKey.nodePool(n), p.getId());
      if (bounds != null) {
        continue;
      }
      findings.add(Findings.info(Findings.KUBERNETES_SIDE, "nodePools/" + n, "Node pool " + n + " has " + size + " nodes now; OCI does "
          + "not hold the cluster autoscaler's bounds, so the imported pool is fixed at " + size + " (min = max), and capacity "
          + "is planned for that size.", "Set the pool's real minimum and maximum in the model (NodePool.of(name, shape, min, max))."));
    }
    return out;
  }

  private List<String> customNames(List<String> nsgIds, SubnetRole role, boolean nsgMode, String pool) {
    List<String> out = new ArrayList<>();
    for (String id : nsgIds) {
      if (nsgMode && roleNsgs.get(id) == role) {
        continue;
      }
      String name = customNsgNames.get(id);
      if (name == null) {
        findings.add(Findings.warning(Findings.RULE_NOT_KEPT, "nodePools/" + pool, "Node pool " + pool + " uses NSG " + id + " as "
            + role.label() + " NSG beside the role's own; the model attaches one role NSG, so it is left out.",
            "Attach the same " + role.label() + " NSG to every node pool before adopting."));
      } else {
        out.add(name);
      }
    }
    return out;
  }

  private Shape shape(com.oracle.bmc.containerengine.model.NodePool p) {
    String name = p.getNodeShape() == null ? "unknown" : p.getNodeShape();
    Float ocpus = p.getNodeShapeConfig() == null ? null : p.getNodeShapeConfig().getOcpus();
    if (ocpus != null && ocpus >= 1) {
      return Shape.flex(name, Math.round(ocpus));
    }
    try {
      return Shape.fixed(name);
    } catch (IllegalArgumentException e) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, "nodePools/" + p.getName(), "Shape " + name + " is neither flexible nor in "
          + "oke-net's VNIC table, so the imported pool assumes 2 VNICs (up to 31 VCN-native pods per node).",
          "Set its VNIC count in the model: Shape.of(\"" + name + "\", vnics)."));
      return Shape.of(name, 2);
    }
  }
}
