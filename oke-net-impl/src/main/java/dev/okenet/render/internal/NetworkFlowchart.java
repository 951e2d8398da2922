package dev.okenet.render.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.InternetGatewayKey;
import dev.okenet.key.NatGatewayKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.ServiceGatewayKey;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.ServicePort;
import dev.okenet.resolved.ResolvedDrg;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws a resolved network as a Mermaid flowchart: the VCN as a subgraph of subnets (role, CIDR,
 * visibility), gateways beside it, one edge per subnet and gateway its route table uses (labelled
 * with the destinations), the DRG's attachments with their CIDRs, LPGs with their peers, and each
 * LoadBalancer Service pointing at its load balancer subnet.
 *
 * <pre>{@code
 * NetworkFlowchart.draw(prod.resolve());   // "flowchart LR\n  subgraph n_vcn[...]..."
 * }</pre>
 */
public final class NetworkFlowchart {
  private static final String INTERNET = "internet";
  private static final String ORACLE_SERVICES = "oracle-services";

  private final ResolvedNetwork network;
  private final MermaidText text = new MermaidText();
  private final List<String> lines = new ArrayList<>();
  private final Set<String> declared = new LinkedHashSet<>();

  private NetworkFlowchart(ResolvedNetwork network) {
    this.network = network;
  }

  /** The flowchart's text, starting with "flowchart LR". */
  public static String draw(ResolvedNetwork network) {
    return new NetworkFlowchart(network).render();
  }

  private String render() {
    lines.add("flowchart LR");
    vcn();
    gateways();
    drg();
    routes();
    loadBalancers();
    return String.join("\n", lines) + "\n";
  }

  private void vcn() {
    String cidrs = network.vcn().cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
    lines.add("  subgraph " + text.id(ResourceKey.vcn().toString()) + "[" + MermaidText.label("VCN " + network.vcn().name() + " · " + cidrs) + "]");
    for (ResolvedSubnet s : network.subnets()) {
      node("    ", s.key().toString(), "[", "]", subnetTitle(s), s.cidr() + " · " + (s.isPublic() ? "public" : "private"));
    }
    lines.add("  end");
  }

  private static String subnetTitle(ResolvedSubnet s) {
    if (s.role() == SubnetRole.CUSTOM) {
      return s.key().label() + " (extra subnet)";
    }
    return s.role().label() + " subnet";
  }

  private void gateways() {
    if (network.gateways().stream().anyMatch(g -> g.key() instanceof InternetGatewayKey || g.key() instanceof NatGatewayKey)) {
      node("  ", INTERNET, "((", "))", "Internet");
    }
    if (network.gateways().stream().anyMatch(g -> g.key() instanceof ServiceGatewayKey)) {
      node("  ", ORACLE_SERVICES, "((", "))", "Oracle Services Network");
    }
    for (ResolvedGateway g : network.gateways()) {
      String key = g.key().toString();
      switch (g.target().kind()) {
        case INTERNET_GATEWAY:
          node("  ", key, "([", "])", "internet gateway");
          edge(key, INTERNET, "");
          break;
        case NAT_GATEWAY:
          node("  ", key, "([", "])", "NAT gateway" + (g.nat().map(n -> n.blocksTraffic()).orElse(false) ? " (blocking)" : ""));
          edge(key, INTERNET, "");
          break;
        case SERVICE_GATEWAY:
          node("  ", key, "([", "])", "service gateway",
              g.serviceScope().orElse(ServiceGatewayScope.ALL_SERVICES) == ServiceGatewayScope.ALL_SERVICES ? "all services" : "Object Storage");
          edge(key, ORACLE_SERVICES, "");
          break;
        default:
          node("  ", key, "([", "])", "LPG " + g.target().lpgName().orElse(""));
          String peer = "peer:" + key;
          node("  ", peer, "[(", ")]", "peer VCN " + g.target().lpgName().orElse(""), cidrs(g.peerCidrs()));
          edge(key, peer, "");
      }
    }
  }

  private void drg() {
    for (ResolvedDrg d : network.drg().stream().toList()) {
      node("  ", d.key().toString(), "{{", "}}", "DRG " + d.name() + d.existingId().map(id -> " (existing)").orElse(""));
      for (DrgAttachment a : d.attachments()) {
        String key = "drg-attachment:" + a.name();
        node("  ", key, "[(", ")]", kindLabel(a.kind()) + " " + a.name(), cidrs(a.reachableCidrs()));
        edge(d.key().toString(), key, "");
      }
    }
  }

  private static String kindLabel(DrgAttachment.Kind kind) {
    switch (kind) {
      case IPSEC_VPN:
        return "on-premises via IPSec VPN";
      case FASTCONNECT:
        return "on-premises via FastConnect";
      default:
        return "remote peering";
    }
  }

  /** One edge per subnet and gateway, labelled with every destination the route table sends there. */
  private void routes() {
    for (ResolvedSubnet s : network.subnets()) {
      ResolvedRouteTable table = network.routeTable(s.routeTableKey()).orElse(null);
      if (table == null) {
        continue;
      }
      Map<String, List<String>> destinationsByTarget = new LinkedHashMap<>();
      Map<String, RouteTarget> targets = new LinkedHashMap<>();
      for (RouteRule r : table.rules()) {
        String key = ResolvedNetwork.targetKey(r.target()).toString();
        targets.put(key, r.target());
        destinationsByTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(r.isServiceNetwork() ? "Oracle services" : r.destinationText());
      }
      destinationsByTarget.forEach((target, destinations) -> {
        if (!declared.contains(target)) {
          // A route to a gateway the network lacks: draw it, marked, rather than let Mermaid invent a bare node.
          node("  ", target, "([", "])", targets.get(target) + " (not in network)");
        }
        edge(s.key().toString(), target, String.join(", ", destinations));
      });
    }
  }

  private void loadBalancers() {
    for (ResolvedLoadBalancer lb : network.loadBalancers()) {
      LoadBalancerOptions o = lb.service().loadBalancer().orElseThrow();
      String key = "service:" + lb.service().ref();
      String kind = (o.isInternal() ? "internal " : "public ") + (o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "LB");
      String ports = lb.service().ports().stream().map(NetworkFlowchart::port).collect(Collectors.joining(", "));
      node("  ", key, "[/", "/]", "Service " + lb.service().ref(), kind + " · " + ports);
      if (lb.subnetKey().isPresent()) {
        lines.add("  " + text.id(key) + " -.-> " + text.id(lb.subnetKey().get().toString()));
      } else {
        String missing = "missing:" + key;
        node("  ", missing, "[", "]", "no " + (o.isInternal() ? "internal" : "public") + " load balancer subnet");
        lines.add("  " + text.id(key) + " -.-x " + text.id(missing));
      }
    }
  }

  private static String port(ServicePort p) {
    String proto = p.protocol().name().toLowerCase(Locale.ROOT);
    return p.port() == p.targetPort() ? p.port() + "/" + proto : p.port() + "→" + p.targetPort() + "/" + proto;
  }

  private static String cidrs(List<Cidr> cidrs) {
    return cidrs.stream().map(Cidr::toString).collect(Collectors.joining(", "));
  }

  private void node(String indent, String key, String open, String close, String... label) {
    declared.add(key);
    lines.add(indent + text.id(key) + open + MermaidText.label(label) + close);
  }

  private void edge(String from, String to, String label) {
    lines.add("  " + text.id(from) + " -->" + (label.isEmpty() ? " " : "|" + MermaidText.label(label) + "| ") + text.id(to));
  }
}
