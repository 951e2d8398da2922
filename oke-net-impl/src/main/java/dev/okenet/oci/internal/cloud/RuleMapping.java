package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.internal.graph.Canonical;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Translates rules between the model and OCI's SDK types, both ways, through the canonical text.
 * A protocol with no port options means every port, as in OCI's API. The Oracle Services Network
 * is written as the label of the service the network's gateway serves
 * ({@link OracleServices#serviceNetworkLabel()}).
 */
public final class RuleMapping {
  /**
   * The port options of each port seen, shared by every rule on that port: SDK models are
   * immutable, and building one (its builder and the model each record the fields set in a
   * HashSet) cost more than the rest of mapping a rule. Bounded, so hostile input cannot grow it.
   */
  private static final Map<Port, Object> OPTIONS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_PORTS = 4096;

  private RuleMapping() {}

  // ---- model → OCI -------------------------------------------------------------------------

  /** A route rule with its target's OCID. */
  public static RouteRule route(dev.okenet.vcn.RouteRule rule, Refs refs, OracleServices services) {
    RouteRule.Builder b = RouteRule.builder()
        .networkEntityId(refs.id(ResolvedNetwork.targetKey(rule.target())))
        .description(rule.description().isEmpty() ? null : rule.description());
    if (rule.isServiceNetwork()) {
      b.destination(services.serviceNetworkLabel()).destinationType(RouteRule.DestinationType.ServiceCidrBlock);
    } else {
      b.destination(rule.destination().orElseThrow().toString()).destinationType(RouteRule.DestinationType.CidrBlock);
    }
    return b.build();
  }

  /** An ingress rule of a security list. */
  public static IngressSecurityRule ingress(ResolvedSecurityRule r, OracleServices services) {
    boolean service = r.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK;
    requireNotNsg(r);
    Port p = r.port();
    return IngressSecurityRule.builder().protocol(p.protocol().ociNumber())
        .source(service ? services.serviceNetworkLabel() : r.peer().cidr().orElseThrow().toString())
        .sourceType(service ? IngressSecurityRule.SourceType.ServiceCidrBlock : IngressSecurityRule.SourceType.CidrBlock)
        .isStateless(!r.stateful()).tcpOptions(tcp(p)).udpOptions(udp(p)).icmpOptions(icmp(p))
        .description(r.description()).build();
  }

  /** An egress rule of a security list. */
  public static EgressSecurityRule egress(ResolvedSecurityRule r, OracleServices services) {
    boolean service = r.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK;
    requireNotNsg(r);
    Port p = r.port();
    return EgressSecurityRule.builder().protocol(p.protocol().ociNumber())
        .destination(service ? services.serviceNetworkLabel() : r.peer().cidr().orElseThrow().toString())
        .destinationType(service ? EgressSecurityRule.DestinationType.ServiceCidrBlock : EgressSecurityRule.DestinationType.CidrBlock)
        .isStateless(!r.stateful()).tcpOptions(tcp(p)).udpOptions(udp(p)).icmpOptions(icmp(p))
        .description(r.description()).build();
  }

  /**
   * The NSG rules to add whose peer is a CIDR or the service network, by rule and service label:
   * the same rule maps to the same immutable SDK model, and building one (two HashSets of field
   * names) was a tenth of what an apply of prod allocated. A rule naming an NSG is not kept (its
   * peer's OCID differs per apply). Bounded, so hostile input cannot grow it.
   */
  private static final Map<NsgRuleKey, AddSecurityRuleDetails> NSG_RULES = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_NSG_RULES = 4096;

  private record NsgRuleKey(ResolvedSecurityRule rule, String serviceLabel) {}

  /** An NSG rule to add. */
  public static AddSecurityRuleDetails nsgRule(ResolvedSecurityRule r, Refs refs, OracleServices services) {
    if (r.peer().kind() == ResolvedPeer.Kind.NSG) {
      return buildNsgRule(r, refs, services);
    }
    NsgRuleKey key = new NsgRuleKey(r, r.peer().kind() == ResolvedPeer.Kind.SERVICE_NETWORK ? services.serviceNetworkLabel() : "");
    AddSecurityRuleDetails cached = NSG_RULES.get(key);
    if (cached != null) {
      return cached;
    }
    AddSecurityRuleDetails made = buildNsgRule(r, refs, services);
    if (NSG_RULES.size() < MAX_CACHED_NSG_RULES) {
      NSG_RULES.putIfAbsent(key, made);
    }
    return made;
  }

  private static AddSecurityRuleDetails buildNsgRule(ResolvedSecurityRule r, Refs refs, OracleServices services) {
    Port p = r.port();
    // Only what the rule has: an absent field and an explicit null mean the same to OCI, and each
    // field set is one more entry in the builder's and the model's explicitly-set bookkeeping.
    AddSecurityRuleDetails.Builder b = AddSecurityRuleDetails.builder().protocol(p.protocol().ociNumber())
        .isStateless(!r.stateful());
    TcpOptions tcp = tcp(p);
    UdpOptions udp = udp(p);
    IcmpOptions icmp = icmp(p);
    if (tcp != null) {
      b.tcpOptions(tcp);
    }
    if (udp != null) {
      b.udpOptions(udp);
    }
    if (icmp != null) {
      b.icmpOptions(icmp);
    }
    if (r.description() != null) {
      b.description(r.description());
    }
    String peer;
    String type;
    switch (r.peer().kind()) {
      case NSG:
        peer = refs.id(r.peer().nsgKey().orElseThrow());
        type = "NETWORK_SECURITY_GROUP";
        break;
      case SERVICE_NETWORK:
        peer = services.serviceNetworkLabel();
        type = "SERVICE_CIDR_BLOCK";
        break;
      default:
        peer = r.peer().cidr().orElseThrow().toString();
        type = "CIDR_BLOCK";
    }
    if (r.direction() == Direction.INGRESS) {
      b.direction(AddSecurityRuleDetails.Direction.Ingress).source(peer).sourceType(AddSecurityRuleDetails.SourceType.create(type));
    } else {
      b.direction(AddSecurityRuleDetails.Direction.Egress).destination(peer)
          .destinationType(AddSecurityRuleDetails.DestinationType.create(type));
    }
    return b.build();
  }

  private static void requireNotNsg(ResolvedSecurityRule r) {
    if (r.peer().kind() == ResolvedPeer.Kind.NSG) {
      throw new IllegalArgumentException("Security list rule '" + r + "' names NSG " + r.peer().nsgKey().map(Object::toString).orElse("?")
          + ", but security lists only take CIDR and service peers. Put the rule in an NSG, or use a CIDR peer.");
    }
  }

  private static TcpOptions tcp(Port p) {
    if (p.protocol() != Protocol.TCP || p.isAllPorts()) {
      return null;
    }
    return (TcpOptions) options(p, () -> TcpOptions.builder().destinationPortRange(range(p)).build());
  }

  private static UdpOptions udp(Port p) {
    if (p.protocol() != Protocol.UDP || p.isAllPorts()) {
      return null;
    }
    return (UdpOptions) options(p, () -> UdpOptions.builder().destinationPortRange(range(p)).build());
  }

  /** {@code p}'s options model, made once per port (up to {@value #MAX_CACHED_PORTS} ports; beyond, made each time). */
  private static Object options(Port p, Supplier<Object> make) {
    Object cached = OPTIONS.get(p);
    if (cached != null) {
      return cached;
    }
    Object made = make.get();
    if (OPTIONS.size() < MAX_CACHED_PORTS) {
      OPTIONS.putIfAbsent(p, made);
    }
    return made;
  }

  private static PortRange range(Port p) {
    return PortRange.builder().min(p.fromPort().getAsInt()).max(p.toPort().getAsInt()).build();
  }

  private static IcmpOptions icmp(Port p) {
    if (p.protocol() != Protocol.ICMP || p.icmpType().isEmpty()) {
      return null;
    }
    return (IcmpOptions) options(p, () -> IcmpOptions.builder().type(p.icmpType().getAsInt())
        .code(p.icmpCode().isPresent() ? p.icmpCode().getAsInt() : null).build());
  }

  // ---- OCI → canonical text ----------------------------------------------------------------

  /** The text of an OCI route rule. */
  public static String text(RouteRule r, Names names) {
    String dest = r.getDestination() != null ? r.getDestination() : r.getCidrBlock();
    String type = r.getDestinationType() == null ? "CIDR_BLOCK" : r.getDestinationType().getValue();
    return Canonical.routeRule(names.peer(dest, type), names.key(r.getNetworkEntityId()));
  }

  /** The text of an OCI security list ingress rule. */
  public static String text(IngressSecurityRule r, Names names) {
    return Canonical.securityRule(Direction.INGRESS,
        names.peer(r.getSource(), r.getSourceType() == null ? null : r.getSourceType().getValue()),
        port(r.getProtocol(), r.getTcpOptions() == null ? null : r.getTcpOptions().getDestinationPortRange(),
            r.getUdpOptions() == null ? null : r.getUdpOptions().getDestinationPortRange(), r.getIcmpOptions()),
        !Boolean.TRUE.equals(r.getIsStateless()));
  }

  /** The text of an OCI security list egress rule. */
  public static String text(EgressSecurityRule r, Names names) {
    return Canonical.securityRule(Direction.EGRESS,
        names.peer(r.getDestination(), r.getDestinationType() == null ? null : r.getDestinationType().getValue()),
        port(r.getProtocol(), r.getTcpOptions() == null ? null : r.getTcpOptions().getDestinationPortRange(),
            r.getUdpOptions() == null ? null : r.getUdpOptions().getDestinationPortRange(), r.getIcmpOptions()),
        !Boolean.TRUE.equals(r.getIsStateless()));
  }

  /** The text of an OCI NSG rule. */
  public static String text(SecurityRule r, Names names) {
    boolean ingress = r.getDirection() == SecurityRule.Direction.Ingress;
    String peer = ingress
        ? names.peer(r.getSource(), r.getSourceType() == null ? null : r.getSourceType().getValue())
        : names.peer(r.getDestination(), r.getDestinationType() == null ? null : r.getDestinationType().getValue());
    return Canonical.securityRule(ingress ? Direction.INGRESS : Direction.EGRESS, peer,
        port(r.getProtocol(), r.getTcpOptions() == null ? null : r.getTcpOptions().getDestinationPortRange(),
            r.getUdpOptions() == null ? null : r.getUdpOptions().getDestinationPortRange(), r.getIcmpOptions()),
        !Boolean.TRUE.equals(r.getIsStateless()));
  }

  /** The model port OCI's protocol and options describe; an unknown protocol is returned as text. */
  static Object port(String protocol, PortRange tcp, PortRange udp, IcmpOptions icmp) {
    if (protocol == null || "all".equals(protocol)) {
      return Port.all();
    }
    switch (protocol) {
      case "6":
        return tcp == null ? Port.allTcp() : Port.tcpRange(tcp.getMin(), tcp.getMax());
      case "17":
        return udp == null ? Port.allUdp() : Port.udpRange(udp.getMin(), udp.getMax());
      case "1":
        if (icmp == null || icmp.getType() == null) {
          return Port.allIcmp();
        }
        return Port.icmp(icmp.getType(), icmp.getCode() == null ? -1 : icmp.getCode());
      default:
        return "protocol " + protocol;
    }
  }
}
