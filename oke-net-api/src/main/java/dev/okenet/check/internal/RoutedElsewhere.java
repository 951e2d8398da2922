package dev.okenet.check.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import java.util.ArrayList;
import java.util.List;

/**
 * The CIDR blocks routed to the VCN from elsewhere: on-premises and remote peers behind the DRG,
 * and locally peered VCNs. Pods, services and subnets must not overlap them. Not for users.
 *
 * @param path where the block is declared, e.g. "drg.attachments[onprem]"
 * @param what a human label, e.g. "on-premises (IPSec VPN onprem)"
 * @param cidr the block
 */
record RoutedElsewhere(String path, String what, Cidr cidr) {

  static List<RoutedElsewhere> of(OkeNetwork network) {
    List<RoutedElsewhere> out = new ArrayList<>();
    network.drg().ifPresent(drg -> {
      for (DrgAttachment a : drg.attachments()) {
        String what = a.kind() == DrgAttachment.Kind.REMOTE_PEERING ? "remote peer VCN '" + a.name() + "'"
            : "on-premises network '" + a.name() + "'";
        for (Cidr c : a.reachableCidrs()) {
          out.add(new RoutedElsewhere("drg.attachments[" + a.name() + "]", what, c));
        }
      }
    });
    for (LocalPeering lpg : network.localPeerings()) {
      for (Cidr c : lpg.peerCidrs()) {
        out.add(new RoutedElsewhere("localPeerings[" + lpg.name() + "]", "peered VCN '" + lpg.name() + "'", c));
      }
    }
    return out;
  }

  /** Whether {@code client} lies inside the VCN or in a block routed to it. */
  static boolean reachable(OkeNetwork network, Cidr client) {
    return network.vcn().cidrs().stream().anyMatch(c -> c.contains(client))
        || of(network).stream().anyMatch(e -> e.cidr().contains(client));
  }
}
