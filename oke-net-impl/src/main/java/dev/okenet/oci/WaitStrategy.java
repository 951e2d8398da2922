package dev.okenet.oci;

import dev.okenet.internal.Require;
import com.oracle.bmc.waiter.DelayStrategy;
import com.oracle.bmc.waiter.ExponentialBackoffDelayStrategyWithJitter;
import com.oracle.bmc.waiter.MaxTimeTerminationStrategy;
import com.oracle.bmc.waiter.TerminationStrategy;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * How the provider waits for a resource to reach its lifecycle state: the SDK waiters'
 * termination and delay strategies.
 *
 * <pre>{@code
 * WaitStrategy.sdkDefault()                       // up to 20 minutes, exponential back-off
 * WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())   // virtual time
 * }</pre>
 *
 * @param termination when to give up
 * @param delay how long to pause between polls
 */
public record WaitStrategy(TerminationStrategy termination, DelayStrategy delay) {
  /** Requires both strategies. */
  public WaitStrategy {
    Require.components(WaitStrategy.class, termination, delay);
    Objects.requireNonNull(termination, "termination");
    Objects.requireNonNull(delay, "delay");
  }

  /** The given strategies. */
  public static WaitStrategy of(TerminationStrategy termination, DelayStrategy delay) {
    return new WaitStrategy(termination, delay);
  }

  /** Like the SDK's default waiters: at most 20 minutes, exponential back-off with jitter up to 30 s. */
  public static WaitStrategy sdkDefault() {
    return new WaitStrategy(new MaxTimeTerminationStrategy(TimeUnit.MINUTES.toMillis(20)),
        new ExponentialBackoffDelayStrategyWithJitter(TimeUnit.SECONDS.toMillis(30)));
  }
}
