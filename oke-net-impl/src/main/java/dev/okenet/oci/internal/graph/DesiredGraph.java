package dev.okenet.oci.internal.graph;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.RemotePeeringKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.oci.ResourceType;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.resolved.ResolvedVcn;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OCI resources a {@link ResolvedNetwork} needs, one {@link ResourceSpec} per resource, in an
 * order where every resource comes after its dependencies: VCN and DRG, gateways and the DRG
 * attachment, route tables (which target gateways), security lists and NSGs, subnets (which use
 * route tables and lists), then the cluster and its node pools.
 */
public final class DesiredGraph {
  private static final ResourceKey VCN = ResourceKey.vcn();

  private final List<ResourceSpec> specs;
  private final java.util.Map<ResourceKey, ResourceSpec> byKey = new java.util.HashMap<>();

  /**
   * Refuses a logical key twice: two specs with one key would be one resource to the plan (created
   * twice, made once, or updated forever), so a duplicate is a gap in the model's checks and must
   * not reach OCI.
   */
  private DesiredGraph(List<ResourceSpec> specs) {
    this.specs = List.copyOf(specs);
    for (ResourceSpec s : this.specs) {
      if (byKey.putIfAbsent(s.key(), s) != null) {
        throw new IllegalStateException("Two resources of the desired network share the logical key '" + s.key()
            + "'; every key must name one resource. This is a gap in oke-net's checks: please report it with the network.");
      }
    }
  }

  /** Every spec, dependencies first. */
  public List<ResourceSpec> specs() {
    return specs;
  }

  /** The spec with this key. */
  public Optional<ResourceSpec> spec(ResourceKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The graph with nothing in it: the plan against it deletes everything owned. */
  public static DesiredGraph empty() {
    return new DesiredGraph(List.of());
  }

  /**
   * Builds the graph of {@code net}.
   *
   * @param includeCluster whether the OKE cluster and node pools are part of it (false in
   *     network-only mode)
   * @param ingressLoadBalancers whether each Ingress's controller Service gets a standalone NLB
   */
  public static DesiredGraph of(ResolvedNetwork net, boolean includeCluster, boolean ingressLoadBalancers) {
    List<ResourceSpec> out = new ArrayList<>();
    ResolvedVcn vcn = net.vcn();
    out.add(spec(ResourceType.VCN, VCN, vcn.name(),
        fields("cidrBlocks", String.join(", ", vcn.cidrs().stream().map(Object::toString).toList()),
            "dnsLabel", vcn.dnsLabel().orElse("")),
        Set.of("cidrBlocks", "dnsLabel"), Map.of(), List.of(), List.of(), vcn.existingId(), vcn));

    net.drg().ifPresent(drg -> addDrg(out, drg));
    for (ResolvedGateway g : net.gateways()) {
      out.add(gateway(g));
    }
    for (ResolvedRouteTable rt : net.routeTables()) {
      out.add(routeTable(net, rt));
    }
    CcmRules ccm = CcmRules.of(net);
    if (vcn.existingId().isEmpty()) {
      out.add(ruleSet(ResourceType.DEFAULT_SECURITY_LIST, net.defaultSecurityList(), ccm));
    }
    for (ResolvedRuleSet rs : net.securityLists()) {
      out.add(ruleSet(ResourceType.SECURITY_LIST, rs, ccm));
    }
    for (ResolvedRuleSet rs : net.nsgs()) {
      out.add(ruleSet(ResourceType.NETWORK_SECURITY_GROUP, rs, ccm));
    }
    for (ResolvedSubnet s : net.subnets()) {
      out.add(subnet(s, vcn.existingId().isEmpty()));
    }
    if (includeCluster) {
      out.add(cluster(net));
      for (ResolvedNodePool pool : net.nodePools()) {
        out.add(nodePool(net, pool));
      }
    }
    if (ingressLoadBalancers) {
      IngressLoadBalancers.of(net).forEach(nlb -> out.add(nlb.spec()));
    }
    return new DesiredGraph(out);
  }

  private static void addDrg(List<ResourceSpec> out, ResolvedDrg drg) {
    out.add(spec(ResourceType.DRG, drg.key(), drg.name(), fields(), Set.of(), Map.of(), List.of(), List.of(),
        drg.existingId(), drg));
    for (DrgAttachment a : drg.attachments()) {
      if (a.kind() == DrgAttachment.Kind.REMOTE_PEERING) {
        out.add(spec(ResourceType.REMOTE_PEERING_CONNECTION, remotePeeringKey(a), drg.name() + "-" + a.name(),
            fields("drg", drg.key().toString(), "peer", remotePeer(a)), Set.of(), Map.of(), List.of(drg.key()), List.of(), Optional.empty(), a));
      }
    }
    out.add(spec(ResourceType.DRG_ATTACHMENT, drg.vcnAttachmentKey(), drg.name() + "-vcn",
        fields("drg", drg.key().toString(), "vcn", VCN.toString()), Set.of("drg", "vcn"), Map.of(), List.of(drg.key(), VCN), List.of(),
        Optional.empty(), drg));
  }

  /** The logical key of a remote peering connection: {@code rpc:<attachment name>}. */
  public static RemotePeeringKey remotePeeringKey(DrgAttachment a) {
    return ResourceKey.remotePeering(a.name());
  }

  /**
   * The peer of a remote peering connection as plans show it: "&lt;peer RPC OCID&gt; in &lt;region&gt;",
   * or empty when no peer RPC is known (the connection then stays unconnected).
   */
  public static String remotePeer(DrgAttachment a) {
    return a.resourceId().map(id -> id + " in " + a.peerRegion().orElse("")).orElse("");
  }

  private static ResourceSpec gateway(ResolvedGateway g) {
    switch (g.target().kind()) {
      case INTERNET_GATEWAY:
        return spec(ResourceType.INTERNET_GATEWAY, g.key(), g.name(), fields("enabled", "true"), Set.of(), Map.of(),
            List.of(VCN), List.of(), Optional.empty(), g);
      case NAT_GATEWAY:
        return spec(ResourceType.NAT_GATEWAY, g.key(), g.name(),
            fields("blockTraffic", String.valueOf(g.nat().map(n -> n.blocksTraffic()).orElse(false)),
                "publicIp", g.nat().flatMap(n -> n.reservedPublicIpId()).orElse("assigned by OCI")),
            Set.of("publicIp"), Map.of(), List.of(VCN), List.of(), Optional.empty(), g);
      case SERVICE_GATEWAY:
        return spec(ResourceType.SERVICE_GATEWAY, g.key(), g.name(),
            fields("services", g.serviceScope().orElseThrow().name()), Set.of(), Map.of(), List.of(VCN), List.of(),
            Optional.empty(), g);
      default:
        return spec(ResourceType.LOCAL_PEERING_GATEWAY, g.key(), g.name(), fields("peer", g.peerGatewayId().orElse("")),
            Set.of(), Map.of(), List.of(VCN), List.of(), Optional.empty(), g);
    }
  }

  private static ResourceSpec routeTable(ResolvedNetwork net, ResolvedRouteTable rt) {
    Map<String, Object> rules = new TreeMap<>();
    Set<ResourceKey> deps = new LinkedHashSet<>(List.of(VCN));
    for (RouteRule r : rt.rules()) {
      rules.put(Canonical.routeRule(r), r);
      deps.add(ResolvedNetwork.targetKey(r.target()));
      if (r.target().kind() == RouteTarget.Kind.DRG) {
        // A route to a DRG is only accepted once the DRG is attached to the VCN.
        net.drg().ifPresent(d -> deps.add(d.vcnAttachmentKey()));
      }
    }
    return spec(ResourceType.ROUTE_TABLE, rt.key(), rt.name(), fields(), Set.of(), rules, List.copyOf(deps), List.of(),
        Optional.empty(), rt);
  }

  private static ResourceSpec ruleSet(ResourceType type, ResolvedRuleSet rs, CcmRules ccm) {
    Map<String, Object> rules = new TreeMap<>();
    Set<ResourceKey> ruleDeps = new LinkedHashSet<>();
    for (ResolvedSecurityRule r : rs.rules()) {
      rules.put(Canonical.securityRule(r), r);
      r.peer().nsgKey().filter(k -> !k.equals(rs.key())).ifPresent(ruleDeps::add);
    }
    return spec(type, rs.key(), rs.name(), fields(), Set.of(), rules, List.of(VCN), List.copyOf(ruleDeps),
        Optional.empty(), new RuleSetSource(rs, ccm));
  }

  private static ResourceSpec subnet(ResolvedSubnet s, boolean ownVcn) {
    List<ResourceKey> deps = new ArrayList<>(List.of(VCN, s.routeTableKey()));
    for (RuleSetKey sl : s.securityListKeys()) {
      if (ownVcn || !sl.equals(ResourceKey.defaultSecurityList())) {
        deps.add(sl);
      }
    }
    return spec(ResourceType.SUBNET, s.key(), s.name(),
        fields("cidrBlock", s.cidr().toString(), "dnsLabel", s.dnsLabel().orElse(""),
            "public", String.valueOf(s.isPublic()), "routeTable", s.routeTableKey().toString(),
            "securityLists", text(s.securityListKeys())),
        Set.of("cidrBlock", "dnsLabel", "public"), Map.of(), deps, List.of(), s.existingId(), s);
  }

  private static ResourceSpec cluster(ResolvedNetwork net) {
    ResolvedCluster c = net.cluster();
    List<ResourceKey> deps = new ArrayList<>(List.of(VCN, c.endpointSubnetKey()));
    deps.addAll(c.endpointNsgKeys());
    deps.addAll(c.serviceLbSubnetKeys());
    return spec(ResourceType.CLUSTER, c.key(), c.name(),
        fields("kubernetesVersion", c.kubernetesVersion(), "type", c.type().name(), "cni", c.cni().ociCniType(),
            "endpointSubnet", c.endpointSubnetKey().toString(), "endpointPublic", String.valueOf(c.endpointPublic()),
            "endpointNsgs", text(c.endpointNsgKeys()),
            "podsCidr", c.podsCidr().map(Object::toString).orElse(""), "servicesCidr", c.servicesCidr().toString(),
            "serviceLbSubnets", text(c.serviceLbSubnetKeys())),
        Set.of("type", "cni", "endpointSubnet", "endpointPublic", "endpointNsgs", "podsCidr", "servicesCidr",
            "serviceLbSubnets"), Map.of(), dedupe(deps), List.of(), c.existingId(), new ClusterSource(net));
  }

  /**
   * A node pool: created at its minimum size (OKE starts it there; a cluster autoscaler, when
   * installed, grows it up to the maximum), so a live size anywhere from minimum to maximum is
   * no change. Size, name and Kubernetes version change in place; shape, placement, NSGs and pod
   * networking replace the pool. The node image is chosen at creation and not compared.
   */
  private static ResourceSpec nodePool(ResolvedNetwork net, ResolvedNodePool p) {
    List<ResourceKey> deps = new ArrayList<>(List.of(ResourceKey.cluster(), p.workerSubnetKey()));
    p.podSubnetKey().ifPresent(deps::add);
    deps.addAll(p.nsgKeys());
    deps.addAll(p.podNsgKeys());
    return spec(ResourceType.NODE_POOL, p.key(), p.name(),
        fields("kubernetesVersion", net.cluster().kubernetesVersion(), "shape", p.pool().shape().name(),
            "ocpus", p.pool().shape().ocpus().map(String::valueOf).orElse(""), "size", String.valueOf(p.pool().minNodes()),
            "subnet", p.workerSubnetKey().toString(), "nsgs", text(p.nsgKeys()),
            "podSubnet", p.podSubnetKey().map(Object::toString).orElse(""), "podNsgs", text(p.podNsgKeys()),
            "maxPodsPerNode", net.cluster().cni() == dev.okenet.cluster.Cni.VCN_NATIVE ? String.valueOf(p.maxPodsPerNode()) : ""),
        Set.of("shape", "ocpus", "subnet", "nsgs", "podSubnet", "podNsgs", "maxPodsPerNode"), Map.of(), dedupe(deps), List.of(),
        Optional.empty(), new NodePoolSource(net, p));
  }

  private static List<ResourceKey> dedupe(List<ResourceKey> keys) {
    return List.copyOf(new LinkedHashSet<>(keys));
  }

  /** Keys as a plan's field shows them: their texts, comma-separated, in order. */
  static String text(List<? extends ResourceKey> keys) {
    return keys.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
  }

  static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static ResourceSpec spec(ResourceType type, ResourceKey key, String name, Map<String, String> fields,
      Set<String> replace, Map<String, Object> rules, List<ResourceKey> deps, List<ResourceKey> ruleDeps, Optional<String> existing,
      Object source) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("displayName", name);
    all.putAll(fields);
    return new ResourceSpec(type, key, name, all, replace, new TreeMap<>(rules), deps, ruleDeps, existing, source);
  }
}
