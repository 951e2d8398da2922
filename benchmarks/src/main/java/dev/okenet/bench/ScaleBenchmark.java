package dev.okenet.bench;

import dev.okenet.OkeNetwork;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * validate() and resolve() over estates of 10, 100 and 1,000 networks of 16 subnets and 200 rules
 * each ({@link Estates}): time per estate (target: 1,000 networks in at most 1 s) and, with JMH's
 * {@code -prof gc}, bytes allocated per estate ({@code gc.alloc.rate.norm}). Neither call caches
 * anything on the intent, so every invocation does the whole work.
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'ScaleBenchmark' -prof gc -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {
  /** Networks in the estate. */
  @Param({"10", "100", "1000"})
  public int networks;

  private List<OkeNetwork> estate;

  /** Builds the estate's intents (not measured). */
  @Setup
  public void setUp() {
    estate = Estates.of(networks);
  }

  /** Validates and resolves every network of the estate. */
  @Benchmark
  public void validateAndResolve(Blackhole bh) {
    for (OkeNetwork n : estate) {
      bh.consume(n.validate());
      bh.consume(n.resolve());
    }
  }
}
