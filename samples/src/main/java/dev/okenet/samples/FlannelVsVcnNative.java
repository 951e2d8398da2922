package dev.okenet.samples;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CapacityReport;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Verdict;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.vcn.Port;
import java.io.PrintStream;
import java.util.List;

/**
 * The same cluster both ways, {@code prod} (VCN-native) beside {@code prod-flannel}: address
 * capacity, the rules OKE needs, and how NetworkPolicy and VCN rules apply to pod traffic.
 *
 * <pre>{@code
 * mvn -q -B -DskipTests -pl samples -am package exec:java -Dsample=dev.okenet.samples.FlannelVsVcnNative
 * }</pre>
 */
public final class FlannelVsVcnNative {
  private FlannelVsVcnNative() {}

  /** Runs the comparison. */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    for (OkeNetwork network : List.of(ReferenceNetworks.prod(), ReferenceNetworks.prodFlannel())) {
      ResolvedNetwork net = network.resolve();
      out.println("━━ " + network.name() + " (" + network.podNetworking().cni() + ")");
      out.println();
      CapacityReport capacity = network.capacity();
      out.println(capacity.render());
      out.println("Rules OKE needs (" + network.securityEnforcement() + "):");
      int total = 0;
      for (ResolvedRuleSet set : net.ruleSets()) {
        out.printf("  %-18s %2d ingress  %2d egress%n", set.key(), set.ingress().size(), set.egress().size());
        total += set.rules().size();
      }
      out.println("  total " + total + " rules");
      out.println();
      out.println("Pod traffic:");
      Verdict podToPod = net.reachability().from(Endpoint.pods("shop", "app=web")).to(Endpoint.pods("shop", "app=api")).on(Port.tcp(8080));
      Verdict podToInternet = net.reachability().from(Endpoint.pods("shop", "app=web")).to(Endpoint.internet()).on(Port.tcp(443));
      out.println(podToPod.render());
      out.println(podToInternet.render());
    }
  }
}
