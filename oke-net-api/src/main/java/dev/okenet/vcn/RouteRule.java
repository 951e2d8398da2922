package dev.okenet.vcn;

import dev.okenet.Cidr;
import java.util.Objects;
import java.util.Optional;

/**
 * One route rule: a destination (a CIDR block, or the Oracle Services Network) and the gateway
 * that traffic to it takes.
 *
 * <pre>{@code
 * RouteRule.to("192.168.0.0/16", RouteTarget.drg())
 * RouteRule.toServiceNetwork(RouteTarget.serviceGateway())
 * }</pre>
 */
public final class RouteRule {
  private final Cidr destination;
  private final RouteTarget target;
  private final String description;

  private RouteRule(Cidr destination, RouteTarget target, String description) {
    if (target == null) {
      throw new IllegalArgumentException("A route rule needs a target, e.g. RouteTarget.natGateway().");
    }
    this.destination = destination;
    this.target = target;
    this.description = description == null ? "" : description;
  }

  /** Traffic to {@code cidr} goes through {@code target}. */
  public static RouteRule to(String cidr, RouteTarget target) {
    return to(Cidr.of(cidr), target);
  }

  /** Traffic to {@code cidr} goes through {@code target}. */
  public static RouteRule to(Cidr cidr, RouteTarget target) {
    return new RouteRule(Objects.requireNonNull(cidr, "destination"), target, "");
  }

  /** Traffic to the Oracle Services Network goes through {@code target} (a service gateway). */
  public static RouteRule toServiceNetwork(RouteTarget target) {
    return new RouteRule(null, target, "");
  }

  /** A copy with a description. */
  public RouteRule withDescription(String text) {
    return new RouteRule(destination, target, text);
  }

  /** The destination CIDR; empty when the destination is the Oracle Services Network. */
  public Optional<Cidr> destination() {
    return Optional.ofNullable(destination);
  }

  /** Whether the destination is the Oracle Services Network (a service CIDR label). */
  public boolean isServiceNetwork() {
    return destination == null;
  }

  /** The gateway. */
  public RouteTarget target() {
    return target;
  }

  /** The description; empty when none. */
  public String description() {
    return description;
  }

  /** The destination as text: the CIDR, or "Oracle Services Network". */
  public String destinationText() {
    return destination == null ? "Oracle Services Network" : destination.toString();
  }

  /** E.g. "0.0.0.0/0 → NAT gateway". */
  @Override
  public String toString() {
    return destinationText() + " → " + target;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RouteRule)) {
      return false;
    }
    RouteRule r = (RouteRule) o;
    return Objects.equals(destination, r.destination) && target.equals(r.target) && description.equals(r.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(destination, target, description);
  }
}
