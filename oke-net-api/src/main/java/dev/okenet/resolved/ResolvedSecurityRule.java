package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;

/**
 * One security rule as it will exist in an NSG or security list.
 *
 * <pre>{@code
 * net.ruleSet("nsg:workers").orElseThrow().rules().get(0).description();
 * // "OKE: worker to worker communication"
 * }</pre>
 *
 * @param direction ingress or egress
 * @param peer the source (ingress) or destination (egress)
 * @param port protocol and ports
 * @param stateful whether return traffic is implied
 * @param description why the rule exists (becomes OCI's rule description)
 */
public record ResolvedSecurityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description) {
  /** Rejects a missing component. */
  public ResolvedSecurityRule {
    Require.components(ResolvedSecurityRule.class, direction, peer, port, stateful, description);
  }

  /** The de-duplication key: everything but the description. */
  public String identity() {
    return direction + "|" + peer.kind() + "|" + peer.target() + "|" + port + "|" + stateful;
  }

  @Override
  public String toString() {
    return (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peer + " " + port
        + (stateful ? "" : " (stateless)") + " — " + description;
  }
}
