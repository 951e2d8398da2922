package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * OCI's API throttling as FakeOci models it: a token bucket per tenancy and operation family — a
 * service's reads ({@code get*}, {@code list*}) or its writes (everything else) — refilled at
 * {@code perSecond} calls per second of virtual time, holding at most {@code burst}, judged per
 * window of {@code burst / perSecond} seconds (at most {@code burst} calls each) so that callers at
 * different virtual times are judged by when their calls happen. A call that
 * finds its bucket empty is answered 429 {@code TooManyRequests}, as OCI answers ("You have issued
 * too many requests to the Oracle Cloud Infrastructure APIs in too short of an amount of time",
 * API Errors page). A FakeOci serves one tenancy, so it has one bucket per family. Off unless
 * asked for: {@code FakeOci.builder().rateLimits(RateLimits.oracleDefaults())}.
 *
 * <p><b>Where the defaults come from.</b> Oracle publishes no request rates for these APIs: the
 * API Errors page documents the 429 and the SDK documentation asks for back-off with jitter, and
 * nothing names a number (searched: "OCI API rate limits", "TooManyRequests"). The defaults are
 * therefore chosen, not quoted: writes 10 per second for Virtual Network and 5 for Container
 * Engine and Network Load Balancer, reads 20 per second for each, bursts of twice the rate. They
 * sit in the range operators report seeing (around 10 to 20 requests per second per tenancy for
 * networking), they leave one network's apply unthrottled (its 32 writes spread over its
 * provisioning times), and they make twenty networks applied at once — 600 writes — hit the
 * limit, which is what a test of pacing needs. Override any family with {@link #with}.
 *
 * <p>Time is the fake's virtual caller time: give the provider a sleeper that waits in it
 * ({@link VirtualClock#sleep}) and a MANUAL or AUTO_ADVANCE clock, or a throttled caller never
 * sees its bucket refill.
 *
 * <pre>{@code
 * FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL)
 *     .rateLimits(RateLimits.oracleDefaults().with("VirtualNetwork", true, 5, 10)).build();
 * }</pre>
 */
public final class RateLimits {
    /** One family's bucket: refill rate (calls per second) and capacity (calls). */
    public record Limit(double perSecond, double burst) {
        /** Checks the numbers. */
        public Limit {
            if (!(perSecond > 0) || !(burst >= 1)) {
                throw new IllegalArgumentException("A rate limit needs perSecond > 0 and burst >= 1, was " + perSecond + " / "
                        + burst + "; e.g. new Limit(10, 20).");
            }
        }
    }

    private static final RateLimits NONE = new RateLimits(Map.of());

    private final Map<String, Limit> byFamily;

    private RateLimits(Map<String, Limit> byFamily) {
        this.byFamily = Map.copyOf(byFamily);
    }

    /** No throttling (FakeOci's default). */
    public static RateLimits none() {
        return NONE;
    }

    /** The documented defaults above, for the three services FakeOci serves. */
    public static RateLimits oracleDefaults() {
        return none().with("VirtualNetwork", true, 10, 20).with("VirtualNetwork", false, 20, 40)
                .with("ContainerEngine", true, 5, 10).with("ContainerEngine", false, 20, 40)
                .with("NetworkLoadBalancer", true, 5, 10).with("NetworkLoadBalancer", false, 20, 40);
    }

    /** A copy where {@code service}'s writes (or reads) refill at {@code perSecond} up to {@code burst}. */
    public RateLimits with(String service, boolean writes, double perSecond, double burst) {
        notNull(service, "RateLimits.with(service, writes, perSecond, burst): service",
                "Give VirtualNetwork, ContainerEngine or NetworkLoadBalancer.");
        Map<String, Limit> copy = new TreeMap<>(byFamily);
        copy.put(family(service, writes), new Limit(perSecond, burst));
        return new RateLimits(copy);
    }

    /** The limit of {@code service}'s writes or reads, if any. */
    public Optional<Limit> limit(String service, boolean writes) {
        notNull(service, "RateLimits.limit(service, writes): service", "Give VirtualNetwork, ContainerEngine or NetworkLoadBalancer.");
        return Optional.ofNullable(byFamily.get(family(service, writes)));
    }

    /** Whether any family is limited. */
    public boolean isOn() {
        return !byFamily.isEmpty();
    }

    /** Whether {@code operation} (an SDK method name) counts against its service's writes. */
    public static boolean isWrite(String operation) {
        notNull(operation, "RateLimits.isWrite(operation)", "Give an SDK method name, e.g. \"createSubnet\".");
        return !(operation.startsWith("get") || operation.startsWith("list"));
    }

    private static String family(String service, boolean writes) {
        return service + (writes ? ":write" : ":read");
    }

    @Override
    public String toString() {
        return byFamily.isEmpty() ? "RateLimits[none]" : "RateLimits" + new TreeMap<>(byFamily).toString()
                .replace("Limit", "").toLowerCase(Locale.ROOT);
    }
}
