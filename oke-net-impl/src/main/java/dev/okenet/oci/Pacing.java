package dev.okenet.oci;

import dev.okenet.internal.Require;

import dev.okenet.oci.internal.cloud.AdaptivePacer;
import dev.okenet.oci.internal.cloud.Pacer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How a provider paces its calls so that OCI throttles them rarely instead of often: one budget
 * per tenancy and operation family (each service's reads, each service's writes), shared by every
 * provider given the same {@code Pacing} — so twenty concurrent applies in one JVM draw on one
 * budget — and adaptive on 429 TooManyRequests like TCP's AIMD: the family's rate halves on a
 * throttle, recovers quickly to 90% of the throttled rate, then grows slowly. Waits go through the
 * provider's {@link RetryPolicy#sleeper()}, the same one retries use.
 *
 * <p><b>The default</b> ({@link #adaptive()}) starts each family at
 * {@value #DEFAULT_WRITES_PER_SECOND} writes per second ({@value #DEFAULT_SLOW_WRITES_PER_SECOND}
 * for ContainerEngine and NetworkLoadBalancer) and {@value #DEFAULT_READS_PER_SECOND} reads per
 * second per service, and paces only while it is needed: while two or more applies run on the
 * budget at once (an estate's networks, or several providers given one {@code Pacing}), and for
 * good in a family once OCI has throttled it. One network's apply alone is bounded by OCI's
 * provisioning times, not by the rate limit, so it is not slowed (nor is a test on FakeOci's fast
 * clock). Oracle publishes no request rates for the OCI APIs (its API Errors page documents only
 * the 429 and client back-off), so these start rates are chosen, not quoted: they are the ones
 * FakeOci documents for its {@code RateLimits.oracleDefaults()}, in the range operators report,
 * and AIMD finds the real limit from there, lower or higher.
 *
 * <p><b>Sharing.</b> Providers built with {@code OciNetworkProvider.fromConfigFile(..)} or
 * {@code fromInstancePrincipals(..)} share {@link #shared()} by default, one budget per tenancy
 * and region in the JVM; a provider given clients directly has a budget of its own unless given
 * the same {@code Pacing} as others. {@link #adaptive(double)} paces every call from the given rate.
 *
 * <pre>{@code
 * Pacing estate = Pacing.adaptive();                         // one budget for the whole estate
 * OciNetworkProvider a = OciNetworkProvider.builder()...pacing(estate).build();
 * OciNetworkProvider b = OciNetworkProvider.builder()...pacing(estate).build();
 * Pacing.adaptive(8);                                        // every call paced, from 8 calls per second
 * Pacing.off();                                              // no pacing; 429s are only retried
 * Pacing.adaptive().withTime(() -> fake.clock().callerElapsed().toMillis());   // FakeOci's virtual time
 * }</pre>
 */
public final class Pacing {
  /** The writes per second a family of VirtualNetwork (and any other service not named below) starts at. */
  public static final double DEFAULT_WRITES_PER_SECOND = 10;
  /** The writes per second ContainerEngine's and NetworkLoadBalancer's families start at. */
  public static final double DEFAULT_SLOW_WRITES_PER_SECOND = 5;
  /** The reads per second a service's read family starts at. */
  public static final double DEFAULT_READS_PER_SECOND = 20;
  /** The lowest rate a family is halved to. */
  public static final double MIN_RATE = 0.5;
  /** Calls per family that may go at once after a pause. */
  public static final double DEFAULT_BURST = 5;
  /** Calls per second a family's rate grows by, past 90% of its last throttled rate, for each second of successful calls. */
  public static final double INCREASE_PER_SECOND = 0.05;

  private static final Pacing OFF = new Pacing(null, 0, false, 0, System::currentTimeMillis);
  private static final Pacing SHARED = new Pacing(null, Double.POSITIVE_INFINITY, true, DEFAULT_BURST, System::currentTimeMillis);

  static {
    dev.okenet.oci.internal.provider.PacingAccess.install(Pacing::pacer);
  }

  /** Explicit start rates {writes, reads} for every service, or null: the defaults above (or off when not {@code on}). */
  private final double[] rates;
  private final double maxRate;
  private final boolean on;
  private final double burst;
  private final LongSupplier nowMillis;
  private final Map<String, Pacer> byTenancy = new ConcurrentHashMap<>();

  private Pacing(double[] rates, double maxRate, boolean on, double burst, LongSupplier nowMillis) {
    this.rates = rates;
    this.maxRate = maxRate;
    this.on = on;
    this.burst = burst;
    this.nowMillis = nowMillis;
  }

  /**
   * The JVM's shared budget, as {@link #adaptive()}: one budget per tenancy and region for every
   * provider (and importer) given it. The default of providers built from a config file or
   * instance principals.
   */
  public static Pacing shared() {
    return SHARED;
  }

  /**
   * A new budget at the default start rates, pacing while applies overlap or once throttled (see
   * above): a provider's default.
   */
  public static Pacing adaptive() {
    return new Pacing(null, Double.POSITIVE_INFINITY, true, DEFAULT_BURST, System::currentTimeMillis);
  }

  /** No pacing: calls go as fast as the parallelism allows, and a 429 is only retried. */
  public static Pacing off() {
    return OFF;
  }

  /**
   * A new budget that paces every call, starting at {@code callsPerSecond} per family (and never
   * above four times it); give the same instance to every provider that should share it.
   */
  public static Pacing adaptive(double callsPerSecond) {
    if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
      throw new IllegalArgumentException("Pacing.adaptive(" + callsPerSecond + "): give a rate above 0 calls per second, e.g. 10;"
          + " use Pacing.off() for none.");
    }
    return adaptive(callsPerSecond, callsPerSecond);
  }

  /**
   * A new budget that paces every call, its writes starting at {@code writesPerSecond} and reads
   * at {@code readsPerSecond} per service (OCI throttles reads less than writes), each never
   * above four times its start.
   */
  public static Pacing adaptive(double writesPerSecond, double readsPerSecond) {
    for (double r : new double[] {writesPerSecond, readsPerSecond}) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new IllegalArgumentException("Pacing.adaptive(" + writesPerSecond + ", " + readsPerSecond + "): give rates above 0 "
            + "calls per second, e.g. 10 and 20; use Pacing.off() for none.");
      }
    }
    return new Pacing(new double[] {writesPerSecond, readsPerSecond}, Math.max(writesPerSecond, readsPerSecond) * 4, true,
        DEFAULT_BURST, System::currentTimeMillis);
  }

  /**
   * The same budget settings on another clock, in milliseconds (e.g. FakeOci's virtual time: the
   * calling thread's {@code clock().callerElapsed()}), with a fresh budget. Pair it with a
   * {@link RetryPolicy} whose sleeper waits on that clock.
   */
  public Pacing withTime(LongSupplier millis) {
    Require.notNull(millis, "Pacing.withTime(millis): millis", "Give a millisecond clock, e.g. System::currentTimeMillis.");
    return !on ? this : new Pacing(rates, maxRate, true, burst, millis);
  }

  /** A copy with {@code calls} per family allowed at once after a pause (default {@value #DEFAULT_BURST}). */
  public Pacing withBurst(double calls) {
    if (!(calls >= 1)) {
      throw new IllegalArgumentException("Pacing burst is " + calls + "; give 1 or more calls.");
    }
    return !on ? this : new Pacing(rates, maxRate, true, calls, nowMillis);
  }

  /** Whether calls are paced at all. */
  public boolean isOn() {
    return on;
  }

  /**
   * The current rate of {@code service}'s reads or writes (calls per second; infinite when off)
   * in the budget of providers whose tenancy is not known (clients given directly), e.g.
   * {@code rate("VirtualNetwork", true)}.
   */
  public double rate(String service, boolean writes) {
    Require.notNull(service, "Pacing.rate(service, writes): service", "Give an SDK service name, e.g. \"VirtualNetwork\".");
    Pacer p = pacer("");
    return p instanceof AdaptivePacer a ? a.rate(service + (writes ? ":write" : ":read")) : Double.POSITIVE_INFINITY;
  }

  /** The start rate of a family by default: see the class comment. */
  private static double defaultStart(String service, boolean writes) {
    if (!writes) {
      return DEFAULT_READS_PER_SECOND;
    }
    return service.equals("ContainerEngine") || service.equals("NetworkLoadBalancer") ? DEFAULT_SLOW_WRITES_PER_SECOND
        : DEFAULT_WRITES_PER_SECOND;
  }

  /**
   * The limiter of {@code tenancy}'s budget ("" when the tenancy is unknown), made once and shared
   * by every provider holding this {@code Pacing} for that tenancy.
   */
  Pacer pacer(String tenancy) {
    if (!on) {
      return Pacer.NONE;
    }
    return byTenancy.computeIfAbsent(tenancy, k -> rates == null
        ? new AdaptivePacer(Pacing::defaultStart, false, MIN_RATE, maxRate, INCREASE_PER_SECOND, nowMillis)
        : new AdaptivePacer((service, writes) -> writes ? rates[0] : rates[1], true, MIN_RATE, maxRate, INCREASE_PER_SECOND,
            nowMillis));
  }

  @Override
  public String toString() {
    if (!on) {
      return "Pacing[off]";
    }
    return rates == null ? "Pacing[adaptive, from " + DEFAULT_WRITES_PER_SECOND + " writes/s (" + DEFAULT_SLOW_WRITES_PER_SECOND
        + " ContainerEngine, NetworkLoadBalancer) and " + DEFAULT_READS_PER_SECOND + " reads/s per service, while applies overlap"
        + " or once throttled]"
        : "Pacing[writes " + rates[0] + "/s, reads " + rates[1] + "/s per service, every call]";
  }
}
