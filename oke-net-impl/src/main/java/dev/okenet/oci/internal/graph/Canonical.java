package dev.okenet.oci.internal.graph;

import dev.okenet.resolved.ResolvedPeer;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.ResolvedNetwork;

/**
 * One text form per rule, written from the model on one side and from OCI's answer on the other,
 * so that a plan compares rules as plain strings. References are logical keys' texts
 * ({@code nsg:workers}, {@code nat}), never OCIDs, so the text is the same before and after the
 * resources exist.
 */
public final class Canonical {
  /** How the Oracle Services Network appears in rule texts. */
  public static final String SERVICE_NETWORK = "Oracle Services Network";

  private Canonical() {}

  /** E.g. "ingress from nsg:workers TCP 10250" or "egress to 0.0.0.0/0 all stateless". */
  public static String securityRule(Direction direction, String peer, Object port, boolean stateful) {
    return (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peer + " " + port
        + (stateful ? "" : " stateless");
  }

  /** The text of a resolved rule. */
  public static String securityRule(ResolvedSecurityRule rule) {
    return securityRule(rule.direction(), peer(rule.peer()), rule.port(), rule.stateful());
  }

  /** The peer as rule texts show it. */
  public static String peer(ResolvedPeer peer) {
    switch (peer.kind()) {
      case NSG:
        return peer.nsgKey().orElseThrow().toString();
      case SERVICE_NETWORK:
        return SERVICE_NETWORK;
      default:
        return peer.cidr().orElseThrow().toString();
    }
  }

  /** E.g. "0.0.0.0/0 → nat" or "Oracle Services Network → sgw". */
  public static String routeRule(String destination, String targetKey) {
    return destination + " → " + targetKey;
  }

  /** The text of a model route rule. */
  public static String routeRule(RouteRule rule) {
    return routeRule(rule.isServiceNetwork() ? SERVICE_NETWORK : rule.destination().orElseThrow().toString(),
        ResolvedNetwork.targetKey(rule.target()).toString());
  }
}
