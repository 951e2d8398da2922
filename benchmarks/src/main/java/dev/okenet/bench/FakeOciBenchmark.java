package dev.okenet.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * FakeOci's speed, before and after in one JMH run: {@code FakeOci.create()} (target: cheap enough
 * for one per test), and a full apply of {@code prod} - network, cluster and node pools, instant
 * clock, default parallelism - through the SDK interfaces in process (targets: median at most 2 ms,
 * at most 0.5 MB allocated) and through the SDK's real clients over the loopback HTTP door, signed
 * and serialised (target: median at most 40 ms). Each apply starts from an empty fake with prod's
 * plan made once per trial (the plan against an empty fake is the same for every empty fake), so a
 * measured operation is the apply itself plus a {@code FakeOci.create()} (about 18 KB);
 * {@code planAndApply*} measures the plan's list calls too.
 *
 * <p>{@code code} picks the version: {@code after} is this build, {@code before} the baseline
 * {@code run.sh} builds when given {@code BASELINE=<commit>} ({@link Versions}). Each runs in its
 * own forked JVM, so neither warms the JIT for the other.
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'FakeOciBenchmark' -p code=after -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FakeOciBenchmark {
  /** One version's driver, for the trial. */
  @State(Scope.Thread)
  public static class Code {
    /** "after" (this build) or "before" (the baseline). */
    @Param({Versions.AFTER})
    public String code;

    Versions.Driver driver;
    Supplier<Object> createAndClose;

    /** Loads the version. */
    @Setup(Level.Trial)
    public void load() {
      driver = Versions.driver(code);
      createAndClose = driver.supplier("createAndClose");
    }
  }

  /** A fresh in-process fake per invocation, with the provider over it. */
  @State(Scope.Thread)
  public static class InProcess {
    Supplier<Object> fresh;
    Supplier<Object> apply;
    Supplier<Object> planAndApply;
    Supplier<Object> close;

    /** Looks the driver's calls up once. */
    @Setup(Level.Trial)
    public void bind(Code c) {
      fresh = c.driver.supplier("newInProcess");
      apply = c.driver.supplier("applyInProcess");
      planAndApply = c.driver.supplier("planAndApplyInProcess");
      close = c.driver.supplier("closeInProcess");
    }

    /** A new empty fake. */
    @Setup(Level.Invocation)
    public void setUp() {
      fresh.get();
    }

    /** Closes the fake. */
    @TearDown(Level.Invocation)
    public void tearDown() {
      close.get();
    }
  }

  /**
   * One fake served over loopback HTTP for the trial, with the HTTP door's clients (the SDK's own
   * VirtualNetworkClient, ContainerEngineClient and NetworkLoadBalancerClient); emptied with
   * {@code FakeOci.reset()} before each invocation, so each apply starts from nothing.
   */
  @State(Scope.Thread)
  public static class OverHttp {
    Supplier<Object> reset;
    Supplier<Object> apply;
    Supplier<Object> stop;

    /** Starts the fake's endpoint and connects the clients. */
    @Setup(Level.Trial)
    public void start(Code c) {
      c.driver.run("startHttp");
      reset = c.driver.supplier("resetHttp");
      apply = c.driver.supplier("applyOverHttp");
      stop = c.driver.supplier("stopHttp");
    }

    /** Empties the fake. */
    @Setup(Level.Invocation)
    public void setUp() {
      reset.get();
    }

    /** Stops the endpoint. */
    @TearDown(Level.Trial)
    public void tearDown() {
      stop.get();
    }
  }

  /** {@code FakeOci.create()}, and its close(). */
  @Benchmark
  public Object create(Code c) {
    return c.createAndClose.get();
  }

  /** Applies prod's plan through the in-process SDK interfaces. */
  @Benchmark
  public Object applyInProcess(InProcess s) {
    return s.apply.get();
  }

  /** Applies prod's plan through the real SDK clients over HTTP. */
  @Benchmark
  public Object applyOverHttp(OverHttp s) {
    return s.apply.get();
  }

  /** Plans prod against an empty in-process fake and applies it. */
  @Benchmark
  public Object planAndApplyInProcess(InProcess s) {
    return s.planAndApply.get();
  }
}
