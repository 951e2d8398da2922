package dev.okenet.oci.internal.cloud;

import java.time.Duration;

/**
 * Paces calls before OCI throttles them: {@link PacedClients} asks it how long to wait before
 * every SDK call (a waiter's polls included), waits that long with the provider's sleeper, and
 * tells it how the call went. Shared by every provider given the same {@code Pacing}, so
 * concurrent applies in one JVM draw on one budget.
 *
 * <pre>{@code
 * Duration wait = pacer.reserve("VirtualNetwork", "createSubnet");   // then sleep it
 * ... call ...
 * pacer.throttled("VirtualNetwork", "createSubnet");                  // on 429: slow down
 * pacer.succeeded("VirtualNetwork", "createSubnet");                  // otherwise: speed up, slowly
 * }</pre>
 */
public interface Pacer {
  /** Paces nothing. */
  Pacer NONE = new Pacer() {
    @Override
    public Duration reserve(String service, String operation) {
      return Duration.ZERO;
    }

    @Override
    public void throttled(String service, String operation) {
    }

    @Override
    public void succeeded(String service, String operation) {
    }
  };

  /** Takes a slot for {@code operation} and returns how long to wait for it (zero: send now). */
  Duration reserve(String service, String operation);

  /** {@code operation} was answered 429 TooManyRequests. */
  void throttled(String service, String operation);

  /** {@code operation} was answered (anything but 429). */
  void succeeded(String service, String operation);

  /**
   * Marks {@code applies} applies as running on this budget until the hold is released (twice is
   * harmless): a budget may pace differently when applies overlap. Release it in a finally block.
   */
  default Hold hold(int applies) {
    return Hold.NONE;
  }

  /** A hold on a budget by running applies ({@link #hold}). */
  @FunctionalInterface
  interface Hold extends AutoCloseable {
    /** Holds nothing. */
    Hold NONE = () -> { };

    @Override
    void close();
  }

  /** The operation family OCI throttles together, as far as the provider can tell: reads or writes of a service. */
  static String family(String service, String operation) {
    return service + (operation.startsWith("get") || operation.startsWith("list") ? ":read" : ":write");
  }
}
