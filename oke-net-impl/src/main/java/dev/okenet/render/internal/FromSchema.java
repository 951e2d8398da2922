package dev.okenet.render.internal;

import static dev.okenet.render.internal.Read.at;
import static dev.okenet.render.internal.Read.enumValue;
import static dev.okenet.render.internal.Read.flag;
import static dev.okenet.render.internal.Read.list;
import static dev.okenet.render.internal.Read.required;

import dev.okenet.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.ClusterType;
import dev.okenet.cluster.Cni;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.cluster.Shape;
import dev.okenet.render.ModelFormatException;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.InternetEgress;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Maps a {@link Schema} document onto an {@link OkeNetwork} through the model's public factories,
 * so every value passes the model's own checks. Each error carries the JSON path of the value that
 * caused it. Kubernetes intent (services, ingresses, policies) is read by {@link FromKubeSchema}.
 *
 * <pre>{@code
 * OkeNetwork prod = FromSchema.of(SchemaMapper.JSON.read(json));
 * }</pre>
 */
public final class FromSchema {
  private FromSchema() {}

  /** The network {@code d} describes. */
  public static OkeNetwork of(Schema.Network d) {
    JsonPath root = JsonPath.root();
    if (d.schemaVersion() != null && d.schemaVersion() != Schema.VERSION) {
      throw new ModelFormatException(root.field("schemaVersion").toString(), "schema version " + d.schemaVersion()
          + " is not supported; this library reads version " + Schema.VERSION + ". Write \"schemaVersion\": " + Schema.VERSION + " or leave it out.");
    }
    OkeNetwork.Builder b = OkeNetwork.builder();
    b.name(required(root.field("name"), d.name(), "\"name\": \"prod\""));
    b.compartmentId(required(root.field("compartmentId"), d.compartmentId(), "\"compartmentId\": \"ocid1.compartment.oc1..aaaa…\""));
    if (d.region() != null) {
      b.region(d.region());
    }
    b.vcn(vcn(root.field("vcn"), required(root.field("vcn"), d.vcn(), "\"vcn\": {\"cidrs\": [\"10.0.0.0/16\"]}")));
    if (d.podNetworking() != null) {
      b.podNetworking(podNetworking(root.field("podNetworking"), d.podNetworking()));
    }
    if (d.cluster() != null) {
      b.cluster(cluster(root.field("cluster"), d.cluster()));
    }
    subnets(root.field("subnets"), required(root.field("subnets"), d.subnets(),
        "\"subnets\": {\"apiEndpoint\": {\"public\": false, \"prefixLength\": 28}, \"workers\": {\"public\": false, \"prefixLength\": 22}}"), b);
    b.addAllExtraSubnets(each(root.field("extraSubnets"), d.extraSubnets(), (p, s) -> {
      required(p.field("name"), s.name(), "\"name\": \"bastion\" (extra subnets need a name)");
      return subnet(p, s);
    }));
    if (d.gateways() != null) {
      b.gateways(gateways(root.field("gateways"), d.gateways()));
    }
    if (d.drg() != null) {
      b.drg(drg(root.field("drg"), d.drg()));
    }
    b.addAllLocalPeerings(each(root.field("localPeerings"), d.localPeerings(), FromSchema::localPeering));
    b.addAllNsgs(each(root.field("nsgs"), d.nsgs(), FromSchema::nsg));
    if (d.securityEnforcement() != null) {
      b.securityEnforcement(enumValue(root.field("securityEnforcement"), SecurityEnforcement.class, d.securityEnforcement()));
    }
    if (d.generatesLoadBalancerRules() != null) {
      b.generatesLoadBalancerRules(d.generatesLoadBalancerRules());
    }
    if (d.generatesOkeRules() != null) {
      b.generatesOkeRules(d.generatesOkeRules());
    }
    if (d.internetEgress() != null) {
      b.internetEgress(enumValue(root.field("internetEgress"), InternetEgress.class, d.internetEgress()));
    }
    b.addAllNodePools(each(root.field("nodePools"), d.nodePools(), FromSchema::nodePool));
    b.addAllServices(each(root.field("services"), d.services(), FromKubeSchema::service));
    b.addAllIngresses(each(root.field("ingresses"), d.ingresses(), FromKubeSchema::ingress));
    b.addAllPolicies(each(root.field("policies"), d.policies(), FromKubeSchema::policy));
    return at(root, b::build);
  }

  /** Reads every element of a list field (absent means empty); a null element is an error at its index. */
  static <S, T> List<T> each(JsonPath path, List<S> items, BiFunction<JsonPath, S, T> read) {
    List<T> out = new ArrayList<>();
    List<S> all = list(items);
    for (int i = 0; i < all.size(); i++) {
      JsonPath p = path.index(i);
      out.add(read.apply(p, required(p, all.get(i), "an object or value instead of null")));
    }
    return out;
  }

  /** CIDR texts, each checked at its own index. */
  static List<Cidr> cidrs(JsonPath path, List<String> texts) {
    return each(path, texts, (p, t) -> at(p, () -> Cidr.of(t)));
  }

  static String[] cidrTexts(JsonPath path, List<String> texts) {
    return cidrs(path, texts).stream().map(Cidr::toString).toArray(String[]::new);
  }

  private static Vcn vcn(JsonPath path, Schema.Vcn d) {
    String[] cidrs = cidrTexts(path.field("cidrs"), d.cidrs());
    if (cidrs.length == 0) {
      throw new ModelFormatException(path.field("cidrs").toString(), "a VCN needs at least one IPv4 CIDR block, e.g. [\"10.0.0.0/16\"].");
    }
    String[] more = java.util.Arrays.copyOfRange(cidrs, 1, cidrs.length);
    Vcn vcn = d.existingId() == null ? Vcn.of(cidrs[0], more) : at(path.field("existingId"), () -> Vcn.existing(d.existingId(), cidrs[0], more));
    if (d.dnsLabel() != null) {
      Vcn v = vcn;
      vcn = at(path.field("dnsLabel"), () -> v.withDnsLabel(d.dnsLabel()));
    }
    if (d.ipv6Cidr() != null) {
      Vcn v = vcn;
      vcn = at(path.field("ipv6Cidr"), () -> v.withIpv6(d.ipv6Cidr()));
    }
    return vcn;
  }

  private static PodNetworking podNetworking(JsonPath path, Schema.PodNetworking d) {
    Cni cni = enumValue(path.field("cni"), Cni.class, required(path.field("cni"), d.cni(), "\"cni\": \"VCN_NATIVE\""));
    if (cni == Cni.VCN_NATIVE) {
      if (d.podsCidr() != null) {
        throw new ModelFormatException(path.field("podsCidr").toString(), "VCN-native pods take addresses from the pods subnet, not from podsCidr "
            + d.podsCidr() + ". Remove podsCidr, or set \"cni\": \"FLANNEL\".");
      }
      return PodNetworking.vcnNative();
    }
    return d.podsCidr() == null ? PodNetworking.flannel() : at(path.field("podsCidr"), () -> PodNetworking.flannel(d.podsCidr()));
  }

  private static Cluster cluster(JsonPath path, Schema.Cluster d) {
    String version = d.kubernetesVersion() == null ? Cluster.DEFAULT_KUBERNETES_VERSION : d.kubernetesVersion();
    ClusterType type = d.type() == null ? ClusterType.ENHANCED : enumValue(path.field("type"), ClusterType.class, d.type());
    Cluster c = at(path.field("kubernetesVersion"), () -> type == ClusterType.BASIC ? Cluster.basic(version) : Cluster.enhanced(version));
    if (d.endpoint() != null) {
      JsonPath ep = path.field("endpoint");
      ApiEndpoint endpoint = flag(d.endpoint().isPublic(), false) ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint();
      c = c.withEndpoint(endpoint.allowClients(cidrTexts(ep.field("allowedClients"), d.endpoint().allowedClients())));
    }
    if (d.servicesCidr() != null) {
      Cluster x = c;
      c = at(path.field("servicesCidr"), () -> x.withServicesCidr(d.servicesCidr()));
    }
    if (d.policyEngine() != null) {
      c = c.withPolicyEngine(enumValue(path.field("policyEngine"), PolicyEngine.class, d.policyEngine()));
    }
    if (d.existingId() != null) {
      Cluster x = c;
      c = at(path.field("existingId"), () -> x.withExistingId(d.existingId()));
    }
    return c;
  }

  private static void subnets(JsonPath path, Schema.Subnets d, OkeNetwork.Builder b) {
    b.apiEndpoint(subnet(path.field("apiEndpoint"), required(path.field("apiEndpoint"), d.apiEndpoint(), "{\"public\": false, \"prefixLength\": 28}")));
    b.workers(subnet(path.field("workers"), required(path.field("workers"), d.workers(), "{\"public\": false, \"prefixLength\": 22}")));
    if (d.pods() != null) {
      b.pods(subnet(path.field("pods"), d.pods()));
    }
    if (d.publicLoadBalancers() != null) {
      b.publicLoadBalancers(subnet(path.field("publicLoadBalancers"), d.publicLoadBalancers()));
    }
    if (d.internalLoadBalancers() != null) {
      b.internalLoadBalancers(subnet(path.field("internalLoadBalancers"), d.internalLoadBalancers()));
    }
  }

  private static Subnet subnet(JsonPath path, Schema.Subnet d) {
    Subnet.Builder b = Subnet.builder();
    b.isPublic(required(path.field("public"), d.isPublic(), "\"public\": false"));
    if (d.cidr() != null) {
      b.cidr(at(path.field("cidr"), () -> Cidr.of(d.cidr())));
    }
    if (d.prefixLength() != null) {
      b.prefixLength(d.prefixLength());
    }
    if (d.dnsLabel() != null) {
      b.dnsLabel(d.dnsLabel());
    }
    if (d.name() != null) {
      b.name(d.name());
    }
    if (d.existingId() != null) {
      b.existingId(d.existingId());
    }
    b.addAllExtraRouteRules(each(path.field("routeRules"), d.routeRules(), RuleReader::route));
    b.addAllExtraSecurityRules(each(path.field("securityRules"), d.securityRules(), RuleReader::rule));
    b.addAllSecurityLists(each(path.field("securityLists"), d.securityLists(), (p, l) ->
        SecurityList.named(at(p.field("name"), () -> required(p.field("name"), l.name(), "\"name\": \"monitoring\"")))
            .withAllRules(each(p.field("rules"), l.rules(), RuleReader::rule))));
    return at(path, b::build);
  }

  private static Gateways gateways(JsonPath path, Schema.Gateways d) {
    Gateways g = Gateways.none();
    if (flag(d.internet(), false)) {
      g = g.withInternetGateway();
    }
    if (d.nat() != null) {
      JsonPath np = path.field("nat");
      NatGateway nat = d.nat().reservedPublicIpId() == null ? NatGateway.standard()
          : at(np.field("reservedPublicIpId"), () -> NatGateway.withReservedIp(d.nat().reservedPublicIpId()));
      g = g.nat(flag(d.nat().blocksTraffic(), false) ? nat.blockingTraffic() : nat);
    }
    if (d.serviceGateway() != null) {
      g = g.serviceGateway(enumValue(path.field("serviceGateway"), ServiceGatewayScope.class, d.serviceGateway()));
    }
    return g;
  }

  private static Drg drg(JsonPath path, Schema.Drg d) {
    Drg drg = d.existingId() == null ? Drg.create() : at(path.field("existingId"), () -> Drg.existing(d.existingId()));
    for (DrgAttachment a : each(path.field("attachments"), d.attachments(), FromSchema::attachment)) {
      drg = drg.with(a);
    }
    return drg;
  }

  private static DrgAttachment attachment(JsonPath path, Schema.DrgAttachment d) {
    String name = required(path.field("name"), d.name(), "\"name\": \"onprem\"");
    DrgAttachment.Kind kind = enumValue(path.field("kind"), DrgAttachment.Kind.class,
        required(path.field("kind"), d.kind(), "\"kind\": \"IPSEC_VPN\""));
    String[] cidrs = cidrTexts(path.field("reachableCidrs"), d.reachableCidrs());
    if (kind == DrgAttachment.Kind.REMOTE_PEERING) {
      String region = required(path.field("peerRegion"), d.peerRegion(), "\"peerRegion\": \"us-phoenix-1\"");
      // For remote peering, resourceId is the peer region's RPC to connect to (optional).
      return at(path, () -> d.resourceId() == null ? DrgAttachment.remotePeering(name, region, cidrs)
          : DrgAttachment.remotePeering(name, region, cidrs).connectedTo(d.resourceId()));
    }
    if (d.peerRegion() != null) {
      throw new ModelFormatException(path.field("peerRegion").toString(), "only REMOTE_PEERING attachments have a peerRegion; " + kind + " has resourceId. Remove peerRegion.");
    }
    String id = required(path.field("resourceId"), d.resourceId(), kind == DrgAttachment.Kind.IPSEC_VPN
        ? "\"resourceId\": \"ocid1.ipsecconnection.oc1…\"" : "\"resourceId\": \"ocid1.virtualcircuit.oc1…\"");
    return at(path, () -> kind == DrgAttachment.Kind.IPSEC_VPN ? DrgAttachment.ipsecVpn(name, id, cidrs) : DrgAttachment.fastConnect(name, id, cidrs));
  }

  private static LocalPeering localPeering(JsonPath path, Schema.LocalPeering d) {
    String name = required(path.field("name"), d.name(), "\"name\": \"shared\"");
    String[] cidrs = cidrTexts(path.field("peerCidrs"), d.peerCidrs());
    LocalPeering lpg = at(path, () -> LocalPeering.to(name, cidrs));
    return d.peerGatewayId() == null ? lpg : at(path.field("peerGatewayId"), () -> lpg.withPeerGatewayId(d.peerGatewayId()));
  }

  private static Nsg nsg(JsonPath path, Schema.RuleSet d) {
    Nsg nsg = at(path.field("name"), () -> Nsg.named(required(path.field("name"), d.name(), "\"name\": \"bastion\"")));
    for (var rule : each(path.field("rules"), d.rules(), RuleReader::rule)) {
      nsg = nsg.withRule(rule);
    }
    return nsg;
  }

  private static NodePool nodePool(JsonPath path, Schema.NodePool d) {
    String name = required(path.field("name"), d.name(), "\"name\": \"general\"");
    Shape shape = shape(path.field("shape"), required(path.field("shape"), d.shape(), "{\"name\": \"VM.Standard.E5.Flex\", \"ocpus\": 4}"));
    int min = required(path.field("minNodes"), d.minNodes(), "\"minNodes\": 3");
    int max = required(path.field("maxNodes"), d.maxNodes(), "\"maxNodes\": 12");
    NodePool pool = at(path, () -> NodePool.of(name, shape, min, max));
    if (d.maxPodsPerNode() != null) {
      NodePool p = pool;
      pool = at(path.field("maxPodsPerNode"), () -> p.withMaxPodsPerNode(d.maxPodsPerNode()));
    }
    if (d.surge() != null) {
      NodePool p = pool;
      pool = at(path.field("surge"), () -> p.withSurge(d.surge()));
    }
    List<String> nsgs = each(path.field("nsgs"), d.nsgs(), (p, s) -> s);
    List<String> podNsgs = each(path.field("podNsgs"), d.podNsgs(), (p, s) -> s);
    return pool.withNsgs(nsgs.toArray(String[]::new)).withPodNsgs(podNsgs.toArray(String[]::new));
  }

  /** Flexible when OCPUs are given (VNICs follow from them), else an explicit VNIC count, else the built-in table. */
  private static Shape shape(JsonPath path, Schema.Shape d) {
    String name = required(path.field("name"), d.name(), "\"name\": \"VM.Standard.E5.Flex\"");
    if (d.ocpus() != null) {
      Shape flex = at(path.field("ocpus"), () -> Shape.flex(name, d.ocpus()));
      if (d.vnics() != null && d.vnics() != flex.vnics()) {
        throw new ModelFormatException(path.field("vnics").toString(), "flexible shape " + name + " with " + d.ocpus() + " OCPUs gets "
            + flex.vnics() + " VNICs, not " + d.vnics() + ". Remove vnics (it follows from ocpus), or remove ocpus to give the VNIC count yourself.");
      }
      return flex;
    }
    if (d.vnics() != null) {
      return at(path.field("vnics"), () -> Shape.of(name, d.vnics()));
    }
    return at(path.field("name"), () -> Shape.fixed(name));
  }
}
