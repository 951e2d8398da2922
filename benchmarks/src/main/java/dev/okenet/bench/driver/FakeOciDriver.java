package dev.okenet.bench.driver;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.vcn.Vcn;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The measuring end of the before/after benchmarks: everything {@code FakeOciBenchmark} and {@code
 * Figures} do to oke-net, written against the API that the code being measured and the baseline it
 * is compared with both have, so the same source compiles against either. {@code run.sh} compiles
 * it a second time against the baseline's jars; {@link dev.okenet.bench.Versions} loads each copy
 * in its own class loader beside its own oke-net, and calls it with JDK types only.
 *
 * <p>What only the newer code has is reached by reflection: {@code SimulatedTime} (apply as a
 * discrete-event simulation on the virtual clock) is used when present, and {@link #simulation()}
 * says which model of time a makespan was measured under.
 *
 * <pre>{@code
 * FakeOciDriver d = new FakeOciDriver();
 * d.newInProcess();
 * d.applyInProcess();   // one apply of prod into an empty fake
 * }</pre>
 */
public final class FakeOciDriver {
  private final ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
  /** prod's plan against an empty fake: the same for every empty fake, so it is made once. */
  private Plan emptyPlan;

  private FakeOci inProcess;
  private OciNetworkProvider inProcessProvider;
  private FakeOci overHttp;
  private OciNetworkProvider httpProvider;

  // ---- FakeOciBenchmark ------------------------------------------------------------------------

  /** FakeOci.create() and close(). */
  public Object createAndClose() {
    FakeOci fake = FakeOci.create();
    fake.close();
    return fake;
  }

  /** A fresh empty in-process fake and a provider over it (prod's plan is made once, not measured). */
  public void newInProcess() {
    inProcess = FakeOci.create();
    inProcessProvider = provider(inProcess, Door.IN_PROCESS, false).build();
    if (emptyPlan == null) {
      emptyPlan = inProcessProvider.plan(prod);
    }
  }

  /** Applies prod's plan to the fresh in-process fake. */
  public Object applyInProcess() {
    return check(inProcessProvider.apply(emptyPlan));
  }

  /** Plans prod against the fresh in-process fake and applies it. */
  public Object planAndApplyInProcess() {
    return check(inProcessProvider.apply(inProcessProvider.plan(prod)));
  }

  /** Closes the in-process fake. */
  public void closeInProcess() {
    if (inProcess != null) {
      inProcess.close();
    }
  }

  /** One fake served over loopback HTTP, with the SDK's real clients, for the whole trial. */
  public void startHttp() {
    overHttp = FakeOci.create();
    httpProvider = provider(overHttp, Door.HTTP, false).build();
    if (emptyPlan == null) {
      emptyPlan = httpProvider.plan(prod);
    }
  }

  /** Empties the HTTP fake. */
  public void resetHttp() {
    overHttp.reset();
  }

  /** Applies prod's plan over HTTP. */
  public Object applyOverHttp() {
    return check(httpProvider.apply(emptyPlan));
  }

  /** Stops the HTTP fake. */
  public void stopHttp() {
    if (overHttp != null) {
      overHttp.close();
    }
  }

  // ---- Figures -----------------------------------------------------------------------------------

  /** How this code's makespans are measured: "tasks as callers (SimulatedTime)" or "threads as callers". */
  public String simulation() {
    return simulatedTimeFactory() != null ? "tasks as callers (SimulatedTime)" : "threads as callers";
  }

  /**
   * Applies {@code networks} copies of prod (names {@code prod}, {@code prod-1} ..., VCNs
   * 10.0.0.0/16, 10.1.0.0/16 ...) to one empty FakeOci on the manual virtual clock, each through its
   * own provider at {@code parallelism}, all at once, {@code runs} times.
   *
   * @param simulated apply on SimulatedTime when this code has it
   * @return "criticalPath" and "serialSum" (ms, the largest single network's critical path and the
   *     sum over all networks), "creates", "makespans" (ms per run, sorted) and "outcome"
   */
  public Map<String, Object> makespans(int networks, boolean networkOnly, int parallelism, int runs, boolean simulated) {
    List<ResolvedNetwork> estate = estate(networks);
    List<Long> makespans = new ArrayList<>();
    Map<String, Object> row = new LinkedHashMap<>();
    String outcome = "ok";
    for (int run = 0; run < runs; run++) {
      try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
        List<OciNetworkProvider> providers = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        long criticalPath = 0;
        long serialSum = 0;
        long creates = 0;
        for (ResolvedNetwork net : estate) {
          OciNetworkProvider p = provider(fake, Door.IN_PROCESS, simulated).networkOnly(networkOnly)
              .parallelism(parallelism).build();
          Plan plan = p.plan(net);
          providers.add(p);
          plans.add(plan);
          criticalPath = Math.max(criticalPath, plan.criticalPath(latencies(fake.clock())).toMillis());
          serialSum += serialSum(plan, net, fake.clock()).toMillis();
          creates += plan.count(ChangeAction.CREATE);
        }
        row.put("criticalPath", criticalPath);
        row.put("serialSum", serialSum);
        row.put("creates", creates);
        Duration before = fake.clock().elapsed();
        List<ApplyResult> results = applyAll(providers, plans);
        makespans.add(fake.clock().elapsed().minus(before).toMillis());
        for (ApplyResult r : results) {
          if (!r.isSuccess() && "ok".equals(outcome)) {
            outcome = r.toString();
          }
        }
      }
    }
    makespans.sort(null);
    row.put("makespans", makespans);
    row.put("outcome", outcome);
    return row;
  }

  private static List<ApplyResult> applyAll(List<OciNetworkProvider> providers, List<Plan> plans) {
    if (providers.size() == 1) {
      return List.of(providers.get(0).apply(plans.get(0)));
    }
    ExecutorService callers = Executors.newFixedThreadPool(providers.size());
    try {
      List<Future<ApplyResult>> futures = new ArrayList<>();
      for (int i = 0; i < providers.size(); i++) {
        OciNetworkProvider p = providers.get(i);
        Plan plan = plans.get(i);
        futures.add(callers.submit(() -> p.apply(plan)));
      }
      List<ApplyResult> results = new ArrayList<>();
      for (Future<ApplyResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A concurrent apply of the estate failed: " + e, e);
    } finally {
      callers.shutdownNow();
    }
  }

  /** prod and {@code networks - 1} copies with their own names, VCN CIDRs and DNS labels. */
  static List<ResolvedNetwork> estate(int networks) {
    OkeNetwork prod = ReferenceNetworks.prod();
    List<ResolvedNetwork> estate = new ArrayList<>();
    estate.add(prod.resolve());
    for (int i = 1; i < networks; i++) {
      estate.add(prod.toBuilder().name("prod-" + i).vcn(Vcn.of("10." + i + ".0.0/16").withDnsLabel("prod" + i)).build()
          .resolve());
    }
    return estate;
  }

  // ---- wiring --------------------------------------------------------------------------------------

  /**
   * Versions whose provider needs availability domains for node pools take the fake's; older ones
   * (a baseline built from an earlier commit) have neither method, so reflection keeps one driver
   * source for both.
   */
  private static void giveAvailabilityDomains(FakeOci fake, OciNetworkProvider.Builder b) {
    try {
      Object domains = fake.getClass().getMethod("availabilityDomains").invoke(fake);
      b.getClass().getMethod("availabilityDomains", java.util.List.class).invoke(b, domains);
    } catch (NoSuchMethodException e) {
      // an earlier version: node pools were placed without them
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("This code takes availability domains but they could not be wired: " + e, e);
    }
  }

  private OciNetworkProvider.Builder provider(FakeOci fake, Door door, boolean simulated) {
    OciServices services = door.services(fake);
    OciNetworkProvider.Builder b = OciNetworkProvider.builder()
        .virtualNetwork(services.virtualNetwork())
        .containerEngine(services.containerEngine())
        .networkLoadBalancer(services.networkLoadBalancer())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
    giveAvailabilityDomains(fake, b);
    Method factory = simulated ? simulatedTimeFactory() : null;
    if (factory != null) {
      try {
        VirtualClock clock = fake.clock();
        Supplier<Duration> now = clock::callerElapsed;
        BiFunction<Duration, Runnable, Duration> runFrom = (start, task) -> runAsNewCaller(clock, start, task);
        Object time = factory.invoke(null, now, runFrom);
        b.getClass().getMethod("simulatedTime", factory.getReturnType()).invoke(b, time);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("This code has SimulatedTime but it could not be wired: " + e, e);
      }
    }
    return b;
  }

  private static Duration runAsNewCaller(VirtualClock clock, Duration start, Runnable task) {
    try {
      return (Duration) VirtualClock.class.getMethod("runAsNewCaller", Duration.class, Runnable.class)
          .invoke(clock, start, task);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("VirtualClock.runAsNewCaller is missing beside SimulatedTime: " + e, e);
    }
  }

  /** {@code SimulatedTime.of(Supplier, BiFunction)}, or null when this code has none. */
  private static Method simulatedTimeFactory() {
    try {
      Class<?> type = Class.forName("dev.okenet.oci.SimulatedTime");
      return type.getMethod("of", Supplier.class, BiFunction.class);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /** Each create's latency on {@code clock}; a node pool's is its nodes' launch when longer. */
  static Function<ResourceType, Duration> latencies(VirtualClock clock) {
    return type -> {
      Duration api = clock.latency(kindOf(type));
      return type == ResourceType.NODE_POOL && clock.nodeLatency().compareTo(api) > 0 ? clock.nodeLatency() : api;
    };
  }

  /** Every create's latency added up (a node pool created empty takes its API latency only). */
  static Duration serialSum(Plan plan, ResolvedNetwork net, VirtualClock clock) {
    Function<ResourceType, Duration> latency = latencies(clock);
    Duration sum = Duration.ZERO;
    for (Change c : plan.changes()) {
      boolean creates = c.action() == ChangeAction.CREATE || c.action() == ChangeAction.REPLACE;
      if (!creates || c.type() == ResourceType.DEFAULT_SECURITY_LIST) {
        continue;
      }
      boolean empty = c.type() == ResourceType.NODE_POOL && net.nodePools().stream()
          .anyMatch(p -> p.key().equals(c.key()) && p.pool().minNodes() == 0);
      sum = sum.plus(empty ? clock.latency(ResourceKind.NODE_POOL) : latency.apply(c.type()));
    }
    return sum;
  }

  private static ResourceKind kindOf(ResourceType type) {
    return type == ResourceType.DEFAULT_SECURITY_LIST ? ResourceKind.SECURITY_LIST : ResourceKind.valueOf(type.name());
  }

  private static ApplyResult check(ApplyResult r) {
    if (!r.isSuccess()) {
      throw new IllegalStateException("The benchmarked apply of prod failed, so its time means nothing: " + r);
    }
    return r;
  }
}
