package dev.okenet.oci;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an apply did: what succeeded, what failed (with OCI's code, status and message), what was
 * not attempted because of a failure, the OCIDs by logical key, timings and API call counts.
 *
 * <pre>{@code
 * ApplyResult r = provider.apply(plan);
 * if (!r.isSuccess()) {
 *   r.failed().forEach(f -> System.err.println(f.key() + ": " + f.serviceCode() + " " + f.message()));
 * }
 * r.idsByKey().get(ResourceKey.subnet(SubnetRole.WORKERS));
 * }</pre>
 *
 * @param succeeded the changes that completed, in completion order
 * @param failed the changes that failed
 * @param notAttempted keys of the changes not started because something failed first (a key twice
 *     when two resources owned under it were both to be deleted)
 * @param idsByKey the OCID of every resource of the network that exists after the apply
 * @param elapsed wall-clock time of the apply
 * @param apiCalls API calls made, by operation name (retries included)
 */
public record ApplyResult(List<Completed> succeeded, List<Failure> failed, List<ResourceKey> notAttempted,
    Map<ResourceKey, String> idsByKey, Duration elapsed, Map<String, Long> apiCalls) {

  /** One change that completed. */
  public record Completed(ResourceKey key, ResourceType type, ChangeAction action, Optional<String> resourceId, Duration elapsed) {
    /** Rejects a missing component. */
    public Completed {
      Require.components(ApplyResult.Completed.class, key, type, action, resourceId, elapsed);
    }

  }

  /**
   * One change that failed.
   *
   * @param serviceCode OCI's error code, e.g. "InvalidParameter"; for a non-OCI error its class name
   * @param status the HTTP status; -1 when there was none
   */
  public record Failure(ResourceKey key, ResourceType type, ChangeAction action, String serviceCode, int status, String message) {
    /** Rejects a missing component. */
    public Failure {
      Require.components(ApplyResult.Failure.class, key, type, action, serviceCode, status, message);
    }

    @Override
    public String toString() {
      return action + " " + key + " failed: " + status + " " + serviceCode + ": " + message;
    }
  }

  /** Copies the collections so the record stays immutable. */
  public ApplyResult {
    Require.components(ApplyResult.class, succeeded, failed, notAttempted, idsByKey, elapsed, apiCalls);
    succeeded = List.copyOf(succeeded);
    failed = List.copyOf(failed);
    notAttempted = List.copyOf(notAttempted);
    idsByKey = Map.copyOf(idsByKey);
    Objects.requireNonNull(elapsed, "elapsed");
    apiCalls = Map.copyOf(apiCalls);
  }

  /** Whether every change completed. */
  public boolean isSuccess() {
    return failed.isEmpty() && notAttempted.isEmpty();
  }

  /** Total API calls. */
  public long apiCallCount() {
    return apiCalls.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return "ApplyResult{" + succeeded.size() + " succeeded, " + failed.size() + " failed, " + notAttempted.size()
        + " not attempted" + (failed.isEmpty() ? "" : ": " + failed) + "}";
  }
}
