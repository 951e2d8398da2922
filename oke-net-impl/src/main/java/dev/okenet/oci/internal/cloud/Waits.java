package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.waiter.Waiter;
import java.util.concurrent.Callable;

/**
 * Runs an SDK waiter; a resource that is already gone counts as deleted; and a wait whose answer is
 * already in hand is skipped ({@link #unlessAnswered}).
 *
 * <pre>{@code
 * Vcn created = ctx.call("createVcn", () -> ctx.vn().createVcn(request)).getVcn();
 * Waits.unlessAnswered(created.getLifecycleState(), Vcn.LifecycleState.Available, () -> awaitReady(created.getId(), ctx));
 * }</pre>
 */
public final class Waits {
  private Waits() {}

  /**
   * Runs {@code wait} unless {@code answered}, the lifecycle state in the mutating call's own answer,
   * is already {@code target}.
   *
   * <p>Why the answer proves the state: OCI's create and update operations answer with the resource
   * as it stands once the call is accepted, its {@code lifecycleState} included (oci-java-sdk-core
   * 3.78.0: {@code CreateVcnResponse.getVcn()} is "the returned Vcn instance", and
   * {@code Vcn.getLifecycleState()} is "the VCN's current state"; every create and update response
   * of the kinds handled here carries its model the same way). A GET right after it could only say
   * the same or, OCI's reads being eventually consistent, answer 404 for a moment. So a resource
   * answered in its target state is not polled; any other answer (a transitional state, a value
   * this SDK does not know, none at all) is polled as before, with the wait's tolerance of a 404
   * right after a create ({@link CloudContext#await}). Reads made later of a resource that was not
   * polled tolerate that 404 on their own (the default security list's reads of its new VCN, an
   * NSG's rule re-read after a failed rule batch).
   *
   * <p>Unlike the Terraform provider, which reads every stateful resource at least once after its
   * create (oracle/terraform-provider-oci, internal/tfresource/crud_helpers.go, CreateResource:
   * WaitForStateRefresh polls its Get before comparing states), a dependent's create may now name a
   * resource whose create answered a moment earlier. Whether OCI's creates can refuse a reference
   * that new is not documented; should one (400 RelatedResourceNotAuthorizedOrNotFound, Oracle's
   * "API Errors" page, for a resource named in the body), the applier takes the barrier after all:
   * it awaits the new parents as this wait would have and creates once more (a refusal that
   * outlives that fails the change, since the same code also means a missing permission).
   */
  public static void unlessAnswered(Object answered, Object target, Runnable wait) {
    if (answered == null || !answered.equals(target)) {
      wait.run();
    }
  }

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
