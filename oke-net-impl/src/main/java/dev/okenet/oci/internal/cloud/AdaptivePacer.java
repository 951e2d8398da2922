package dev.okenet.oci.internal.cloud;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleBiFunction;

/**
 * An adaptive client-side rate limiter, one budget per operation family (a service's reads, a
 * service's writes), shared by every provider holding it. Each family admits {@code rate} calls
 * per one-second window (a call that finds its window full goes in the next with room), and its
 * rate follows AIMD, as TCP's congestion window does: halved on a 429 (at most once a second, so
 * a volley of 429s from calls already in flight counts once), then raised quickly back to 90% of
 * the rate that was throttled and slowly ({@code increasePerSecond} calls per second for every
 * second of successful calls) beyond it, never above {@code maxRate}.
 *
 * <p>A family starts at its start rate ({@code startRate.applyAsDouble(service, writes)}). When
 * {@code alwaysOn} is false the budget paces only while it is needed: while two or more applies
 * hold it at once ({@link #hold}), and for good once a family has been throttled. One network's
 * apply alone is bounded by OCI's provisioning times, not by its rate limit (prod's 32 writes
 * spread over its 19 s critical path), so pacing it would only slow it where the clock is fast
 * (FakeOci in a test); concurrent applies are where the limit binds, and there the budget paces
 * from their first call instead of learning the limit from a storm of 429s.
 *
 * <pre>{@code
 * AdaptivePacer p = new AdaptivePacer((service, writes) -> writes ? 10 : 20, true, 0.5, 100, 1, System::currentTimeMillis);
 * Duration wait = p.reserve("VirtualNetwork", "createSubnet");
 * }</pre>
 */
public final class AdaptivePacer implements Pacer {
  private final ToDoubleBiFunction<String, Boolean> startRate;
  private final boolean alwaysOn;
  private final double minRate;
  private final double maxRate;
  private final double increasePerSecond;
  private final LongSupplier nowMillis;
  private final Map<String, Family> families = new ConcurrentHashMap<>();
  /** Each operation's family, found once: naming the family per call showed in allocation profiles. */
  private final Map<String, Map<String, Family>> byOperation = new ConcurrentHashMap<>();
  /** How many applies hold this budget now. */
  private final AtomicInteger holders = new AtomicInteger();
  /** The share of the last throttled rate the rate recovers to quickly. */
  private static final double RECOVERY = 0.9;

  /**
   * @param startRate calls per second a family starts at, by service and whether it is the writes
   * @param alwaysOn pace every call; false: only while two or more applies hold the budget, or once a family was throttled
   * @param minRate the least rate a family is halved to
   * @param maxRate the most a family's rate grows to (infinite: no bound)
   * @param increasePerSecond calls per second added per second of successful calls, above 90% of the last throttled rate
   * @param nowMillis the time (real, or a fake's virtual time)
   */
  public AdaptivePacer(ToDoubleBiFunction<String, Boolean> startRate, boolean alwaysOn, double minRate, double maxRate,
      double increasePerSecond, LongSupplier nowMillis) {
    this.startRate = startRate;
    this.alwaysOn = alwaysOn;
    this.minRate = minRate;
    this.maxRate = maxRate;
    this.increasePerSecond = increasePerSecond;
    this.nowMillis = nowMillis;
  }

  private Family family(String service, String operation) {
    Map<String, Family> ofService = byOperation.computeIfAbsent(service, k -> new ConcurrentHashMap<>());
    Family f = ofService.get(operation);
    if (f == null) {
      String name = Pacer.family(service, operation);
      f = families.computeIfAbsent(name, k -> new Family(startRate.applyAsDouble(service, k.endsWith(":write"))));
      ofService.put(operation, f);
    }
    return f;
  }

  @Override
  public Duration reserve(String service, String operation) {
    Family f = family(service, operation);
    if (!alwaysOn && holders.get() < 2 && !f.engaged) {
      return Duration.ZERO;   // one apply alone, never throttled: nothing to pace (see the class comment)
    }
    return Duration.ofMillis(f.reserve(nowMillis.getAsLong()));
  }

  @Override
  public void throttled(String service, String operation) {
    Family f = family(service, operation);
    f.throttled(nowMillis.getAsLong(), alwaysOn || holders.get() >= 2);
  }

  @Override
  public void succeeded(String service, String operation) {
    Family f = family(service, operation);
    if (f.engaged || alwaysOn || holders.get() >= 2) {
      f.succeeded();
    }
  }

  @Override
  public Hold hold(int applies) {
    holders.addAndGet(applies);
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        holders.addAndGet(-applies);
      }
    };
  }

  /** The current rate of a family ("VirtualNetwork:write"), calls per second, for tests and reports. */
  public double rate(String family) {
    Family f = families.get(family);
    if (f != null) {
      return f.rate();
    }
    int colon = family.lastIndexOf(':');
    return startRate.applyAsDouble(family.substring(0, Math.max(0, colon)), family.endsWith(":write"));
  }

  private final class Family {
    private double rate;
    /** The rate at the last 429 (the limit as last seen); below 90% of it, the rate recovers fast. */
    private double ceiling;
    private final java.util.NavigableMap<Long, int[]> taken = new java.util.TreeMap<>();
    private double lastDecrease = Double.NEGATIVE_INFINITY;
    /** Throttled at least once: paced from then on, whoever holds the budget. */
    private volatile boolean engaged;

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
      long window = rate >= 1 ? 1000 : (long) Math.ceil(1000 / rate);
      long w = now / window;
      while (taken.computeIfAbsent(w * window, k -> new int[1])[0] >= capacity(w)) {
        w++;
      }
      taken.get(w * window)[0]++;
      taken.headMap(now - 60_000).clear();
      return Math.max(0, w * window - now);
    }

    /** A 429; {@code wasPacing}: this family's calls were being paced when it came. */
    /**
     * Calls window {@code w} holds: the whole calls of {@code rate × (w + 1)} less those of
     * {@code rate × w}, so windows hold the rate exactly on average (9.9 a second is nine windows of
     * 10 in ten, not 9 in each); one per window below one a second.
     */
    private int capacity(long w) {
      if (rate < 1) {
        return 1;
      }
      return (int) (Math.floor(rate * (w + 1)) - Math.floor(rate * w));
    }

    synchronized void throttled(long now, boolean wasPacing) {
      if (!engaged && !wasPacing) {
        // The first 429 of a family that nothing paced (one apply alone): from now on it is paced
        // at its start rate whoever holds the budget; halving comes with the next event.
        engaged = true;
        lastDecrease = now;
        return;
      }
      engaged = true;
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
      rate += rate < RECOVERY * ceiling ? Math.min(1, RECOVERY * ceiling - rate) : increasePerSecond / rate;
      if (rate > maxRate) {
        rate = maxRate;
      }
    }
  }
}
