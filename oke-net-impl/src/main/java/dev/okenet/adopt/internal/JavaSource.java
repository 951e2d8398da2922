package dev.okenet.adopt.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an {@link OkeNetwork}'s network (VCN, subnets with their routes, rules and lists,
 * gateways, DRG, peerings, NSGs, cluster, pod networking, node pools) as the DSL calls that build
 * it. The Kubernetes side (Services, Ingresses, NetworkPolicies) is named in a comment: it comes
 * from the cluster's manifests.
 *
 * <pre>{@code
 * String expr = JavaSource.expression(network);   // "OkeNetwork.builder()\n    .name(\"prod\") ... .build()"
 * }</pre>
 */
public final class JavaSource {
  private static final String IN = "\n        ";

  private JavaSource() {}

  /** The imports the expression needs. */
  public static List<String> imports() {
    return List.of("dev.okenet.OkeNetwork", "dev.okenet.cluster.*", "dev.okenet.vcn.*");
  }

  /** The expression that builds {@code n}'s network. */
  public static String expression(OkeNetwork n) {
    StringBuilder b = new StringBuilder("OkeNetwork.builder()");
    call(b, "name(" + str(n.name()) + ")");
    call(b, "compartmentId(" + str(n.compartmentId()) + ")");
    call(b, "region(" + str(n.region()) + ")");
    call(b, "vcn(" + vcn(n) + ")");
    call(b, "podNetworking(" + (n.podNetworking().isVcnNative() ? "PodNetworking.vcnNative()"
        : "PodNetworking.flannel(" + str(n.podNetworking().podsCidr().map(Cidr::toString).orElse(dev.okenet.cluster.PodNetworking.DEFAULT_FLANNEL_PODS_CIDR)) + ")") + ")");
    call(b, "cluster(" + cluster(n) + ")");
    call(b, "securityEnforcement(SecurityEnforcement." + n.securityEnforcement().name() + ")");
    call(b, "generatesOkeRules(" + n.generatesOkeRules() + ")");
    call(b, "generatesLoadBalancerRules(" + n.generatesLoadBalancerRules() + ")");
    call(b, "internetEgress(InternetEgress." + n.internetEgress().name() + ")");
    call(b, "apiEndpoint(" + subnet(n.apiEndpoint()) + ")");
    call(b, "workers(" + subnet(n.workers()) + ")");
    n.pods().ifPresent(s -> call(b, "pods(" + subnet(s) + ")"));
    n.publicLoadBalancers().ifPresent(s -> call(b, "publicLoadBalancers(" + subnet(s) + ")"));
    n.internalLoadBalancers().ifPresent(s -> call(b, "internalLoadBalancers(" + subnet(s) + ")"));
    n.extraSubnets().forEach(s -> call(b, "addExtraSubnet(" + subnet(s) + ")"));
    call(b, "gateways(" + gateways(n) + ")");
    n.drg().ifPresent(d -> {
      StringBuilder e = new StringBuilder(d.existingId().map(id -> "Drg.of().withExistingId(" + str(id) + ")").orElse("Drg.of()"));
      d.attachments().forEach(a -> e.append(IN).append("    .addAttachment(").append(attachment(a)).append(")"));
      call(b, "drg(" + e + ")");
    });
    n.localPeerings().forEach(l -> call(b, "addLocalPeering(" + peering(l) + ")"));
    n.nsgs().forEach(g -> call(b, "addNsg(" + nsg(g) + ")"));
    n.nodePools().forEach(p -> call(b, "addNodePool(" + pool(p) + ")"));
    if (!n.services().isEmpty() || !n.ingresses().isEmpty() || !n.policies().isEmpty()) {
      b.append(IN).append("// From the cluster's manifests, not written here: ").append(n.services().size()).append(" Services, ")
          .append(n.ingresses().size()).append(" Ingresses, ").append(n.policies().size()).append(" NetworkPolicies.");
    }
    b.append(IN).append(".build()");
    return b.toString();
  }

  private static void call(StringBuilder b, String call) {
    b.append(IN).append('.').append(call);
  }

  private static String vcn(OkeNetwork n) {
    List<String> cidrs = n.vcn().cidrs().stream().map(c -> str(c.toString())).toList();
    String e = n.vcn().existingId().map(id -> "Vcn.of(" + String.join(", ", cidrs) + ").withExistingId(" + str(id) + ")")
        .orElse("Vcn.of(" + String.join(", ", cidrs) + ")");
    e += n.vcn().dnsLabel().map(l -> ".withDnsLabel(" + str(l) + ")").orElse("");
    e += n.vcn().ipv6Cidr().map(c -> ".withIpv6Cidr(" + str(c.toString()) + ")").orElse("");
    return e;
  }

  private static String cluster(OkeNetwork n) {
    var c = n.cluster();
    String e = (c.type() == dev.okenet.cluster.ClusterType.BASIC ? "Cluster.basic(" : "Cluster.enhanced(") + str(c.kubernetesVersion()) + ")";
    String endpoint = c.endpoint().isPublic() ? "ApiEndpoint.publicEndpoint()" : "ApiEndpoint.privateEndpoint()";
    if (!c.endpoint().allowedClients().isEmpty()) {
      endpoint += ".addAllowedClients(" + c.endpoint().allowedClients().stream().map(x -> str(x.toString())).collect(Collectors.joining(", ")) + ")";
    }
    e += IN + "    .withEndpoint(" + endpoint + ")";
    e += IN + "    .withServicesCidr(" + str(c.servicesCidr().toString()) + ")";
    e += IN + "    .withPolicyEngine(PolicyEngine." + c.policyEngine().name() + ")";
    e += c.existingId().map(id -> IN + "    .withExistingId(" + str(id) + ")").orElse("");
    return e;
  }

  private static String subnet(Subnet s) {
    String size = s.cidr().map(x -> str(x.toString())).orElseGet(() -> s.prefixLength().map(String::valueOf).orElse(""));
    StringBuilder e = new StringBuilder((s.isPublic() ? "Subnet.publicSubnet(" : "Subnet.privateSubnet(") + size + ")");
    s.name().ifPresent(x -> e.append(".withName(").append(str(x)).append(")"));
    s.dnsLabel().ifPresent(x -> e.append(".withDnsLabel(").append(str(x)).append(")"));
    s.existingId().ifPresent(x -> e.append(IN).append("    .withExistingId(").append(str(x)).append(")"));
    s.extraRouteRules().forEach(r -> e.append(IN).append("    .addRouteRule(").append(route(r)).append(")"));
    s.extraSecurityRules().forEach(r -> e.append(IN).append("    .addSecurityRule(").append(rule(r)).append(")"));
    s.securityLists().forEach(l -> e.append(IN).append("    .addSecurityList(").append(list(l)).append(")"));
    return e.toString();
  }

  private static String gateways(OkeNetwork n) {
    var g = n.gateways();
    StringBuilder e = new StringBuilder(g.hasInternetGateway() ? "Gateways.internet()" : "Gateways.none()");
    g.natGateway().ifPresent(nat -> {
      String x = nat.reservedPublicIpId().map(id -> "NatGateway.standard().withReservedPublicIpId(" + str(id) + ")").orElse("NatGateway.standard()");
      e.append(".withNat(").append(x).append(nat.blocksTraffic() ? ".withBlocksTraffic(true)" : "").append(")");
    });
    g.serviceGatewayScope().ifPresent(s -> e.append(".withServiceGateway(ServiceGatewayScope.").append(s.name()).append(")"));
    return e.toString();
  }

  private static String attachment(DrgAttachment a) {
    String cidrs = a.reachableCidrs().stream().map(c -> ", " + str(c.toString())).collect(Collectors.joining());
    switch (a.kind()) {
      case IPSEC_VPN:
        return "DrgAttachment.ipsecVpn(" + str(a.name()) + ", " + str(a.resourceId().orElse("")) + cidrs + ")";
      case FASTCONNECT:
        return "DrgAttachment.fastConnect(" + str(a.name()) + ", " + str(a.resourceId().orElse("")) + cidrs + ")";
      default:
        return "DrgAttachment.remotePeering(" + str(a.name()) + ", " + str(a.peerRegion().orElse("")) + cidrs + ")";
    }
  }

  private static String peering(LocalPeering l) {
    String e = "LocalPeering.to(" + str(l.name()) + l.peerCidrs().stream().map(c -> ", " + str(c.toString())).collect(Collectors.joining()) + ")";
    return e + l.peerGatewayId().map(id -> ".withPeerGatewayId(" + str(id) + ")").orElse("");
  }

  private static String nsg(Nsg g) {
    StringBuilder e = new StringBuilder("Nsg.named(" + str(g.name()) + ")");
    g.rules().forEach(r -> e.append(IN).append("    .addRule(").append(rule(r)).append(")"));
    return e.toString();
  }

  private static String list(SecurityList l) {
    StringBuilder e = new StringBuilder("SecurityList.named(" + str(l.name()) + ")");
    l.rules().forEach(r -> e.append(IN).append("        .addRule(").append(rule(r)).append(")"));
    return e.toString();
  }

  private static String pool(NodePool p) {
    Shape s = p.shape();
    String shape = s.ocpus().map(o -> "Shape.flex(" + str(s.name()) + ", " + o + ")").orElse("Shape.of(" + str(s.name()) + ", " + s.vnics() + ")");
    StringBuilder e = new StringBuilder("NodePool.of(" + str(p.name()) + ", " + shape + ", " + p.minNodes() + ", " + p.maxNodes() + ")");
    p.maxPodsPerNode().ifPresent(m -> e.append(".withMaxPodsPerNode(").append(m).append(")"));
    if (p.surge() != 1) {
      e.append(".withSurge(").append(p.surge()).append(")");
    }
    if (!p.nsgNames().isEmpty()) {
      e.append(".addNsgs(").append(p.nsgNames().stream().map(JavaSource::str).collect(Collectors.joining(", "))).append(")");
    }
    if (!p.podNsgNames().isEmpty()) {
      e.append(".addPodNsgs(").append(p.podNsgNames().stream().map(JavaSource::str).collect(Collectors.joining(", "))).append(")");
    }
    return e.toString();
  }

  /** A rule as DSL: SecurityRule.ingress(peer, port), then stateless and description. */
  static String rule(SecurityRule r) {
    String e = (r.direction() == dev.okenet.vcn.Direction.INGRESS ? "SecurityRule.ingress(" : "SecurityRule.egress(") + peer(r.peer())
        + ", " + port(r.port()) + ")";
    e += r.isStateful() ? "" : ".withStateful(false)";
    return e + (r.description().isEmpty() ? "" : ".withDescription(" + str(r.description()) + ")");
  }

  private static String route(RouteRule r) {
    String target = r.target().toCode();
    String e = r.isServiceNetwork() ? "RouteRule.toServiceNetwork(" + target + ")" : "RouteRule.to(" + str(r.destinationText()) + ", " + target + ")";
    return e + (r.description().isEmpty() ? "" : ".withDescription(" + str(r.description()) + ")");
  }

  private static String peer(Peer p) {
    if (p instanceof Peer.CidrPeer c) {
      return p.isAnyIpv4() ? "Peer.anyIpv4()" : "Peer.ipv4(" + str(c.cidr().toString()) + ")";
    }
    if (p instanceof Peer.RolePeer r) {
      return "Peer.role(SubnetRole." + r.role().name() + ")";
    }
    if (p instanceof Peer.NsgPeer n) {
      return "Peer.nsg(" + str(n.name()) + ")";
    }
    return "Peer.serviceNetwork()";
  }

  private static String port(Port p) {
    switch (p.protocol()) {
      case ALL:
        return "Port.all()";
      case ICMP:
        if (p.icmpType().isEmpty()) {
          return "Port.allIcmp()";
        }
        return p.icmpCode().isEmpty() ? "Port.icmp(" + p.icmpType().getAsInt() + ")"
            : "Port.icmp(" + p.icmpType().getAsInt() + ", " + p.icmpCode().getAsInt() + ")";
      default:
        String kind = p.protocol() == dev.okenet.vcn.Protocol.TCP ? "Tcp" : "Udp";
        if (p.isAllPorts()) {
          return "Port.all" + kind + "()";
        }
        int from = p.fromPort().getAsInt();
        int to = p.toPort().getAsInt();
        return from == to ? "Port." + kind.toLowerCase() + "(" + from + ")" : "Port." + kind.toLowerCase() + "Range(" + from + ", " + to + ")";
    }
  }

  /** A Java string literal; non-ASCII characters as unicode escapes so the source compiles in any encoding. */
  static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
