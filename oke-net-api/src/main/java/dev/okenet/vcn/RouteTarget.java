package dev.okenet.vcn;

import dev.okenet.internal.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a route rule sends traffic: one of this network's gateways.
 *
 * <pre>{@code
 * RouteTarget.natGateway()
 * RouteTarget.localPeering("shared-services")
 * }</pre>
 */
public final class RouteTarget {
  /** The gateway kinds a route can target. */
  public enum Kind {
    /** The internet gateway (public subnets only). */
    INTERNET_GATEWAY,
    /** The NAT gateway (egress only, private subnets). */
    NAT_GATEWAY,
    /** The service gateway (the Oracle Services Network only: {@code RouteRule.toServiceNetwork(..)}). */
    SERVICE_GATEWAY,
    /** The dynamic routing gateway (on-premises, other VCNs and regions). */
    DRG,
    /** A local peering gateway, by name. */
    LOCAL_PEERING_GATEWAY
  }

  private final Kind kind;
  private final String lpgName;

  private RouteTarget(Kind kind, String lpgName) {
    this.kind = kind;
    this.lpgName = lpgName;
  }

  /** The internet gateway. */
  public static RouteTarget internetGateway() {
    return new RouteTarget(Kind.INTERNET_GATEWAY, null);
  }

  /** The NAT gateway. */
  public static RouteTarget natGateway() {
    return new RouteTarget(Kind.NAT_GATEWAY, null);
  }

  /** The service gateway. */
  public static RouteTarget serviceGateway() {
    return new RouteTarget(Kind.SERVICE_GATEWAY, null);
  }

  /** The DRG. */
  public static RouteTarget drg() {
    return new RouteTarget(Kind.DRG, null);
  }

  /** The local peering gateway of that name. */
  public static RouteTarget localPeering(String name) {
    return new RouteTarget(Kind.LOCAL_PEERING_GATEWAY,
        Require.keyName(name, "RouteTarget.localPeering(name) name", "RouteTarget.localPeering(\"shared\")"));
  }

  /** The kind of gateway. */
  public Kind kind() {
    return kind;
  }

  /** The LPG's name, for {@link Kind#LOCAL_PEERING_GATEWAY}. */
  public Optional<String> lpgName() {
    return Optional.ofNullable(lpgName);
  }

  /**
   * The DSL expression that builds this target, e.g. {@code RouteTarget.natGateway()}: fixes and
   * generated model code (imports, adoption) print it.
   */
  public String toCode() {
    switch (kind) {
      case INTERNET_GATEWAY:
        return "RouteTarget.internetGateway()";
      case NAT_GATEWAY:
        return "RouteTarget.natGateway()";
      case SERVICE_GATEWAY:
        return "RouteTarget.serviceGateway()";
      case DRG:
        return "RouteTarget.drg()";
      default:
        return "RouteTarget.localPeering(\"" + lpgName.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    }
  }

  /** E.g. "NAT gateway", "LPG shared". */
  @Override
  public String toString() {
    switch (kind) {
      case INTERNET_GATEWAY:
        return "internet gateway";
      case NAT_GATEWAY:
        return "NAT gateway";
      case SERVICE_GATEWAY:
        return "service gateway";
      case DRG:
        return "DRG";
      default:
        return "LPG " + lpgName;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RouteTarget && ((RouteTarget) o).kind == kind && Objects.equals(((RouteTarget) o).lpgName, lpgName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, lpgName);
  }
}
