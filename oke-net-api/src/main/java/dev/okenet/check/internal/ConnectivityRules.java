package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** OKE-NET-*: gateways and routes that leave nodes, clients or peers without a path. Not for users. */
final class ConnectivityRules {
  private ConnectivityRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-NET-001", Severity.ERROR, "Private workers with neither NAT nor service gateway",
            "Private nodes reach OKE's control plane services, the registry and Object Storage through a NAT gateway or a "
                + "service gateway to all Oracle services; with neither, nodes never join the cluster.",
            "Add both: gateways(Gateways.none().withNat().withServiceGateway()) (start from Gateways.internet() for public LBs).",
            ConnectivityRules::privateWorkersStranded),
        define("OKE-NET-002", Severity.WARNING, "Private API endpoint with no client path",
            "A private endpoint answers only addresses routed to the VCN; if no allowed client CIDR is inside the VCN or "
                + "behind the DRG or a local peering, kubectl and CI cannot reach the cluster.",
            "Allow a client CIDR that is routed to the VCN (e.g. on-premises behind the DRG), or use a public endpoint "
                + "restricted to your CIDRs, or OCI Bastion.",
            ConnectivityRules::privateEndpointUnreachable),
        define("OKE-NET-003", Severity.ERROR, "Route destination sent to two targets",
            "A route table may hold one rule per destination; OCI rejects the table, and if it did not, traffic would "
                + "take an unpredictable path.",
            "Keep one target per destination; express an exception with a more specific CIDR.",
            ConnectivityRules::conflictingRoutes),
        define("OKE-NET-004", Severity.ERROR, "Routes to a DRG the network does not attach",
            "A route rule targeting the DRG needs a DRG attached to the VCN; without one OCI rejects the rule.",
            "Declare drg(Drg.of(..attachments)), or drg(Drg.of().withExistingId(ocid)) for an existing DRG, or remove the route.",
            ConnectivityRules::drgRouteWithoutDrg),
        define("OKE-NET-005", Severity.ERROR, "Route to a gateway the network does not have",
            "A route rule targeting an internet, NAT or service gateway, or a local peering gateway, that is not declared "
                + "cannot be created.",
            "Declare the gateway (gateways(..), addLocalPeering(..)) or remove the route.",
            ConnectivityRules::routeToMissingGateway),
        define("OKE-NET-006", Severity.WARNING, "Internet gateway route in a private subnet",
            "Resources without public IPs cannot use an internet gateway: the traffic is dropped. Private subnets reach the "
                + "internet through a NAT gateway.",
            "Route 0.0.0.0/0 to the NAT gateway (oke-net does by default), or make the subnet public.",
            ConnectivityRules::internetRouteInPrivateSubnet),
        define("OKE-NET-007", Severity.WARNING, "NAT gateway blocks traffic",
            "A NAT gateway that blocks traffic leaves private nodes only the service gateway: Oracle services work but "
                + "public registries and APIs do not.",
            "Unblock the NAT gateway (NatGateway.standard()) unless the cluster is meant to be air-gapped.",
            ConnectivityRules::natBlocked),
        define("OKE-NET-009", Severity.ERROR, "Route to an internet or NAT gateway for addresses inside the VCN",
            "The VCN routes its own addresses itself. Intra-VCN routing may send part of the VCN to a private IP, a local "
                + "peering gateway or a DRG (Oracle, \"VCN Route Tables\", Overview of Routing for Your VCN: \"You can use "
                + "intra-VCN routing to specify a next-hop private IP, LPG, or DRG within a VCN for traffic destined to another "
                + "subnet in the VCN\"), but not to an internet or NAT gateway: OCI refuses such a rule, so the route table is "
                + "never created.",
            "Remove the rule, send it to the DRG or a local peering gateway (intra-VCN routing through an appliance), or narrow "
                + "its destination to addresses outside the VCN.",
            ConnectivityRules::gatewayRouteInsideVcn),
        define("OKE-NET-010", Severity.INFO, "Internet egress turned off",
            "With internetEgress NONE (or WORKERS_ONLY for VCN-native pods) resolve() writes no egress rule to 0.0.0.0/0 for "
                + "the workers (or the pods). Only OCIR and other Oracle services stay reachable (service gateway): images "
                + "from any other registry (Docker Hub, ghcr.io, quay.io, registry.k8s.io) cannot be pulled (ImagePullBackOff), "
                + "and nodes and pods cannot call external APIs. Right for an air-gapped cluster, a surprise otherwise.",
            "Keep the default internetEgress(InternetEgress.WORKERS_AND_PODS), or declare egress to your registry's or proxy's "
                + "CIDRs on the workers (and pods), or mirror every image into OCIR.",
            ConnectivityRules::internetEgressOff));
  }

  private static void internetEgressOff(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    List<String> cut = new ArrayList<>();
    if (!n.internetEgress().allows(SubnetRole.WORKERS) && !declaresInternetEgress(ctx, DeclaredRules.Target.WORKERS)) {
      cut.add("workers");
    }
    boolean podsOwnAddresses = n.podNetworking().isVcnNative() && n.pods().isPresent();
    if (podsOwnAddresses && !n.internetEgress().allows(SubnetRole.PODS) && !declaresInternetEgress(ctx, DeclaredRules.Target.PODS)) {
      cut.add("pods");
    }
    if (cut.isEmpty()) {
      return;
    }
    boolean workers = cut.contains("workers");
    String consequence = workers
        ? "images from registries other than OCIR cannot be pulled (ImagePullBackOff), and " + Rules.and(cut) + " cannot call external APIs"
        : "pods cannot call external APIs (images still pull: the kubelet on the workers pulls them)";
    out.report("internetEgress", "internetEgress is " + n.internetEgress() + ": the " + Rules.and(cut)
        + " get no egress rule to 0.0.0.0/0, so only Oracle services (OCIR included) are reachable; " + consequence + ".",
        "If that is not meant, use internetEgress(InternetEgress.WORKERS_AND_PODS) (the default), or allow egress to your "
            + "registry's or proxy's CIDRs on the " + Rules.and(cut) + ".");
  }

  /** Whether a declared rule lets {@code target} open HTTPS connections to the whole internet. */
  private static boolean declaresInternetEgress(CheckContext ctx, DeclaredRules.Target target) {
    return DeclaredRules.of(ctx).stream().anyMatch(d -> d.target() == target && !d.isIngress() && d.rule().peer().isAnyIpv4()
        && Port.HTTPS.isCoveredBy(d.rule().port()));
  }

  private static boolean natPasses(Gateways g) {
    return g.natGateway().map(nat -> !nat.blocksTraffic()).orElse(false);
  }

  private static boolean sgwAllServices(Gateways g) {
    return g.serviceGatewayScope().filter(s -> s == ServiceGatewayScope.ALL_SERVICES).isPresent();
  }

  private static void privateWorkersStranded(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Gateways g = n.gateways();
    if (n.workers().isPublic() || natPasses(g) || sgwAllServices(g)) {
      return;
    }
    String nat = g.natGateway().isPresent() ? "a NAT gateway that blocks traffic" : "no NAT gateway";
    String sgw = g.serviceGatewayScope().isPresent() ? "a service gateway to Object Storage only" : "no service gateway";
    out.report("workers", "the private worker subnet has " + nat + " and " + sgw + ": nodes cannot reach OKE or pull images, "
        + "so they never join the cluster.");
  }

  private static void privateEndpointUnreachable(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.cluster().endpoint().isPublic()) {
      return;
    }
    List<Cidr> clients = n.cluster().endpoint().allowedClients();
    if (clients.isEmpty()) {
      out.report("cluster.endpoint", "the private API endpoint allows no client CIDR: only the nodes can reach the Kubernetes "
          + "API, not kubectl or CI.", "Allow a client CIDR routed to the VCN, e.g. ApiEndpoint.privateEndpoint().addAllowedClients(\"192.168.0.0/16\") "
          + "for on-premises behind the DRG.");
    } else if (clients.stream().noneMatch(c -> RoutedElsewhere.reachable(n, c))) {
      out.report("cluster.endpoint", "the private API endpoint allows clients " + clients + ", but none of them is inside the "
          + "VCN or behind the DRG or a local peering, so no client can reach it.");
    }
  }

  /** Resolved route tables with the paths of the subnets that use them. */
  private static Map<ResolvedRouteTable, String> tables(CheckContext ctx, ResolvedNetwork net) {
    Map<ResolvedRouteTable, String> out = new LinkedHashMap<>();
    for (PlacedSubnet s : ctx.subnets()) {
      net.subnetByKey(ResolvedKeys.subnet(s)).flatMap(r -> net.routeTable(r.routeTableKey())).ifPresent(rt -> out.putIfAbsent(rt, s.path()));
    }
    return out;
  }

  private static void conflictingRoutes(CheckContext ctx, Reporter out) {
    Optional<ResolvedNetwork> net = ctx.resolved();
    if (net.isEmpty()) {
      return;
    }
    tables(ctx, net.get()).forEach((rt, path) -> {
      Map<String, Set<String>> targets = new LinkedHashMap<>();
      for (RouteRule r : rt.rules()) {
        targets.computeIfAbsent(r.destinationText(), d -> new LinkedHashSet<>()).add(r.target().toString());
      }
      targets.forEach((dest, to) -> {
        if (to.size() > 1) {
          out.report(path, "route table " + rt.name() + " sends " + dest + " to " + to.size() + " targets: " + Rules.and(List.copyOf(to)) + ".");
        }
      });
    });
  }

  private static void drgRouteWithoutDrg(CheckContext ctx, Reporter out) {
    if (ctx.network().drg().isPresent()) {
      return;
    }
    for (PlacedSubnet s : ctx.subnets()) {
      for (RouteRule r : s.subnet().extraRouteRules()) {
        if (r.target().kind() == RouteTarget.Kind.DRG) {
          out.report(s.path() + ".extraRouteRules", "subnet " + s.name() + " routes " + r.destinationText()
              + " to the DRG, but the network attaches no DRG.");
        }
      }
    }
  }

  private static void routeToMissingGateway(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Gateways g = n.gateways();
    for (PlacedSubnet s : ctx.subnets()) {
      for (RouteRule r : s.subnet().extraRouteRules()) {
        RouteTarget t = r.target();
        boolean present = switch (t.kind()) {
          case INTERNET_GATEWAY -> g.hasInternetGateway();
          case NAT_GATEWAY -> g.natGateway().isPresent();
          case SERVICE_GATEWAY -> g.serviceGatewayScope().isPresent();
          case LOCAL_PEERING_GATEWAY -> n.localPeerings().stream().map(LocalPeering::name).anyMatch(t.lpgName().orElse("")::equals);
          case DRG -> true;
        };
        if (!present) {
          out.report(s.path() + ".extraRouteRules", "subnet " + s.name() + " routes " + r.destinationText() + " to the " + t
              + ", which the network does not declare.");
        }
      }
    }
  }

  /**
   * Oracle, "VCN Route Tables" (docs.oracle.com/iaas/Content/Network/Tasks/managingroutetables.htm),
   * Overview of Routing for Your VCN: intra-VCN routing takes a next-hop private IP, LPG or DRG for
   * traffic to another subnet of the VCN. oke-net declares no private-IP target; a service gateway
   * never takes a CIDR ({@code RouteRule} refuses it), so the internet and NAT gateways remain.
   */
  private static void gatewayRouteInsideVcn(CheckContext ctx, Reporter out) {
    List<Cidr> blocks = ctx.network().vcn().cidrs();
    for (PlacedSubnet s : ctx.subnets()) {
      for (RouteRule r : s.subnet().extraRouteRules()) {
        RouteTarget.Kind target = r.target().kind();
        if (target == RouteTarget.Kind.DRG || target == RouteTarget.Kind.LOCAL_PEERING_GATEWAY) {
          continue;
        }
        // A destination that contains the VCN (0.0.0.0/0, 10.0.0.0/8) is fine: the VCN's own, longer prefix wins.
        Optional<Cidr> block = r.destination().flatMap(d -> blocks.stream().filter(b -> b.contains(d)).findFirst());
        block.ifPresent(b -> out.report(s.path() + ".extraRouteRules", "subnet " + s.name() + " routes " + r.destinationText() + " to the "
            + r.target() + ", but " + r.destinationText() + " lies inside the VCN block " + b + "; intra-VCN routing takes only a "
            + "private IP, a local peering gateway or a DRG, so OCI refuses the rule.", "Remove the route " + r + " from subnet "
            + s.name() + ", send it to the DRG or a local peering gateway, or narrow its destination to addresses outside " + b + "."));
      }
    }
  }

  private static void internetRouteInPrivateSubnet(CheckContext ctx, Reporter out) {
    for (PlacedSubnet s : ctx.subnets()) {
      if (s.subnet().isPublic()) {
        continue;
      }
      for (RouteRule r : s.subnet().extraRouteRules()) {
        if (r.target().kind() == RouteTarget.Kind.INTERNET_GATEWAY) {
          out.report(s.path() + ".extraRouteRules", "private subnet " + s.name() + " routes " + r.destinationText()
              + " to the internet gateway; its resources have no public IPs, so that traffic is dropped.");
        }
      }
    }
  }

  private static void natBlocked(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Gateways g = n.gateways();
    boolean blocked = g.natGateway().map(nat -> nat.blocksTraffic()).orElse(false);
    // Without a service gateway OKE-NET-001 already reports the stranded workers as an error.
    if (blocked && sgwAllServices(g) && ctx.subnet(SubnetRole.WORKERS).map(s -> !s.subnet().isPublic()).orElse(false)) {
      out.report("gateways", "the NAT gateway blocks traffic: private nodes reach Oracle services through the service gateway, "
          + "but no public registry or API.");
    }
  }
}
