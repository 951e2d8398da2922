package dev.okenet.resolved;

import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import java.util.List;

/**
 * One security rule as it will exist in an NSG or security list. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is, the description and sources
 * included ({@link #identity()} is what de-duplicates rules).
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * ResolvedSecurityRule r = net.ruleSet(ResourceKey.nsg(SubnetRole.WORKERS)).orElseThrow().rules().get(0);
 * r.description();   // "OKE: worker to worker"
 * r.sources();       // [Oracle: Network Resource Configuration ... — Security Rules for Worker Nodes (ingress), ...]
 * }</pre>
 */
public final class ResolvedSecurityRule {
  private final Direction direction;
  private final ResolvedPeer peer;
  private final Port port;
  private final boolean stateful;
  private final String description;
  private final List<RuleSource> sources;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedSecurityRule(Direction direction, ResolvedPeer peer, Port port, boolean stateful, String description,
      List<RuleSource> sources) {
    this.direction = Components.value(direction, "ResolvedSecurityRule", "direction");
    this.peer = Components.value(peer, "ResolvedSecurityRule", "peer");
    this.port = Components.value(port, "ResolvedSecurityRule", "port");
    this.stateful = stateful;
    this.description = Components.value(description, "ResolvedSecurityRule", "description");
    this.sources = Components.list(sources, "ResolvedSecurityRule", "sources");
  }

  /** Ingress or egress. */
  public Direction direction() {
    return direction;
  }

  /** The source (ingress) or destination (egress). */
  public ResolvedPeer peer() {
    return peer;
  }

  /** Protocol and ports. */
  public Port port() {
    return port;
  }

  /** Whether return traffic is implied. */
  public boolean stateful() {
    return stateful;
  }

  /** Why the rule exists (becomes OCI's rule description). */
  public String description() {
    return description;
  }

  /**
   * Where a generated rule comes from (Oracle's page and table, or terraform-oci-oke); empty for
   * rules you declared. Not written to OCI, so it never changes a plan.
   */
  public List<RuleSource> sources() {
    return sources;
  }

  /** The de-duplication key: everything but the description and the sources. */
  public String identity() {
    return direction + "|" + peer.kind() + "|" + peer.target() + "|" + port + "|" + stateful;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedSecurityRule r && direction == r.direction && peer.equals(r.peer) && port.equals(r.port)
        && stateful == r.stateful && description.equals(r.description) && sources.equals(r.sources);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = direction.hashCode();
    h = 31 * h + peer.hashCode();
    h = 31 * h + port.hashCode();
    h = 31 * h + Boolean.hashCode(stateful);
    h = 31 * h + description.hashCode();
    return 31 * h + sources.hashCode();
  }

  /** e.g. "ingress from workers TCP 6443 — OKE: workers to Kubernetes API endpoint": the direction, peer, port and reason. */
  @Override
  public String toString() {
    return (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peer + " " + port
        + (stateful ? "" : " (stateless)") + " — " + description;
  }
}
