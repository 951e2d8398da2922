package dev.okenet.bench;

import dev.okenet.OkeNetwork;
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
 * validate() and resolve() of {@code prod} with 500, 2,000 and 4,000 extra subnets that give only a
 * prefix length (carved) or an explicit CIDR ({@link CarvedNetworks}). Target: near-linear growth
 * (issue 16 measured the first carver at 7.5 s for 2,000 carved subnets and 58 s for 4,000).
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'CarvingBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CarvingBenchmark {
  /** Extra subnets. */
  @Param({"500", "2000", "4000"})
  public int subnets;

  /** Whether the extra subnets are carved (prefix only) or explicit. */
  @Param({"carved", "explicit"})
  public String layout;

  private OkeNetwork network;

  /** Builds the intent (not measured). */
  @Setup
  public void setUp() {
    network = CarvedNetworks.of(subnets, layout.equals("carved"));
  }

  /** validate(): places the subnets, resolves, runs every rule. */
  @Benchmark
  public Object validate() {
    return network.validate();
  }

  /** resolve(): carves the subnets and writes the rules and routes. */
  @Benchmark
  public Object resolve() {
    return network.resolve();
  }
}
