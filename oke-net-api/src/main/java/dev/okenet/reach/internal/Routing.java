package dev.okenet.reach.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reach.HopKind;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.vcn.RouteTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The routing step. Traffic between two subnets of the VCN takes the implicit local route, unless
 * an intra-VCN rule (a destination inside the VCN, as long as the VCN block's prefix or longer, to
 * a DRG or LPG: Oracle, "VCN Route Tables", Intra-VCN Routing) sends it through that gateway; the
 * trace then names the rule, and assumes the gateway's own route tables bring it back (they are not
 * modelled).
 * Traffic leaving the VCN takes the longest-prefix rule of the source subnet's route table, and
 * the target must be able to carry it: an internet gateway only public addresses of resources
 * that have one, a NAT gateway only outbound traffic to public addresses, a service gateway only
 * the service network, a DRG or LPG only the CIDRs it reaches. Traffic coming in needs a gateway
 * that admits it and a return route back through the same gateway.
 */
final class Routing {
  /** Hops through a gateway, the DRG or the VCN's local routing carry the key of what they pass. */
  private static final String IGW = ResourceKey.internetGateway().toString();
  private static final String SGW = ResourceKey.serviceGateway().toString();
  private static final String DRG = ResourceKey.drg().toString();
  private static final String VCN = ResourceKey.vcn().toString();

  private final boolean hasIgw;
  private final boolean hasNat;
  private final boolean natBlocks;
  private final boolean hasSgw;
  private final boolean hasDrg;
  private final List<Cidr> drgCidrs;
  private final Map<String, List<Cidr>> lpgCidrs = new HashMap<>();
  private final String localRoute;
  private final List<Cidr> vcnBlocks;

  Routing(ResolvedNetwork net) {
    hasIgw = net.gateway(RouteTarget.internetGateway()).isPresent();
    hasNat = net.gateway(RouteTarget.natGateway()).isPresent();
    natBlocks = net.gateway(RouteTarget.natGateway()).flatMap(ResolvedGateway::nat).map(n -> n.blocksTraffic()).orElse(false);
    hasSgw = net.gateway(RouteTarget.serviceGateway()).isPresent();
    hasDrg = net.drg().isPresent();
    drgCidrs = net.drg().map(d -> d.reachableCidrs()).orElse(List.of());
    for (ResolvedGateway g : net.gateways()) {
      g.target().lpgName().ifPresent(n -> lpgCidrs.put(n, g.peerCidrs()));
    }
    localRoute = "implicit local route inside VCN " + net.vcn().cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
    vcnBlocks = net.vcn().cidrs();
  }

  /** Whether a path leads from {@code s} to {@code d} (and back, for traffic coming in). */
  boolean route(Site s, Site d, Trace t) {
    if (s.inVcn() && d.inVcn()) {
      RouteEntry intra = intraVcn(s, d);
      if (intra != null) {
        return t.pass(HopKind.ROUTE, s.routeAt, s.subnet.routes().key.toString(), "intra-VCN route " + intra.text + " sends it through the "
            + intra.target + ", whose own route tables (not modelled) are assumed to bring it to " + d.label);
      }
      return t.pass(HopKind.ROUTE, s.routeAt, VCN, localRoute);
    }
    if (s.inVcn()) {
      return outbound(s, d, t);
    }
    if (d.inVcn()) {
      return inbound(s, d, t);
    }
    return t.noRoute(HopKind.ROUTE, s.routeAt, VCN, "neither " + s.label + " nor " + d.label
        + " is in the VCN: reachability answers for traffic to, from or inside the VCN", "Ask about a flow with at least one end in the VCN.");
  }

  /** The static rule that overrides the local route to {@code d}: as specific as its VCN block or more, to a DRG or LPG. */
  private RouteEntry intraVcn(Site s, Site d) {
    RouteEntry e = s.subnet.routes().lookup(d);
    if (e == null || (e.target.kind() != RouteTarget.Kind.DRG && e.target.kind() != RouteTarget.Kind.LOCAL_PEERING_GATEWAY)) {
      return null;
    }
    for (Cidr block : vcnBlocks) {
      if (block.isIpv4() && block.firstAddress() <= d.lo && d.hi <= block.lastAddress()) {
        return e.prefix >= block.prefixLength() ? e : null;
      }
    }
    return null;
  }

  private boolean outbound(Site s, Site d, Trace t) {
    RouteTableView table = s.subnet.routes();
    RouteEntry e = table.lookup(d);
    if (e == null) {
      boolean noNat = d.zone == Zone.INTERNET && !s.publicIp && !hasNat;
      return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, "no route rule covers " + d.label
          + (noNat ? " (private subnet and the network has no NAT gateway)" : ""), missingRouteFix(s, d, table.key));
    }
    switch (e.target.kind()) {
      case INTERNET_GATEWAY:
        if (!hasIgw) {
          return missingGateway(s, table, e, t, "internet gateway", ".gateways(Gateways.internet()…)");
        }
        if (d.zone != Zone.INTERNET && d.zone != Zone.SERVICE_NETWORK) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": an internet gateway reaches only public addresses, and "
              + d.label + " is not one", missingRouteFix(s, d, table.key));
        }
        if (!s.publicIp) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": an internet gateway carries only traffic of resources with a public address, and "
              + s.label + " has none", "Route private subnets' 0.0.0.0/0 to a NAT gateway (RouteRule.to(\"0.0.0.0/0\", RouteTarget.natGateway())), or place "
              + s.endpoint + " in a public subnet.");
        }
        break;
      case NAT_GATEWAY:
        if (!hasNat) {
          return missingGateway(s, table, e, t, "NAT gateway", ".gateways(Gateways.internet().withNat()…)");
        }
        if (natBlocks) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": the NAT gateway blocks traffic",
              "Unblock it: .gateways(….withNat(NatGateway.standard())) instead of a NAT gateway withBlocksTraffic(true).");
        }
        if (d.zone != Zone.INTERNET && d.zone != Zone.SERVICE_NETWORK) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": a NAT gateway reaches only public addresses, and "
              + d.label + " is not one", missingRouteFix(s, d, table.key));
        }
        break;
      case SERVICE_GATEWAY:
        if (!hasSgw) {
          return missingGateway(s, table, e, t, "service gateway", ".gateways(….serviceGateway())");
        }
        if (d.zone != Zone.SERVICE_NETWORK) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": a service gateway reaches only the Oracle Services Network, not "
              + d.label, missingRouteFix(s, d, table.key));
        }
        break;
      case DRG:
        if (!hasDrg) {
          return missingGateway(s, table, e, t, "DRG", ".drg(Drg.of(DrgAttachment.ipsecVpn(..)))");
        }
        if (!covers(drgCidrs, d)) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": no DRG attachment reaches " + d.label
              + " (the DRG reaches " + drgCidrs + ")", "Add a DrgAttachment whose reachable CIDRs include " + d.cidrText + ".");
        }
        break;
      default: {
        String name = e.target.lpgName().orElse("");
        List<Cidr> peer = lpgCidrs.get(name);
        if (peer == null) {
          return missingGateway(s, table, e, t, "local peering gateway '" + name + "'", ".addLocalPeering(LocalPeering.to(\"" + name + "\", …))");
        }
        if (!covers(peer, d)) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": the VCN behind LPG " + name + " has " + peer + ", not "
              + d.label, "Add " + d.cidrText + " to LocalPeering.to(\"" + name + "\", …) if the peer VCN holds it.");
        }
      }
    }
    return t.pass(HopKind.ROUTE, s.routeAt, table.key, e.text);
  }

  private boolean inbound(Site s, Site d, Trace t) {
    switch (s.zone) {
      case INTERNET:
        if (!hasIgw) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, IGW, "the network has no internet gateway: nothing from the internet gets in",
              "Add one: .gateways(Gateways.internet()…).");
        }
        if (!d.publicIp) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, IGW, d.label + " has no public address: the internet cannot open connections to it"
              + " (a NAT gateway is egress-only)", d.loadBalancer != null
                  ? "Make the load balancer public: drop withInternal() from Service " + d.loadBalancer.service().ref() + "."
                  : "Expose it through a public load balancer (Service.loadBalancer(..)), or place it in a public subnet.");
        }
        t.pass(HopKind.ROUTE, s.routeAt, IGW, d.admittedFromInternet);
        return returnRoute(s, d, RouteTarget.internetGateway(), t);
      case ON_PREMISES:
        if (!hasDrg) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, DRG, "the network has no DRG to bring " + s.label + " in",
              "Add one: .drg(Drg.of(DrgAttachment.ipsecVpn(..))).");
        }
        t.pass(HopKind.ROUTE, s.routeAt, DRG, s.broughtIn);
        return returnRoute(s, d, RouteTarget.drg(), t);
      case PEER:
        t.pass(HopKind.ROUTE, s.routeAt, ResourceKey.localPeeringGateway(s.lpgName).toString(), s.broughtIn);
        return returnRoute(s, d, RouteTarget.localPeering(s.lpgName), t);
      case SERVICE_NETWORK:
        if (!hasSgw) {
          return t.noRoute(HopKind.ROUTE, s.routeAt, SGW, "the network has no service gateway", "Add one: .gateways(….serviceGateway()).");
        }
        t.pass(HopKind.ROUTE, s.routeAt, SGW, s.broughtIn);
        return returnRoute(s, d, RouteTarget.serviceGateway(), t);
      default:
        return t.noRoute(HopKind.ROUTE, s.routeAt, VCN, s.label + " is private address space that no DRG attachment or LPG brings into the VCN",
            "Add a DrgAttachment or LocalPeering that reaches " + s.cidrText + ".");
    }
  }

  /** Stateful security lets replies out, but they still need a route back through the gateway they came in by. */
  private boolean returnRoute(Site s, Site d, RouteTarget via, Trace t) {
    // The VCN has one route table per subnet; replies are routed by the destination's.
    RouteTableView table = d.subnet.routes();
    RouteEntry e = table.lookup(s);
    String at = d.returnAt;
    if (e != null && e.target.equals(via)) {
      return t.pass(HopKind.ROUTE, at, table.key, e.text);
    }
    String fix = "Add RouteRule.to(\"" + (s.zone == Zone.INTERNET ? "0.0.0.0/0" : s.cidrText) + "\", " + via.toCode() + ") to "
        + table.key + " (the subnet's extraRouteRules).";
    if (e == null) {
      return t.noRoute(HopKind.ROUTE, at, table.key, "no route rule covers " + s.label + " for the return traffic", fix);
    }
    return t.noRoute(HopKind.ROUTE, at, table.key, e.text + ": replies to " + s.label + " would leave through the " + e.target
        + (e.target.kind() == RouteTarget.Kind.NAT_GATEWAY ? ", which is egress-only" : "") + ", not the " + via + " they came in by", fix);
  }

  private static boolean missingGateway(Site s, RouteTableView table, RouteEntry e, Trace t, String gateway, String add) {
    return t.noRoute(HopKind.ROUTE, s.routeAt, table.key, e.text + ": the network has no " + gateway, "Add it: " + add + ".");
  }

  private String missingRouteFix(Site s, Site d, String table) {
    switch (d.zone) {
      case INTERNET:
        if (s.publicIp && hasIgw) {
          return "Add RouteRule.to(\"0.0.0.0/0\", RouteTarget.internetGateway()) to " + table + ".";
        }
        if (!hasNat) {
          return "Add a NAT gateway: .gateways(Gateways.internet().withNat().withServiceGateway()); resolve() then routes private subnets' 0.0.0.0/0 to it.";
        }
        return "Add RouteRule.to(\"0.0.0.0/0\", RouteTarget.natGateway()) to " + table + ".";
      case SERVICE_NETWORK:
        return hasSgw ? "Add RouteRule.toServiceNetwork(RouteTarget.serviceGateway()) to " + table + "."
            : "Add a service gateway: .gateways(….serviceGateway()); resolve() then routes private subnets to the service network through it.";
      case ON_PREMISES:
        return "Add RouteRule.to(\"" + d.cidrText + "\", RouteTarget.drg()) to " + table + ".";
      case PEER:
        return "Add RouteRule.to(\"" + d.cidrText + "\", RouteTarget.localPeering(\"" + d.lpgName + "\")) to " + table + ".";
      default:
        return d.label + " is private address space outside the VCN: add a DrgAttachment or LocalPeering that reaches it.";
    }
  }

  private static boolean covers(List<Cidr> cidrs, Site d) {
    if (!d.hasRange) {
      return false;
    }
    for (Cidr c : cidrs) {
      if (c.isIpv4() && c.firstAddress() <= d.lo && d.hi <= c.lastAddress()) {
        return true;
      }
    }
    return false;
  }
}
