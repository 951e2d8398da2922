package dev.okenet.testkit.internal.dispatch;

import dev.okenet.testkit.RateLimits;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FakeOci's throttling: one token bucket per operation family of {@link RateLimits}, judged in
 * windows of {@code burst / perSecond} seconds of virtual caller time, each admitting at most
 * {@code burst} calls — the most a bucket of that capacity refilling at that rate lets through
 * from full in that time. Windows rather than a running balance because FakeOci's callers live at
 * different virtual times (each thread has its own now; see {@code VirtualClock}): a call is
 * judged by when it happens, not by the order threads reach the fake, so a caller that waited
 * longer cannot use up a window that callers behind it in time still need.
 *
 * <pre>{@code
 * Throttle t = new Throttle(RateLimits.oracleDefaults());
 * t.admit("VirtualNetwork", "createVcn", nowMillis);   // false: answer 429
 * }</pre>
 */
public final class Throttle {
    private final RateLimits limits;
    private final Map<String, Map<Long, int[]>> windows = new ConcurrentHashMap<>();

    public Throttle(RateLimits limits) {
        this.limits = limits;
    }

    /** Whether {@code operation} of {@code service}, sent at {@code nowMillis}, gets through. */
    public boolean admit(String service, String operation, long nowMillis) {
        boolean write = RateLimits.isWrite(operation);
        RateLimits.Limit limit = limits.limit(service, write).orElse(null);
        if (limit == null) {
            return true;
        }
        long windowMillis = Math.max(1, Math.round(limit.burst() * 1000 / limit.perSecond()));
        int[] count = windows.computeIfAbsent(service + (write ? ":write" : ":read"), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(nowMillis / windowMillis, w -> new int[1]);
        synchronized (count) {
            if (count[0] >= limit.burst()) {
                return false;
            }
            count[0]++;
            return true;
        }
    }

    /** Whether any family is limited. */
    public boolean isOn() {
        return limits.isOn();
    }
}
