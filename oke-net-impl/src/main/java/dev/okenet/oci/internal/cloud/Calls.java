package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.model.BmcException;
import dev.okenet.oci.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every OCI call goes through here: it is counted by operation, and repeated with back-off and
 * jitter while the error is transient ({@link RetryPolicy#isRetryable}). Only the operation name,
 * status, code and message are logged, never a request (requests carry no credentials, but the
 * client's configuration does, and it is never touched here).
 */
public final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  /** Hears about each retry, e.g. to stream a RETRYING progress event. */
  @FunctionalInterface
  public interface RetryListener {
    /** {@code operation} failed with {@code error} and will be tried again after {@code delay}. */
    void retrying(String operation, BmcException error, int attempt, Duration delay);
  }

  /**
   * Polls a wait may spend on "not found" answers, besides the retry policy's attempts. OCI's reads
   * are eventually consistent: right after a create, a GET of the new OCID may answer 404 for a
   * moment. That is the wait not having started yet, not a failure, so it must not use up the
   * attempts the policy keeps for throttling and server errors; it is bounded on its own (with the
   * policy's back-off, at most a few minutes in all) so that a resource that really is not there
   * still fails.
   */
  public static final int NOT_FOUND_POLLS = 10;

  /**
   * Times a wait may be interrupted by a transient error (429, 5xx, a timeout) and resume, besides
   * the retry policy's attempts. A wait is a series of reads; the SDK waiter gives up on the first
   * failed read, so without this every throttled poll of a long wait would use up one of the
   * attempts the policy keeps for the mutating call, and a throttled region would fail waits that
   * are merely slow. Bounded on its own, so that a service that stays down still fails.
   */
  public static final int WAIT_INTERRUPTIONS = 20;

  private final RetryPolicy policy;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder throttled = new LongAdder();

  /** Calls under {@code policy}. */
  public Calls(RetryPolicy policy) {
    this.policy = policy;
  }

  /** Runs {@code call}, retrying transient errors; rethrows the last error otherwise. */
  public <T> T call(String operation, Supplier<T> call, RetryListener listener) {
    return call(operation, call, listener, false);
  }

  /**
   * As {@link #call}, for a wait: also retries 404 (for reads right after a create: OCI's reads are
   * eventually consistent) up to {@link #NOT_FOUND_POLLS} times, and resumes after up to
   * {@link #WAIT_INTERRUPTIONS} transient errors, without counting either against the policy's
   * attempts.
   */
  public <T> T callTolerating404(String operation, Supplier<T> call, RetryListener listener) {
    return call(operation, call, listener, true);
  }

  /**
   * As {@link #call}, for a delete: when OCI answers 409 IncorrectState and {@code alreadyDeleting}
   * finds the resource being deleted (or gone) already, the delete is in progress, by an earlier
   * call of ours or by someone else, and retrying it would only use up the attempts: returns empty
   * so the caller waits for the resource to be gone. Any other 409 IncorrectState (an update in
   * flight) is retried as usual.
   */
  public <T> java.util.Optional<T> delete(String operation, Supplier<T> call, java.util.function.BooleanSupplier alreadyDeleting,
      RetryListener listener) {
    return java.util.Optional.ofNullable(call(operation, () -> {
      try {
        return call.get();
      } catch (BmcException e) {
        if (e.getStatusCode() == 409 && "IncorrectState".equals(e.getServiceCode()) && alreadyDeleting.getAsBoolean()) {
          LOG.info("{} answered 409 IncorrectState for a resource already being deleted; waiting for it to be gone", operation);
          return null;
        }
        throw e;
      }
    }, listener, false));
  }

  private <T> T call(String operation, Supplier<T> call, RetryListener listener, boolean waiting) {
    int notFound = 0;
    int interruptions = 0;
    for (int attempt = 1; ; ) {
      counts.computeIfAbsent(operation, o -> new LongAdder()).increment();
      try {
        return call.get();
      } catch (BmcException e) {
        if (e.getStatusCode() == 429) {
          throttled.increment();
        }
        boolean notYet = waiting && e.getStatusCode() == 404 && notFound < NOT_FOUND_POLLS;
        boolean resumes = !notYet && waiting && RetryPolicy.isRetryable(e) && interruptions < WAIT_INTERRUPTIONS;
        if (!notYet && !resumes && (!RetryPolicy.isRetryable(e) || attempt >= policy.maxAttempts())) {
          LOG.debug("{} failed for good after {} attempt(s) and {} not-found poll(s): {} {}", operation, attempt, notFound,
              e.getStatusCode(), e.getServiceCode());
          throw e;
        }
        Duration delay;
        if (notYet) {
          notFound++;
          delay = policy.backoff(notFound, ThreadLocalRandom.current().nextDouble());
        } else if (resumes) {
          interruptions++;
          delay = policy.backoff(interruptions, ThreadLocalRandom.current().nextDouble());
        } else {
          delay = policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
          attempt++;
        }
        LOG.info("{} answered {} {}; retrying in {} ms (attempt {} of {}, {} not-found poll(s))", operation, e.getStatusCode(),
            e.getServiceCode(), delay.toMillis(), attempt, policy.maxAttempts(), notFound);
        listener.retrying(operation, e, attempt - 1, delay);
        sleep(delay);
      }
    }
  }

  private void sleep(Duration delay) {
    try {
      policy.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while backing off before a retry", e);
    }
  }

  /** How many attempts OCI answered 429 TooManyRequests. */
  public long throttledCount() {
    return throttled.sum();
  }

  /** Calls made so far, by operation, retries included. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
