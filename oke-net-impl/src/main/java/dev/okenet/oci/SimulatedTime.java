package dev.okenet.oci;

import dev.okenet.internal.Require;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A simulated clock to apply on, such as FakeOci's {@code VirtualClock}: one whose waits end at once
 * in real time, so tasks finish in a real-time order unrelated to their simulated one. Given one,
 * the provider's apply becomes a discrete-event simulation: it runs each task as its own caller of
 * the clock, starting at the simulated moment a worker took it, and handles finished tasks in
 * simulated-time order (the earliest first, once every task in flight has reported). The
 * simulated makespan is then the one a real apply with the same parallelism and the same
 * latencies would have, the same on every run. Without one (the default) the apply runs on real
 * time, where finishing order already is time order.
 *
 * <pre>{@code
 * VirtualClock clock = fake.clock();
 * OciNetworkProvider provider = OciNetworkProvider.builder()
 *     .virtualNetwork(fake.virtualNetwork())
 *     .containerEngine(fake.containerEngine())
 *     .waitStrategy(WaitStrategy.of(clock.terminationStrategy(), clock.delayStrategy()))
 *     .simulatedTime(SimulatedTime.of(clock::callerElapsed, clock::runAsNewCaller))
 *     .build();
 * }</pre>
 */
public interface SimulatedTime {
  /** The calling thread's simulated time (since the clock's epoch). */
  Duration now();

  /**
   * Runs {@code task} on the calling thread as a new caller of the clock whose time starts at
   * {@code start}, and returns the simulated time the task reached.
   */
  Duration runFrom(Duration start, Runnable task);

  /**
   * A simulated time from two functions: the calling thread's time, and "run this as a new caller
   * from that time and say where it ended" (FakeOci: {@code clock::callerElapsed} and {@code
   * clock::runAsNewCaller}).
   */
  static SimulatedTime of(Supplier<Duration> now, BiFunction<Duration, Runnable, Duration> runFrom) {
    Require.notNull(now, "SimulatedTime.of(now, runFrom): now", "Give the calling thread's time, e.g. clock::callerElapsed.");
    Require.notNull(runFrom, "SimulatedTime.of(now, runFrom): runFrom", "Give the new-caller runner, e.g. clock::runAsNewCaller.");
    return new SimulatedTime() {
      @Override
      public Duration now() {
        return now.get();
      }

      @Override
      public Duration runFrom(Duration start, Runnable task) {
        Require.notNull(start, "SimulatedTime.runFrom(start, task): start", "Give a start time, e.g. now().");
        Require.notNull(task, "SimulatedTime.runFrom(start, task): task", "Give the work to run.");
        return runFrom.apply(start, task);
      }

      @Override
      public String toString() {
        return "SimulatedTime[" + now.get() + "]";
      }
    };
  }
}
