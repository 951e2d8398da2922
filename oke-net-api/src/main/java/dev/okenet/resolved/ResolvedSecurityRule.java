package dev.okenet.resolved;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import java.util.List;

/**
 * One security rule as it will exist in an NSG or security list.
 *
 * <pre>{@code
 * ResolvedSecurityRule r = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules().get(0);
 * r.description();   // "OKE: worker to worker"
 * r.sources();       // [Oracle: Network Resource Configuration ... — Security Rules for Worker Nodes (ingress), ...]
 * }</pre>
 *
 * @param direction ingress or egress
 * @param peer the source (ingress) or destination (egress)
 * @param port protocol and ports
 * @param stateful whether return traffic is implied
 * @param description why the rule exists (becomes OCI's rule description)
 * @param sources where a generated rule comes from (Oracle's page and table, or terraform-oci-oke);
 *     empty for rules you declared. Not written to OCI, so it never changes a plan.
 */
public record ResolvedSecurityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description,
    List<RuleSource> sources) {
  /** Rejects a missing component and copies the sources. */
  public ResolvedSecurityRule {
    Require.components(ResolvedSecurityRule.class, direction, peer, port, stateful, description, sources);
    sources = List.copyOf(sources);
  }

  /** A rule with no source: one you declared. */
  public ResolvedSecurityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description) {
    this(direction, peer, port, stateful, description, List.of());
  }

  /** The de-duplication key: everything but the description and the sources. */
  public String identity() {
    return direction + "|" + peer.kind() + "|" + peer.target() + "|" + port + "|" + stateful;
  }

  @Override
  public String toString() {
    return (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peer + " " + port
        + (stateful ? "" : " (stateless)") + " — " + description;
  }
}
