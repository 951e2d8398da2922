package dev.okenet.oci.internal.cloud;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * An adaptive client-side rate limiter, one budget per operation family (a service's reads, a
 * service's writes), shared by every provider holding it. Each family admits {@code rate} calls
 * per one-second window (a call that finds its window full goes in the next with room), and its
 * rate follows AIMD, as TCP's congestion window does: halved on a 429 (at most once a second, so
 * a volley of 429s from calls already in flight counts once), then raised quickly back to 90% of
 * the rate that was throttled and slowly ({@code increasePerSecond} calls per second for every
 * second of successful calls) beyond it, never above {@code maxRate}. A family starts unpaced when {@code startRate} is
 * infinite: nothing waits until OCI first throttles it, then it starts from {@code afterThrottle}.
 *
 * <pre>{@code
 * AdaptivePacer p = new AdaptivePacer(10, 10, 0.5, 100, 5, 1, System::currentTimeMillis);
 * Duration wait = p.reserve("VirtualNetwork", "createSubnet");
 * }</pre>
 */
public final class AdaptivePacer implements Pacer {
  private final double startRate;
  private final double readStartRate;
  private final double afterThrottle;
  private final double minRate;
  private final double maxRate;
  private final double burst;
  private final double increasePerSecond;
  private final LongSupplier nowMillis;
  private final Map<String, Family> families = new ConcurrentHashMap<>();
  /** The share of the last throttled rate the rate recovers to quickly. */
  private static final double RECOVERY = 0.9;

  /**
   * @param startRate calls per second a family starts at ({@code Double.POSITIVE_INFINITY}: unpaced until throttled)
   * @param afterThrottle the rate an unpaced family drops to on its first 429
   * @param minRate the least rate a family is halved to
   * @param maxRate the most a family's rate grows to (infinite: no bound)
   * @param burst kept for configuration symmetry; windows of one second bound bursts to the rate
   * @param increasePerSecond calls per second added per second of successful calls
   * @param nowMillis the time (real, or a fake's virtual time)
   */
  public AdaptivePacer(double startRate, double afterThrottle, double minRate, double maxRate, double burst,
      double increasePerSecond, LongSupplier nowMillis) {
    this(startRate, startRate, afterThrottle, minRate, maxRate, burst, increasePerSecond, nowMillis);
  }

  /** As the other constructor, with reads starting at {@code readStartRate} (OCI throttles reads less). */
  public AdaptivePacer(double startRate, double readStartRate, double afterThrottle, double minRate, double maxRate, double burst,
      double increasePerSecond, LongSupplier nowMillis) {
    this.startRate = startRate;
    this.readStartRate = readStartRate;
    this.afterThrottle = afterThrottle;
    this.minRate = minRate;
    this.maxRate = maxRate;
    this.burst = burst;
    this.increasePerSecond = increasePerSecond;
    this.nowMillis = nowMillis;
  }

  private Family family(String service, String operation) {
    return families.computeIfAbsent(Pacer.family(service, operation), k -> new Family(k.endsWith(":read") ? readStartRate : startRate));
  }

  @Override
  public Duration reserve(String service, String operation) {
    return Duration.ofMillis(family(service, operation).reserve(nowMillis.getAsLong()));
  }

  @Override
  public void throttled(String service, String operation) {
    family(service, operation).throttled(nowMillis.getAsLong());
  }

  @Override
  public void succeeded(String service, String operation) {
    family(service, operation).succeeded();
  }

  /** The current rate of a family, calls per second (infinite when unpaced), for tests and reports. */
  public double rate(String family) {
    Family f = families.get(family);
    return f == null ? (family.endsWith(":read") ? readStartRate : startRate) : f.rate();
  }

  private final class Family {
    private double rate;
    /** The rate at the last 429 (the limit as last seen); below 90% of it, the rate recovers fast. */
    private double ceiling;
    private final java.util.NavigableMap<Long, int[]> taken = new java.util.TreeMap<>();
    private double lastDecrease = Double.NEGATIVE_INFINITY;

    Family(double rate) {
      this.rate = rate;
      this.ceiling = rate;
    }

    synchronized double rate() {
      return rate;
    }

    /**
     * The earliest moment at or after {@code now} in a window with room: windows of one second
     * holding {@code rate} calls (one call per 1/rate seconds below one per second). Windows, not
     * a running balance, so a caller is placed by its own time whatever order callers come in —
     * FakeOci's callers live at different virtual times, and real callers lose nothing by it.
     */
    synchronized long reserve(long now) {
      if (Double.isInfinite(rate)) {
        return 0;
      }
      long window = rate >= 1 ? 1000 : (long) Math.ceil(1000 / rate);
      int capacity = rate >= 1 ? (int) Math.floor(rate) : 1;
      long w = now / window;
      while (taken.computeIfAbsent(w * window, k -> new int[1])[0] >= capacity) {
        w++;
      }
      taken.get(w * window)[0]++;
      taken.headMap(now - 60_000).clear();
      return Math.max(0, w * window - now);
    }

    synchronized void throttled(long now) {
      if (Double.isInfinite(rate)) {
        rate = afterThrottle;
        ceiling = afterThrottle;
        lastDecrease = now;
        return;
      }
      if (now - lastDecrease < 1000.0) {
        return;   // the same congestion event: calls already sent when the first 429 came
      }
      ceiling = rate;
      rate = Math.max(minRate, rate / 2);
      lastDecrease = now;
    }

    /**
     * Additive increase, in two speeds as TCP's slow start and congestion avoidance: below 90% of
     * the rate of the last 429 each success adds a call per second (the rate doubles each second),
     * above it each second of successes adds {@code increasePerSecond}, probing slowly for more.
     */
    synchronized void succeeded() {
      if (Double.isInfinite(rate)) {
        return;
      }
      rate += rate < RECOVERY * ceiling ? Math.min(1, RECOVERY * ceiling - rate) : increasePerSecond / rate;
      if (rate > maxRate) {
        rate = Double.isInfinite(maxRate) ? rate : maxRate;
      }
    }
  }
}
