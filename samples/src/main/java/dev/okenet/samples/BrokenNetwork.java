package dev.okenet.samples;

import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.check.Report;
import dev.okenet.reach.Endpoint;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import java.io.PrintStream;

/**
 * The {@code broken} reference network: {@code prod} with the three classic OKE failures, and the
 * findings that catch each before anything is created.
 *
 * <ol>
 *   <li>Pod IP exhaustion: the pods subnet is a /24.
 *   <li>A service that never gets an address: the "public" LB subnet is private, and
 *       {@code shop/web} stays a public NLB.
 *   <li>A policy nobody enforces: VCN-native pods, NetworkPolicies, no policy engine.
 * </ol>
 *
 * <pre>{@code
 * mvn -q -B -DskipTests -pl samples -am package exec:java -Dsample=dev.okenet.samples.BrokenNetwork
 * }</pre>
 */
public final class BrokenNetwork {
  private BrokenNetwork() {}

  /** Runs the sample. */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    OkeNetwork broken = ReferenceNetworks.broken();
    Report report = broken.validate();
    out.println("━━ The network 'broken': " + report.errors().size() + " errors");
    out.println();
    out.println(report.render());
    out.println("━━ 1. Pod IP exhaustion");
    report.findings().stream().filter(f -> f.ruleId().startsWith("OKE-IP-")).map(Finding::toString).forEach(out::println);
    out.println(broken.capacity().render());
    out.println("━━ 2. A service that never gets an address");
    report.findings().stream().filter(f -> f.ruleId().startsWith("OKE-LB-")).map(Finding::toString).forEach(out::println);
    out.println();
    out.println("━━ 3. A policy nobody enforces");
    report.findings().stream().filter(f -> f.ruleId().startsWith("OKE-POL-")).map(Finding::toString).forEach(out::println);
    out.println();
    out.println(broken.resolve().reachability().from(Endpoint.pods("shop", "app=api")).to(Endpoint.pods("shop", "app=web"))
        .on(Port.tcp(8443)).render());
  }
}
