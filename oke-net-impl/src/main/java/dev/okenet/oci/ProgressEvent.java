package dev.okenet.oci;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import java.time.Duration;
import java.util.Objects;

/**
 * One step of an apply, streamed to a {@link ProgressListener}.
 *
 * <pre>{@code
 * provider = OciNetworkProvider.builder()...listener(e -> System.out.println(e)).build();
 * // "subnet:workers CREATE SUCCEEDED after PT3S"
 * }</pre>
 *
 * @param key the resource's logical key
 * @param type the kind of resource
 * @param action the planned action
 * @param state where the step is
 * @param elapsed time since the apply started (real time; virtual time on a fake with a manual clock
 *     is visible through the fake's clock)
 * @param detail a short note: the OCID created, the error, the retry reason; null or empty when none
 */
public record ProgressEvent(ResourceKey key, ResourceType type, ChangeAction action, State state, Duration elapsed, String detail) {
  /** The steps of one resource's work. */
  public enum State {
    /** The API call is about to be made. */
    STARTED,
    /** Waiting for the resource to reach its target lifecycle state. */
    WAITING,
    /** A retryable error; the call will be repeated after a back-off. */
    RETRYING,
    /** Done. */
    SUCCEEDED,
    /** Failed for good; the detail has OCI's code and message. */
    FAILED
  }

  /** Requires every field. */
  public ProgressEvent {
    Require.components(ProgressEvent.class, key, type, action, state, elapsed, "");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(elapsed, "elapsed");
    detail = detail == null ? "" : detail;
  }

  @Override
  public String toString() {
    return key + " " + action + " " + state + " after " + elapsed + (detail.isEmpty() ? "" : ": " + detail);
  }
}
