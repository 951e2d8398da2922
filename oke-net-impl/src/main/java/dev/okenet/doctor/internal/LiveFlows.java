package dev.okenet.doctor.internal;

import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import dev.okenet.vcn.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the live security rules let a TCP or UDP flow from one end to another, as OCI applies
 * them (Oracle, "Security Rules": a VNIC's traffic is allowed when any rule of its subnet's security
 * lists or of its NSGs allows it; the sender's egress and the receiver's ingress must both allow
 * it). Rules are taken as stateful, as OKE's and the CCM's are, so replies are not checked.
 *
 * <pre>{@code
 * LiveFlows flows = new LiveFlows(cloud);
 * LiveFlows.Verdict v = flows.check(End.of("load balancer shop/web", lbSubnetCidr, lbSubnetId, lbNsgs), node, "TCP", 10256);
 * v.allowed();  v.missing();   // "ingress at node 10.0.4.2: no rule of security list prod-default-sl, NSG prod-nsg-workers admits ..."
 * }</pre>
 */
final class LiveFlows {
  /**
   * One end of a flow.
   *
   * @param label how the evidence names it
   * @param cidr its address (a /32) or, for a load balancer whose private address is unknown, its subnet's CIDR
   * @param subnetId its subnet (null for clients outside the VCN: no egress rule of ours applies to them)
   * @param nsgIds the NSGs its VNIC is in
   */
  record End(String label, Cidr cidr, String subnetId, Set<String> nsgIds) {}

  /**
   * The outcome.
   *
   * @param allowed whether both sides allow it
   * @param missing when not, which side lacks a rule and which rules were looked at
   * @param allowedBy when allowed, the rules that allow it (egress, ingress)
   */
  record Verdict(boolean allowed, String missing, List<String> allowedBy) {}

  private final CloudSnapshot cloud;

  LiveFlows(CloudSnapshot cloud) {
    this.cloud = cloud;
  }

  /** The verdict on {@code protocol} ("TCP"/"UDP") {@code port} from {@code from} to {@code to}. */
  Verdict check(End from, End to, String protocol, int port) {
    String number = "UDP".equalsIgnoreCase(protocol) ? "17" : "6";
    String flow = protocol.toUpperCase(java.util.Locale.ROOT) + " " + port;
    List<String> allowedBy = new ArrayList<>();
    if (from.subnetId() != null) {
      Optional<String> egress = egress(from, to, number, port);
      if (egress.isEmpty()) {
        return new Verdict(false, "egress from " + from.label() + " to " + to.label() + " on " + flow + ": no egress rule of "
            + places(from) + " allows it", List.of());
      }
      allowedBy.add(egress.get());
    }
    Optional<String> ingress = ingress(from, to, number, port);
    if (ingress.isEmpty()) {
      return new Verdict(false, "ingress at " + to.label() + " from " + from.label() + " on " + flow + ": no ingress rule of "
          + places(to) + " allows it", List.of());
    }
    allowedBy.add(ingress.get());
    return new Verdict(true, "", allowedBy);
  }

  private Optional<String> egress(End from, End to, String protocol, int port) {
    for (SecurityList list : cloud.securityListsOf(from.subnetId())) {
      for (EgressSecurityRule r : list.getEgressSecurityRules() == null ? List.<EgressSecurityRule>of() : list.getEgressSecurityRules()) {
        if (r.getDestinationType() != EgressSecurityRule.DestinationType.ServiceCidrBlock && contains(r.getDestination(), to.cidr())
            && admits(r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(), protocol, port)) {
          return Optional.of("egress rule of security list " + list.getDisplayName() + " (to " + r.getDestination() + ")");
        }
      }
    }
    for (String nsg : from.nsgIds()) {
      for (SecurityRule r : cloud.nsgRules(nsg)) {
        if (r.getDirection() == SecurityRule.Direction.Egress && admits(r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(),
            protocol, port) && (r.getDestinationType() == SecurityRule.DestinationType.NetworkSecurityGroup
                ? r.getDestination() != null && to.nsgIds().contains(r.getDestination())
                : r.getDestinationType() != SecurityRule.DestinationType.ServiceCidrBlock && contains(r.getDestination(), to.cidr()))) {
          return Optional.of("egress rule of NSG " + cloud.nsgName(nsg) + " (to " + peer(r.getDestination()) + ")");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> ingress(End from, End to, String protocol, int port) {
    for (SecurityList list : cloud.securityListsOf(to.subnetId())) {
      for (IngressSecurityRule r : list.getIngressSecurityRules() == null ? List.<IngressSecurityRule>of()
          : list.getIngressSecurityRules()) {
        if (r.getSourceType() != IngressSecurityRule.SourceType.ServiceCidrBlock && contains(r.getSource(), from.cidr())
            && admits(r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(), protocol, port)) {
          return Optional.of("ingress rule of security list " + list.getDisplayName() + " (from " + r.getSource() + ")");
        }
      }
    }
    for (String nsg : to.nsgIds()) {
      for (SecurityRule r : cloud.nsgRules(nsg)) {
        if (r.getDirection() == SecurityRule.Direction.Ingress && admits(r.getProtocol(), r.getTcpOptions(), r.getUdpOptions(),
            protocol, port) && (r.getSourceType() == SecurityRule.SourceType.NetworkSecurityGroup
                ? r.getSource() != null && from.nsgIds().contains(r.getSource())
                : r.getSourceType() != SecurityRule.SourceType.ServiceCidrBlock && contains(r.getSource(), from.cidr()))) {
          return Optional.of("ingress rule of NSG " + cloud.nsgName(nsg) + " (from " + peer(r.getSource()) + ")");
        }
      }
    }
    return Optional.empty();
  }

  /** The security lists and NSGs that apply to {@code end}, by name. */
  String places(End end) {
    List<String> names = new ArrayList<>();
    cloud.securityListsOf(end.subnetId()).forEach(l -> names.add("security list " + l.getDisplayName()));
    end.nsgIds().forEach(n -> names.add("NSG " + cloud.nsgName(n)));
    return names.isEmpty() ? "(none: no security list or NSG applies)" : String.join(", ", names);
  }

  private String peer(String cidrOrNsg) {
    return cidrOrNsg != null && cidrOrNsg.startsWith("ocid1.networksecuritygroup.") ? "NSG " + cloud.nsgName(cidrOrNsg) : cidrOrNsg;
  }

  private static boolean contains(String ruleCidr, Cidr address) {
    if (ruleCidr == null) {
      return false;
    }
    try {
      Cidr c = Cidr.of(ruleCidr);
      return c.isIpv4() == address.isIpv4() && c.contains(address);
    } catch (IllegalArgumentException notACidr) {
      return false;
    }
  }

  /** Whether a rule of {@code ruleProtocol} ("all" or a number) with these options admits {@code protocol} {@code port}. */
  private static boolean admits(String ruleProtocol, TcpOptions tcp, UdpOptions udp, String protocol, int port) {
    if ("all".equals(ruleProtocol)) {
      return true;
    }
    if (!protocol.equals(ruleProtocol)) {
      return false;
    }
    PortRange range = "6".equals(protocol) ? (tcp == null ? null : tcp.getDestinationPortRange())
        : (udp == null ? null : udp.getDestinationPortRange());
    return range == null || (range.getMin() == null || range.getMin() <= port) && (range.getMax() == null || range.getMax() >= port);
  }
}
