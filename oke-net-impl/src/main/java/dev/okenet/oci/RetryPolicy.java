package dev.okenet.oci;

import dev.okenet.internal.Require;
import com.oracle.bmc.model.BmcException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how often a failed OCI call is repeated: exponential back-off with full jitter on the
 * errors OCI documents as transient (429, 500, 502, 503, 504, 409 IncorrectState and client-side
 * timeouts), never on 400, 401, 404 or 412 (nor on 409 Conflict, which is not transient).
 *
 * <pre>{@code
 * RetryPolicy.defaults()                              // 8 attempts, 1 s doubling to at most 30 s
 * RetryPolicy.defaults().withMaxAttempts(3)
 * RetryPolicy.defaults().withSleeper(d -> { })        // tests: no real sleeping
 * }</pre>
 *
 * @param maxAttempts attempts in all, the first included (at least 1)
 * @param baseDelay the back-off before the second attempt
 * @param maxDelay the largest back-off
 * @param sleeper how a back-off is waited out
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
  /** The statuses that are always transient. */
  public static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);

  /** Waits out a back-off; {@link Thread#sleep} by default. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code delay}. */
    void sleep(Duration delay) throws InterruptedException;
  }

  /** Checks the numbers. */
  public RetryPolicy {
    Require.components(RetryPolicy.class, maxAttempts, baseDelay, maxDelay, sleeper);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("RetryPolicy maxAttempts is " + maxAttempts + "; use 1 (no retry) or more, e.g. 8.");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(sleeper, "sleeper");
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("RetryPolicy delays " + baseDelay + " / " + maxDelay
          + " are invalid; use 0 <= baseDelay <= maxDelay, e.g. 1 s and 30 s.");
    }
  }

  /** The SDK's figures: 8 attempts, back-off from 1 s doubling up to 30 s, with jitter. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()));
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return defaults().withMaxAttempts(1);
  }

  /** A copy with this many attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, baseDelay, maxDelay, sleeper);
  }

  /** A copy that waits out back-offs with {@code s} (e.g. a no-op in tests). */
  public RetryPolicy withSleeper(Sleeper s) {
    Require.notNull(s, "RetryPolicy.withSleeper(s): s (the sleeper)", "Give one, e.g. d -> Thread.sleep(d.toMillis()), or d -> { } in tests.");
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, s);
  }

  /** Whether OCI documents this error as transient. */
  public static boolean isRetryable(BmcException e) {
    Require.notNull(e, "RetryPolicy.isRetryable(e): e (the exception)", "Give the BmcException a call threw.");
    if (e.isTimeout()) {
      return true;
    }
    int status = e.getStatusCode();
    return RETRYABLE_STATUSES.contains(status) || (status == 409 && "IncorrectState".equals(e.getServiceCode()));
  }

  /**
   * The back-off before attempt {@code attempt + 1} (attempt counts from 1), with full jitter:
   * uniformly between 0 and min(maxDelay, baseDelay × 2^(attempt−1)).
   */
  public Duration backoff(int attempt, double random) {
    long cap = maxDelay.toMillis();
    long exp = baseDelay.toMillis() << Math.min(20, Math.max(0, attempt - 1));
    long ceiling = Math.min(cap, exp < 0 ? cap : exp);
    return Duration.ofMillis((long) (ceiling * Math.min(1.0, Math.max(0.0, random))));
  }
}
