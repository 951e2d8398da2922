package dev.okenet.vcn;

import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.Objects;
import java.util.Optional;

/**
 * One route rule: a destination (a CIDR block, or the Oracle Services Network) and the gateway
 * that traffic to it takes. The Oracle Services Network goes to the service gateway and the
 * service gateway takes nothing else: OCI refuses either mismatch, so the rule refuses it when
 * built. Rules that need the VCN (a gateway route for addresses inside it) are checked by
 * {@code validate()}.
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
    if (destination != null && !destination.isIpv4()) {
      throw new IllegalArgumentException("Route rule " + destination + " → " + target + ": the destination is IPv6. OCI routes an IPv6 "
          + "prefix only to a DRG or an internet gateway (the SDK's RouteRule destination) and oke-net's subnets carry no IPv6 "
          + "prefix, so the route would carry nothing. Route an IPv4 block, e.g. RouteRule.to(\"0.0.0.0/0\", " + target.toCode() + ").");
    }
    requireServiceGatewayMatchesServiceNetwork(destination, target);
    this.destination = destination;
    this.target = target;
    this.description = description == null ? "" : description;
  }

  /**
   * The service gateway routes only the Oracle Services Network, and only the service gateway
   * routes it (OCI refuses either mismatch with a 400); a single rule shows both, so it is an
   * argument error here rather than a finding.
   */
  private static void requireServiceGatewayMatchesServiceNetwork(Cidr destination, RouteTarget target) {
    boolean toServiceGateway = target.kind() == RouteTarget.Kind.SERVICE_GATEWAY;
    if (destination == null && !toServiceGateway) {
      throw new IllegalArgumentException("Route rule Oracle Services Network → " + target + ": RouteRule.toServiceNetwork(..) takes "
          + "RouteTarget.serviceGateway(); only a service gateway routes the Oracle Services Network. Write "
          + "RouteRule.toServiceNetwork(RouteTarget.serviceGateway()), or route a CIDR to the " + target + " with RouteRule.to(cidr, ..).");
    }
    if (destination != null && toServiceGateway) {
      throw new IllegalArgumentException("Route rule " + destination + " → service gateway: RouteRule.to(\"" + destination + "\", ..) "
          + "takes any target but RouteTarget.serviceGateway(); a service gateway routes only the Oracle Services Network. Write "
          + "RouteRule.toServiceNetwork(RouteTarget.serviceGateway()), or send " + destination + " to the NAT gateway, the DRG or a "
          + "local peering gateway.");
    }
  }

  /**
   * Traffic to {@code cidr} goes through {@code target}, any gateway but the service gateway.
   *
   * @throws IllegalArgumentException when {@code target} is the service gateway (use {@link #toServiceNetwork})
   */
  public static RouteRule to(String cidr, RouteTarget target) {
    return to(CidrArguments.cidr(cidr, "RouteRule.to(cidr, target) cidr"), target);
  }

  /**
   * Traffic to {@code cidr} goes through {@code target}, any gateway but the service gateway.
   *
   * @throws IllegalArgumentException when {@code target} is the service gateway (use {@link #toServiceNetwork})
   */
  public static RouteRule to(Cidr cidr, RouteTarget target) {
    Require.notNull(cidr, "RouteRule.to(cidr, target): cidr", "Give the destination block, e.g. Cidr.of(\"192.168.0.0/16\").");
    return new RouteRule(cidr, target, "");
  }

  /**
   * Traffic to the Oracle Services Network goes through {@code target}, which must be the service gateway.
   *
   * @throws IllegalArgumentException when {@code target} is not {@link RouteTarget#serviceGateway()}
   */
  public static RouteRule toServiceNetwork(RouteTarget target) {
    return new RouteRule(null, target, "");
  }

  /** A copy with a description (OCI allows up to 255 characters). */
  public RouteRule withDescription(String text) {
    Require.notNull(text, "RouteRule.withDescription(text): text", "Give a description, or leave it out for none.");
    if (text.length() > 255) {
      throw new IllegalArgumentException("Route rule description is " + text.length() + " characters long; OCI allows 255. Shorten it.");
    }
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
