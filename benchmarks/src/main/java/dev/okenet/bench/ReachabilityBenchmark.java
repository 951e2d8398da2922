package dev.okenet.bench;

import dev.okenet.reference.LargeNetworks;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reach.ExposedFlow;
import dev.okenet.reach.Reachability;
import dev.okenet.reach.Verdict;
import dev.okenet.reference.ReferenceNetworks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reachability speed: verdicts per second on {@code prod}, single-threaded (target at least
 * 100,000), cycling through {@link Questions#PROD}; and the internet-ingress audit of a network
 * with 5,000 internet-facing rules (target under 1 s), on built indexes and from cold (indexes
 * built in the measurement).
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'ReachabilityBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Thread)
public class ReachabilityBenchmark {
  private Reachability prod;
  private Questions.Question[] questions;
  private int next;
  private ResolvedNetwork large;
  private Reachability largeReach;

  /** Resolves both networks and builds their indexes once. */
  @Setup
  public void setUp() {
    prod = ReferenceNetworks.prod().resolve().reachability();
    questions = Questions.PROD.toArray(new Questions.Question[0]);
    large = LargeNetworks.withInternetRules(5_000).resolve();
    largeReach = large.reachability();
  }

  /** One verdict, the next question of the mix each time. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Verdict verdict() {
    Questions.Question q = questions[next];
    next = next + 1 == questions.length ? 0 : next + 1;
    return q.ask(prod);
  }

  /** The internet-ingress audit of the 5,000-rule network, its indexes built. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<ExposedFlow> auditInternetIngress() {
    return largeReach.auditInternetIngress();
  }

  /** The same audit from cold: building the reachability indexes included. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<ExposedFlow> auditInternetIngressCold() {
    return Reachability.of(large).auditInternetIngress();
  }
}
