package dev.okenet.oci.internal.diagnose;

import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import dev.okenet.vcn.Cidr;
import dev.okenet.oci.internal.cloud.Names;
import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Protocol;

/**
 * One live ingress rule (of a security list or an NSG), reduced to what coverage needs: the
 * source as a CIDR or a logical NSG key, the protocol number ("all" for every protocol) and the
 * destination port range (0–65535 when the rule names no port).
 *
 * <pre>{@code
 * LiveIngress.of(ingressRule).covers(modelRule);
 * }</pre>
 */
record LiveIngress(String source, String protocol, int from, int to) {
  static LiveIngress of(IngressSecurityRule r) {
    return new LiveIngress(r.getSource(), r.getProtocol(), from(r.getTcpOptions(), r.getUdpOptions()), to(r.getTcpOptions(),
        r.getUdpOptions()));
  }

  static LiveIngress of(SecurityRule r, Names names) {
    String source = r.getSourceType() == SecurityRule.SourceType.NetworkSecurityGroup ? names.key(r.getSource()) : r.getSource();
    return new LiveIngress(source, r.getProtocol(), from(r.getTcpOptions(), r.getUdpOptions()), to(r.getTcpOptions(),
        r.getUdpOptions()));
  }

  private static PortRange range(TcpOptions tcp, UdpOptions udp) {
    return tcp != null ? tcp.getDestinationPortRange() : udp != null ? udp.getDestinationPortRange() : null;
  }

  private static int from(TcpOptions tcp, UdpOptions udp) {
    PortRange r = range(tcp, udp);
    return r == null || r.getMin() == null ? 0 : r.getMin();
  }

  private static int to(TcpOptions tcp, UdpOptions udp) {
    PortRange r = range(tcp, udp);
    return r == null || r.getMax() == null ? 65535 : r.getMax();
  }

  /** Whether this live rule lets through everything the model's ingress rule {@code r} does. */
  boolean covers(ResolvedSecurityRule r) {
    Protocol p = r.port().protocol();
    if (!"all".equals(protocol) && !p.ociNumber().equals(protocol)) {
      return false;
    }
    if (p == Protocol.TCP || p == Protocol.UDP) {
      int lo = r.port().fromPort().orElse(0);
      int hi = r.port().toPort().orElse(65535);
      if (from > lo || to < hi) {
        return false;
      }
    }
    ResolvedPeer peer = r.peer();
    if (peer.kind() == ResolvedPeer.Kind.NSG) {
      return peer.nsgKey().orElseThrow().toString().equals(source);
    }
    if (peer.kind() == ResolvedPeer.Kind.SERVICE_NETWORK || source == null) {
      return false;
    }
    try {
      return Cidr.of(source).contains(peer.cidr().orElseThrow());
    } catch (IllegalArgumentException notACidr) {
      return false;
    }
  }
}
