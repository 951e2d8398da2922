package dev.okenet.adopt.internal;

import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IcmpOptions;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import dev.okenet.vcn.Cidr;
import dev.okenet.check.Finding;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityRule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns OCI security rules into model rules, kept as found: same direction, peer, protocol,
 * ports, statefulness and description. What the model cannot say (a source port range, an
 * unknown protocol, an NSG of another VCN) becomes a finding and the rule is left out or, for a
 * source port range, kept without it.
 *
 * <pre>{@code
 * RuleTranslator t = new RuleTranslator(nsgPeer, findings);
 * Optional<SecurityRule> r = t.ingress(listRule, "security-list lb");
 * }</pre>
 */
public final class RuleTranslator {
  private final Function<String, Optional<Peer>> nsgPeer;
  private final List<Finding> findings;

  /**
   * @param nsgPeer the model peer for an NSG OCID of this VCN (a role or a custom NSG)
   * @param findings where findings go
   */
  public RuleTranslator(Function<String, Optional<Peer>> nsgPeer, List<Finding> findings) {
    this.nsgPeer = nsgPeer;
    this.findings = findings;
  }

  /** A security list's ingress rule. */
  public Optional<SecurityRule> ingress(IngressSecurityRule r, String where) {
    return rule(Direction.INGRESS, r.getSource(), r.getSourceType() == null ? null : r.getSourceType().getValue(), r.getProtocol(),
        r.getTcpOptions(), r.getUdpOptions(), r.getIcmpOptions(), r.getIsStateless(), r.getDescription(), where);
  }

  /** A security list's egress rule. */
  public Optional<SecurityRule> egress(EgressSecurityRule r, String where) {
    return rule(Direction.EGRESS, r.getDestination(), r.getDestinationType() == null ? null : r.getDestinationType().getValue(),
        r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(), r.getIcmpOptions(), r.getIsStateless(), r.getDescription(), where);
  }

  /** An NSG's rule. */
  public Optional<SecurityRule> nsgRule(com.oracle.bmc.core.model.SecurityRule r, String where) {
    boolean in = r.getDirection() == com.oracle.bmc.core.model.SecurityRule.Direction.Ingress;
    String peer = in ? r.getSource() : r.getDestination();
    String type = in ? (r.getSourceType() == null ? null : r.getSourceType().getValue())
        : (r.getDestinationType() == null ? null : r.getDestinationType().getValue());
    return rule(in ? Direction.INGRESS : Direction.EGRESS, peer, type, r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(),
        r.getIcmpOptions(), r.getIsStateless(), r.getDescription(), where);
  }

  private Optional<SecurityRule> rule(Direction direction, String peerValue, String peerType, String protocol, TcpOptions tcp,
      UdpOptions udp, IcmpOptions icmp, Boolean stateless, String description, String where) {
    String text = where + ": " + (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peerValue + " protocol " + protocol;
    Optional<Peer> peer = peer(peerValue, peerType, text);
    Optional<Port> port = port(protocol, tcp, udp, icmp, text);
    if (peer.isEmpty() || port.isEmpty()) {
      return Optional.empty();
    }
    SecurityRule rule = direction == Direction.INGRESS ? SecurityRule.ingress(peer.get(), port.get()) : SecurityRule.egress(peer.get(), port.get());
    if (Boolean.TRUE.equals(stateless)) {
      rule = rule.withStateful(false);
    }
    if (description != null && !description.isEmpty()) {
      rule = rule.withDescription(description.length() > 255 ? description.substring(0, 255) : description);
    }
    return Optional.of(rule);
  }

  private Optional<Peer> peer(String value, String type, String text) {
    if (value == null) {
      findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule names no source or destination; it is left out.",
          "Give the rule a CIDR, service or NSG in OCI, then import again."));
      return Optional.empty();
    }
    if ("SERVICE_CIDR_BLOCK".equals(type)) {
      if (!value.startsWith("all-")) {
        findings.add(Findings.info(Findings.RULE_NOT_KEPT, text, "The rule names Oracle service '" + value
            + "'; the model knows only 'all services in the Oracle Services Network', so it is kept as that (broader).",
            "Keep it, or narrow it again in OCI after adoption."));
      }
      return Optional.of(Peer.serviceNetwork());
    }
    if ("NETWORK_SECURITY_GROUP".equals(type)) {
      Optional<Peer> p = nsgPeer.apply(value);
      if (p.isEmpty()) {
        findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule names NSG " + value
            + ", which is not an NSG of this VCN; the model can only name its own NSGs, so the rule is left out.",
            "Replace the NSG peer with the peer VCN's CIDR in OCI, or keep managing this rule outside oke-net."));
      }
      return p;
    }
    try {
      Cidr c = Cidr.of(value);
      if (!c.isIpv4()) {
        findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule names IPv6 CIDR " + value
            + "; imported rules are IPv4 only, so it is left out.", "Keep managing IPv6 rules outside oke-net."));
        return Optional.empty();
      }
      return Optional.of(Peer.cidr(c));
    } catch (IllegalArgumentException e) {
      findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule's peer '" + value + "' is not a CIDR: " + e.getMessage(),
          "Fix the rule in OCI, then import again."));
      return Optional.empty();
    }
  }

  private Optional<Port> port(String protocol, TcpOptions tcp, UdpOptions udp, IcmpOptions icmp, String text) {
    try {
      switch (protocol == null ? "" : protocol) {
        case "all":
          return Optional.of(Port.all());
        case "6":
          sourcePorts(tcp == null ? null : tcp.getSourcePortRange(), text);
          return Optional.of(range(tcp == null ? null : tcp.getDestinationPortRange(), true));
        case "17":
          sourcePorts(udp == null ? null : udp.getSourcePortRange(), text);
          return Optional.of(range(udp == null ? null : udp.getDestinationPortRange(), false));
        case "1":
          if (icmp == null || icmp.getType() == null) {
            return Optional.of(Port.allIcmp());
          }
          return Optional.of(Port.icmp(icmp.getType(), icmp.getCode() == null ? -1 : icmp.getCode()));
        default:
          findings.add(Findings.warning(Findings.UNSUPPORTED, text, "Protocol '" + protocol
              + "' is not one the model knows (TCP 6, UDP 17, ICMP 1, all); the rule is left out of the imported model.",
              "Keep managing this rule outside oke-net, or replace it with a TCP/UDP/ICMP rule."));
          return Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule's ports cannot be read: " + e.getMessage(),
          "Fix the rule in OCI, then import again."));
      return Optional.empty();
    }
  }

  private void sourcePorts(PortRange range, String text) {
    if (range != null) {
      findings.add(Findings.warning(Findings.RULE_NOT_KEPT, text, "The rule limits source ports to " + range.getMin() + "-"
          + range.getMax() + "; the model has destination ports only, so the imported rule allows any source port (broader).",
          "Drop the source port range in OCI, or keep managing this rule outside oke-net."));
    }
  }

  private static Port range(PortRange r, boolean tcp) {
    if (r == null) {
      return tcp ? Port.allTcp() : Port.allUdp();
    }
    if (r.getMin() == 1 && r.getMax() == 65535) {
      return tcp ? Port.allTcp() : Port.allUdp();
    }
    return tcp ? Port.tcpRange(r.getMin(), r.getMax()) : Port.udpRange(r.getMin(), r.getMax());
  }
}
