package dev.okenet.samples;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedRouteTable;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.resolved.ResolvedSubnet;
import java.io.PrintStream;

/**
 * The README's main job: the reference network {@code prod}, resolved into a concrete network.
 *
 * <pre>{@code
 * mvn -q -B -DskipTests -pl samples -am package exec:java
 * }</pre>
 */
public final class ProductionNetwork {
  private ProductionNetwork() {}

  /** Runs the sample. */
  public static void main(String[] args) {
    run(ReferenceNetworks.prod(), System.out);
  }

  static void run(OkeNetwork network, PrintStream out) {
    ResolvedNetwork net = network.resolve();
    out.println("== " + net.name() + " (" + network.region() + ", " + network.podNetworking().cni() + ")");
    out.println();
    out.println("Subnets");
    for (ResolvedSubnet s : net.subnets()) {
      out.printf("  %-24s %-18s %-8s %s%n", s.name(), s.cidr(), s.isPublic() ? "public" : "private", s.routeTableKey());
    }
    out.println();
    out.println("Route tables");
    for (ResolvedRouteTable rt : net.routeTables()) {
      out.printf("  %-24s %s%n", rt.key(), rt.rules());
    }
    out.println();
    out.println("Security (" + network.securityEnforcement() + ")");
    for (ResolvedRuleSet set : net.ruleSets()) {
      out.printf("  %-24s %2d ingress, %2d egress%n", set.key(), set.ingress().size(), set.egress().size());
    }
  }
}
