package dev.okenet.render.internal;

import dev.okenet.vcn.RouteTarget;
import java.util.Locale;

/**
 * Reads the {@link RouteTarget#toString()} texts back: "internet gateway", "NAT gateway",
 * "service gateway", "DRG", "LPG &lt;name&gt;" (any case).
 */
final class RouteTargetText {
  private RouteTargetText() {}

  static String format(RouteTarget target) {
    return target.toString();
  }

  static RouteTarget parse(String text) {
    String t = text.trim();
    switch (t.toLowerCase(Locale.ROOT)) {
      case "internet gateway":
        return RouteTarget.internetGateway();
      case "nat gateway":
        return RouteTarget.natGateway();
      case "service gateway":
        return RouteTarget.serviceGateway();
      case "drg":
        return RouteTarget.drg();
      default:
        if (t.toLowerCase(Locale.ROOT).startsWith("lpg ")) {
          return RouteTarget.localPeering(t.substring(4).trim());
        }
        throw new IllegalArgumentException("'" + text + "' is not a route target. Write \"internet gateway\", \"NAT gateway\", "
            + "\"service gateway\", \"DRG\" or \"LPG <name>\".");
    }
  }
}
