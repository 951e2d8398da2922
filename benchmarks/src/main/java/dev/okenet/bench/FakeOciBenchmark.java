package dev.okenet.bench;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * FakeOci's speed: {@code FakeOci.create()} (target: cheap enough for one per test), and a full
 * apply of {@code prod} - network, cluster and node pools, instant clock, default parallelism -
 * through the SDK interfaces in process (target: median at most 2 ms) and through the SDK's real
 * clients over the loopback HTTP door, signed and serialised (target: at most 100 ms). Each apply
 * starts from an empty fake with its plan made (not measured); {@code planAndApply*} measures the
 * plan's list calls too.
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'FakeOciBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FakeOciBenchmark {
  /** The reference network, resolved once per trial. */
  @State(Scope.Benchmark)
  public static class Network {
    ResolvedNetwork prod;

    /** Resolves prod. */
    @Setup
    public void setUp() {
      prod = ReferenceNetworks.prod().resolve();
    }
  }

  /** A fresh in-process fake per invocation, with prod's plan against it. */
  @State(Scope.Thread)
  public static class InProcess {
    FakeOci fake;
    OciNetworkProvider provider;
    Plan plan;

    /** A new empty fake and the plan that creates prod in it. */
    @Setup(Level.Invocation)
    public void setUp(Network network) {
      fake = FakeOci.create();
      provider = FakeProviders.builder(fake, Door.IN_PROCESS).build();
      plan = provider.plan(network.prod);
    }

    /** Closes the fake. */
    @TearDown(Level.Invocation)
    public void tearDown() {
      fake.close();
    }
  }

  /**
   * One fake served over loopback HTTP for the trial, with the HTTP door's clients (the SDK's own
   * VirtualNetworkClient, ContainerEngineClient and NetworkLoadBalancerClient); emptied with
   * {@link FakeOci#reset()} before each invocation, so each apply starts from nothing.
   */
  @State(Scope.Thread)
  public static class OverHttp {
    FakeOci fake;
    OciNetworkProvider provider;
    Plan plan;

    /** Starts the fake's endpoint and connects the clients. */
    @Setup(Level.Trial)
    public void start() {
      fake = FakeOci.create();
      provider = FakeProviders.builder(fake, Door.HTTP).build();
    }

    /** Empties the fake and plans prod against it. */
    @Setup(Level.Invocation)
    public void setUp(Network network) {
      fake.reset();
      plan = provider.plan(network.prod);
    }

    /** Stops the endpoint. */
    @TearDown(Level.Trial)
    public void stop() {
      fake.close();
    }
  }

  /** {@code FakeOci.create()}, and its close(). */
  @Benchmark
  public FakeOci create() {
    FakeOci fake = FakeOci.create();
    fake.close();
    return fake;
  }

  /** Applies prod's plan through the in-process SDK interfaces. */
  @Benchmark
  public ApplyResult applyInProcess(InProcess s) {
    return check(s.provider.apply(s.plan));
  }

  /** Applies prod's plan through the real SDK clients over HTTP. */
  @Benchmark
  public ApplyResult applyOverHttp(OverHttp s) {
    return check(s.provider.apply(s.plan));
  }

  /** Plans prod against an empty in-process fake and applies it. */
  @Benchmark
  public ApplyResult planAndApplyInProcess(InProcess s, Network network) {
    return check(s.provider.apply(s.provider.plan(network.prod)));
  }

  /** A failed apply would be measured as fast: refuse it. */
  private static ApplyResult check(ApplyResult r) {
    if (!r.isSuccess()) {
      throw new IllegalStateException("The benchmarked apply of prod failed, so its time means nothing: " + r);
    }
    return r;
  }
}
