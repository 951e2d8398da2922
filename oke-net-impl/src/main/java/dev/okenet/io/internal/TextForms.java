package dev.okenet.io.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.kube.Selector;
import dev.okenet.kube.ServiceRef;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SubnetRole;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The model's short texts as the schema writes them, each read back to an equal value: CIDRs,
 * ports ("TCP 443", "ICMP 3/4", "all"), rule peers (a CIDR, a role, "nsg &lt;name&gt;",
 * "Oracle Services Network"), route targets ("NAT gateway", "LPG &lt;name&gt;"), label selectors
 * ("app=web", "" for all pods) and Service references ("shop/web"). A name after "nsg " or
 * "LPG " is taken exactly as written, spaces included, so every name the model allows reads back.
 */
final class TextForms {
  static final String SERVICE_NETWORK = "Oracle Services Network";
  private static final String NSG = "nsg ";
  private static final String LPG = "LPG ";

  private TextForms() {}

  static final TextForm<Cidr> CIDR = new TextForm<>(Cidr.class, Cidr::toString, Cidr::of,
      "Write it as address/prefix, e.g. \"10.0.0.0/16\".");

  static final TextForm<Port> PORT = new TextForm<>(Port.class, Port::toString, t -> Port.parse(t).orElse(null),
      "Write e.g. \"TCP 443\", \"TCP 30000-32767\", \"UDP 53\", \"TCP all\", \"ICMP 3/4\", \"ICMP all\" or \"all\".");

  static final TextForm<Peer> PEER = new TextForm<>(Peer.class, Peer::toString, TextForms::peer,
      "Write a CIDR (\"10.0.0.0/16\"), a role (" + Arrays.stream(SubnetRole.values()).map(r -> "\"" + r.label() + "\"")
          .collect(Collectors.joining(", ")) + "), \"nsg <name>\" or \"" + SERVICE_NETWORK + "\".");

  static final TextForm<RouteTarget> ROUTE_TARGET = new TextForm<>(RouteTarget.class, RouteTarget::toString, TextForms::routeTarget,
      "Write \"internet gateway\", \"NAT gateway\", \"service gateway\", \"DRG\" or \"LPG <name>\".");

  static final TextForm<Selector> SELECTOR = new TextForm<>(Selector.class, s -> s.isAll() ? "" : s.toString(), Selector::parse,
      "Write key=value pairs separated by commas, e.g. \"app=web,tier=front\", or \"\" for all pods.");

  static final TextForm<ServiceRef> SERVICE_REF = new TextForm<>(ServiceRef.class, ServiceRef::toString, ServiceRef::parse,
      "Write namespace/name, e.g. \"shop/web\".");

  static final List<TextForm<?>> ALL = List.of(CIDR, PORT, PEER, ROUTE_TARGET, SELECTOR, SERVICE_REF);

  /** A role by label ("workers"), key ("lb-public") or constant name ("WORKERS"), in any case. */
  private static Peer peer(String text) {
    if (text.startsWith(NSG)) {
      return Peer.nsg(text.substring(NSG.length()));
    }
    String t = text.trim();
    if (isServiceNetwork(t)) {
      return Peer.serviceNetwork();
    }
    for (SubnetRole role : SubnetRole.values()) {
      if (t.equalsIgnoreCase(role.label()) || t.equalsIgnoreCase(role.key()) || t.equalsIgnoreCase(role.name())) {
        return Peer.role(role);
      }
    }
    return t.contains("/") ? Peer.cidr(Cidr.of(t)) : null;
  }

  private static RouteTarget routeTarget(String text) {
    if (text.regionMatches(true, 0, LPG, 0, LPG.length())) {
      return RouteTarget.localPeering(text.substring(LPG.length()));
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "internet gateway":
        return RouteTarget.internetGateway();
      case "nat gateway":
        return RouteTarget.natGateway();
      case "service gateway":
        return RouteTarget.serviceGateway();
      case "drg":
        return RouteTarget.drg();
      default:
        return null;
    }
  }

  /** Whether {@code text} names the Oracle Services Network (any case), as a peer or a route destination. */
  static boolean isServiceNetwork(String text) {
    return text.trim().equalsIgnoreCase(SERVICE_NETWORK);
  }
}
