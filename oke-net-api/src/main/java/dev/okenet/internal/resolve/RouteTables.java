package dev.okenet.internal.resolve;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.internal.ResolvedParts;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each subnet's route table: private subnets send 0.0.0.0/0 to the NAT gateway and the
 * Oracle Services Network to the service gateway; public subnets send 0.0.0.0/0 to the internet
 * gateway (and never mix it with a service gateway route); DRG and LPG routes go everywhere.
 */
final class RouteTables {
  private RouteTables() {}

  static ResolvedRouteTable forSubnet(OkeNetwork network, SubnetSlot slot, String name) {
    Set<RouteRule> rules = new LinkedHashSet<>();
    if (!network.generatesOkeRules()) {
      // Routes kept as declared (an imported network): only the subnet's own rules.
      rules.addAll(slot.subnet().extraRouteRules());
      return ResolvedParts.get().routeTable(slot.routeTableKey(), name + "-rt-" + slot.nameSuffix(), List.copyOf(rules));
    }
    if (slot.subnet().isPublic()) {
      if (network.gateways().hasInternetGateway()) {
        rules.add(RouteRule.to(Cidr.ANY_IPV4, RouteTarget.internetGateway()).withDescription("internet for public resources"));
      }
    } else {
      if (network.gateways().natGateway().isPresent()) {
        rules.add(RouteRule.to(Cidr.ANY_IPV4, RouteTarget.natGateway()).withDescription("internet egress through NAT"));
      }
      if (network.gateways().serviceGatewayScope().isPresent()) {
        rules.add(RouteRule.toServiceNetwork(RouteTarget.serviceGateway()).withDescription("Oracle services (OKE, OCIR, Object Storage)"));
      }
    }
    network.drg().ifPresent(drg -> {
      for (DrgAttachment a : drg.attachments()) {
        for (Cidr c : a.reachableCidrs()) {
          rules.add(RouteRule.to(c, RouteTarget.drg()).withDescription(a.name() + " through the DRG"));
        }
      }
    });
    for (LocalPeering lpg : network.localPeerings()) {
      for (Cidr c : lpg.peerCidrs()) {
        rules.add(RouteRule.to(c, RouteTarget.localPeering(lpg.name())).withDescription("peer VCN " + lpg.name()));
      }
    }
    rules.addAll(slot.subnet().extraRouteRules());
    return ResolvedParts.get().routeTable(slot.routeTableKey(), name + "-rt-" + slot.nameSuffix(), List.copyOf(rules));
  }

}
