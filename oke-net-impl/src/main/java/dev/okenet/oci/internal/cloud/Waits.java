package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.waiter.Waiter;
import java.util.concurrent.Callable;

/** Runs an SDK waiter; a resource that is already gone counts as deleted. */
public final class Waits {
  private Waits() {}

  /** Runs {@code waiter}, turning its checked exceptions into clear unchecked ones. */
  public static <T> T run(Waiter<?, T> waiter, String what, String target) {
    return call(waiter::execute, what, target);
  }

  /** Runs {@code waiter} for a deletion: a 404 means the resource is gone already. */
  public static void gone(Waiter<?, ?> waiter, String what) {
    try {
      call(waiter::execute, what, "deleted");
    } catch (BmcException e) {
      if (e.getStatusCode() != 404) {
        throw e;
      }
    }
  }

  private static <T> T call(Callable<T> c, String what, String target) {
    try {
      return c.call();
    } catch (BmcException | IllegalStateException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + what + " to be " + target, e);
    } catch (Exception e) {
      throw new IllegalStateException("Gave up waiting for " + what + " to be " + target + " (" + e.getMessage()
          + "). Check it in the console; the next apply resumes from where this one stopped.", e);
    }
  }
}
