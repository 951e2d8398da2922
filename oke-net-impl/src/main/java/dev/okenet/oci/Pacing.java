package dev.okenet.oci;

import dev.okenet.internal.Require;

import dev.okenet.oci.internal.cloud.AdaptivePacer;
import dev.okenet.oci.internal.cloud.Pacer;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How a provider paces its calls so that OCI throttles them rarely instead of often: one budget
 * per operation family (each service's reads, each service's writes), shared by every provider
 * given the same {@code Pacing} — so twenty concurrent applies in one JVM draw on one budget —
 * and adaptive on 429 TooManyRequests like TCP's AIMD: the family's rate halves on a throttle and
 * grows back by a call per second for every second of successful calls. Waits go through the
 * provider's {@link RetryPolicy#sleeper()}, the same one retries use.
 *
 * <p>Oracle publishes no request rates for the OCI APIs (its API errors page documents only the
 * 429 and client back-off), so the default budget learns the limit: {@link #adaptive()} sends
 * unpaced until a family is first throttled, then starts from
 * {@value #DEFAULT_RATE_AFTER_THROTTLE} calls per second. Each provider gets a budget of its own
 * by default; {@link #shared()} is one budget for every provider of the JVM that asks for it, and
 * any instance given to several providers is shared by them. When the limit is known,
 * {@link #adaptive(double)} starts there.
 *
 * <pre>{@code
 * Pacing estate = Pacing.adaptive(8);                        // one budget for the whole estate
 * OciNetworkProvider a = OciNetworkProvider.builder()...pacing(estate).build();
 * OciNetworkProvider b = OciNetworkProvider.builder()...pacing(estate).build();
 * Pacing.off();                                              // no pacing; 429s are only retried
 * Pacing.adaptive(8).withTime(() -> fake.clock().callerElapsed().toMillis());   // FakeOci's virtual time
 * }</pre>
 */
public final class Pacing {
  /** The rate (calls per second per family) an unpaced family drops to on its first 429. */
  public static final double DEFAULT_RATE_AFTER_THROTTLE = 10;
  /** The lowest rate a family is halved to. */
  public static final double MIN_RATE = 0.5;
  /** Calls per family that may go at once after a pause. */
  public static final double DEFAULT_BURST = 5;
  /** Calls per second a family's rate grows by, past 90% of its last throttled rate, for each second of successful calls. */
  public static final double INCREASE_PER_SECOND = 0.05;

  private static final Pacing OFF = new Pacing(null, 0, 0, 0, System::currentTimeMillis);
  private static final Pacing SHARED = new Pacing(Double.POSITIVE_INFINITY, DEFAULT_RATE_AFTER_THROTTLE,
      Double.POSITIVE_INFINITY, DEFAULT_BURST, System::currentTimeMillis);

  static {
    dev.okenet.oci.internal.provider.PacingAccess.install(Pacing::pacer);
  }

  private final Double startRate;
  private final double readStartRate;
  private final double afterThrottle;
  private final double maxRate;
  private final double burst;
  private final LongSupplier nowMillis;
  private volatile Pacer pacer;

  private Pacing(Double startRate, double afterThrottle, double maxRate, double burst, LongSupplier nowMillis) {
    this(startRate, startRate == null ? 0 : startRate, afterThrottle, maxRate, burst, nowMillis);
  }

  private Pacing(Double startRate, double readStartRate, double afterThrottle, double maxRate, double burst, LongSupplier nowMillis) {
    this.startRate = startRate;
    this.readStartRate = readStartRate;
    this.afterThrottle = afterThrottle;
    this.maxRate = maxRate;
    this.burst = burst;
    this.nowMillis = nowMillis;
  }

  /**
   * The JVM's shared budget: one for every provider (and importer) given it, unpaced until OCI
   * first throttles a family, then adaptive. Share it among providers of one tenancy and region.
   */
  public static Pacing shared() {
    return SHARED;
  }

  /**
   * A new budget, unpaced until OCI first throttles a family, then adaptive from
   * {@value #DEFAULT_RATE_AFTER_THROTTLE} calls per second: a provider's default.
   */
  public static Pacing adaptive() {
    return new Pacing(Double.POSITIVE_INFINITY, DEFAULT_RATE_AFTER_THROTTLE, Double.POSITIVE_INFINITY, DEFAULT_BURST,
        System::currentTimeMillis);
  }

  /** No pacing: calls go as fast as the parallelism allows, and a 429 is only retried. */
  public static Pacing off() {
    return OFF;
  }

  /**
   * A new budget starting at {@code callsPerSecond} per family (and never above four times it);
   * give the same instance to every provider that should share it.
   */
  public static Pacing adaptive(double callsPerSecond) {
    if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
      throw new IllegalArgumentException("Pacing.adaptive(" + callsPerSecond + "): give a rate above 0 calls per second, e.g. 10;"
          + " use Pacing.off() for none.");
    }
    return adaptive(callsPerSecond, callsPerSecond);
  }

  /**
   * A new budget whose writes start at {@code writesPerSecond} and reads at {@code readsPerSecond}
   * per service (OCI throttles reads less than writes), each never above four times its start.
   */
  public static Pacing adaptive(double writesPerSecond, double readsPerSecond) {
    for (double r : new double[] {writesPerSecond, readsPerSecond}) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new IllegalArgumentException("Pacing.adaptive(" + writesPerSecond + ", " + readsPerSecond + "): give rates above 0 "
            + "calls per second, e.g. 10 and 20; use Pacing.off() for none.");
      }
    }
    return new Pacing(writesPerSecond, readsPerSecond, writesPerSecond, Math.max(writesPerSecond, readsPerSecond) * 4,
        DEFAULT_BURST, System::currentTimeMillis);
  }

  /**
   * The same budget settings on another clock, in milliseconds (e.g. FakeOci's virtual time: the
   * calling thread's {@code clock().callerElapsed()}), with a fresh budget. Pair it with a
   * {@link RetryPolicy} whose sleeper waits on that clock.
   */
  public Pacing withTime(LongSupplier millis) {
    Require.notNull(millis, "Pacing.withTime(millis): millis", "Give a millisecond clock, e.g. System::currentTimeMillis.");
    return startRate == null ? this : new Pacing(startRate, readStartRate, afterThrottle, maxRate, burst, millis);
  }

  /** A copy with {@code calls} per family allowed at once after a pause (default {@value #DEFAULT_BURST}). */
  public Pacing withBurst(double calls) {
    if (!(calls >= 1)) {
      throw new IllegalArgumentException("Pacing burst is " + calls + "; give 1 or more calls.");
    }
    return startRate == null ? this : new Pacing(startRate, readStartRate, afterThrottle, maxRate, calls, nowMillis);
  }

  /** Whether calls are paced at all. */
  public boolean isOn() {
    return startRate != null;
  }

  /**
   * The current rate of {@code service}'s reads or writes (calls per second; infinite while
   * unpaced), e.g. {@code rate("VirtualNetwork", true)}.
   */
  public double rate(String service, boolean writes) {
    Require.notNull(service, "Pacing.rate(service, writes): service", "Give an SDK service name, e.g. \"VirtualNetwork\".");
    Pacer p = pacer();
    return p instanceof AdaptivePacer a ? a.rate(service + (writes ? ":write" : ":read")) : Double.POSITIVE_INFINITY;
  }

  /** The limiter behind this budget, made once and shared by every provider holding it. */
  Pacer pacer() {
    if (startRate == null) {
      return Pacer.NONE;
    }
    Pacer p = pacer;
    if (p == null) {
      synchronized (this) {
        if (pacer == null) {
          pacer = new AdaptivePacer(startRate, readStartRate, afterThrottle, MIN_RATE, maxRate, burst, INCREASE_PER_SECOND,
              nowMillis);
        }
        p = pacer;
      }
    }
    return p;
  }

  @Override
  public String toString() {
    return startRate == null ? "Pacing[off]" : "Pacing[writes " + startRate + "/s, reads " + readStartRate + "/s per service, burst "
        + burst + "]";
  }
}
