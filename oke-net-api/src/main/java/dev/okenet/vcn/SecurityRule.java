package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Objects;

/**
 * One security rule of an NSG or a security list: direction, peer, protocol/port, stateful or
 * stateless, and a description. Stateful by default, as OKE expects.
 *
 * <pre>{@code
 * SecurityRule ssh = SecurityRule.ingress(Peer.ipv4("192.168.0.0/16"), Port.SSH)
 *     .withDescription("SSH from on-premises");
 * SecurityRule dns = SecurityRule.egress(Peer.anyIpv4(), Port.udp(53)).withStateful(false);
 * }</pre>
 */
public final class SecurityRule {
  private final Direction direction;
  private final Peer peer;
  private final Port port;
  private final boolean stateful;
  private final String description;

  private SecurityRule(Direction direction, Peer peer, Port port, boolean stateful, String description) {
    if (direction == null) {
      throw new IllegalArgumentException("A security rule needs a direction: use SecurityRule.ingress(..) or egress(..).");
    }
    if (peer == null) {
      throw new IllegalArgumentException("A security rule needs a peer: the " + (direction == Direction.INGRESS ? "source" : "destination")
          + " is null. Give one, e.g. Peer.anyIpv4() or Peer.role(SubnetRole.WORKERS).");
    }
    if (port == null) {
      throw new IllegalArgumentException("A security rule needs a port, e.g. Port.tcp(443) or Port.all().");
    }
    this.direction = direction;
    this.peer = peer;
    this.port = port;
    this.stateful = stateful;
    this.description = description == null ? "" : description;
  }

  /** A stateful ingress rule from {@code source}. */
  public static SecurityRule ingress(Peer source, Port port) {
    return new SecurityRule(Direction.INGRESS, source, port, true, "");
  }

  /** A stateful egress rule to {@code destination}. */
  public static SecurityRule egress(Peer destination, Port port) {
    return new SecurityRule(Direction.EGRESS, destination, port, true, "");
  }

  /** A copy with the given description (OCI allows up to 255 characters). */
  public SecurityRule withDescription(String text) {
    Require.notNull(text, "SecurityRule.withDescription(text): text", "Give a description, or leave it out for none.");
    if (text.length() > 255) {
      throw new IllegalArgumentException(
          "Security rule description is " + text.length() + " characters long; OCI allows 255. Shorten it.");
    }
    return new SecurityRule(direction, peer, port, stateful, text);
  }

  /** A stateful copy ({@code true}, the default), or a stateless one whose return traffic needs its own rule. */
  public SecurityRule withStateful(boolean stateful) {
    return new SecurityRule(direction, peer, port, stateful, description);
  }

  /** The direction. */
  public Direction direction() {
    return direction;
  }

  /** The source (ingress) or destination (egress). */
  public Peer peer() {
    return peer;
  }

  /** Protocol and ports. */
  public Port port() {
    return port;
  }

  /** Whether return traffic is allowed automatically. */
  public boolean isStateful() {
    return stateful;
  }

  /** The description; empty when none was given. */
  public String description() {
    return description;
  }

  /** E.g. "ingress from 0.0.0.0/0 TCP 443 (stateful)". */
  @Override
  public String toString() {
    return (direction == Direction.INGRESS ? "ingress from " : "egress to ") + peer + " " + port
        + (stateful ? "" : " (stateless)") + (description.isEmpty() ? "" : " — " + description);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SecurityRule)) {
      return false;
    }
    SecurityRule r = (SecurityRule) o;
    return direction == r.direction && peer.equals(r.peer) && port.equals(r.port)
        && stateful == r.stateful && description.equals(r.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, peer, port, stateful, description);
  }
}
