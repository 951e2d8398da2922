package dev.okenet.bench;

import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building an NSG of 1,000, 10,000 and 100,000 rules, one {@code withRule} at a time (the DSL's
 * chained path) and with one {@code withAllRules}. Target: linear (issue 16: the first Nsg copied
 * its list per rule, 53 s for 100,000).
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'NsgBuildBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NsgBuildBenchmark {
  /** Rules in the NSG. */
  @Param({"1000", "10000", "100000"})
  public int rules;

  private List<SecurityRule> all;

  /** Makes the rules (not measured). */
  @Setup
  public void setUp() {
    all = new ArrayList<>();
    for (int i = 0; i < rules; i++) {
      all.add(SecurityRule.ingress(Peer.anyIpv4(), Port.tcp(1 + i % 65_535)));
    }
  }

  /** One withRule per rule. */
  @Benchmark
  public Nsg chained() {
    Nsg nsg = Nsg.named("many");
    for (SecurityRule r : all) {
      nsg = nsg.addRule(r);
    }
    return nsg;
  }

  /** One withAllRules for all of them. */
  @Benchmark
  public Nsg bulk() {
    return Nsg.named("many").addAllRules(all);
  }
}
