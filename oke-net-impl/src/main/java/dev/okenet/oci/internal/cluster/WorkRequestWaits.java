package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.containerengine.model.WorkRequest;
import com.oracle.bmc.containerengine.model.WorkRequestResource;
import com.oracle.bmc.containerengine.model.WorkRequestStatus;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestErrorsRequest;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Waits;
import java.util.stream.Collectors;

/**
 * Waits for an OKE work request with the SDK's ContainerEngine waiter and turns a failed one into
 * an error that carries OKE's own error codes and messages.
 *
 * <pre>{@code
 * WorkRequest done = WorkRequestWaits.await(response.getOpcWorkRequestId(), "cluster 'prod'", ctx);
 * String clusterId = WorkRequestWaits.resourceId(done, "cluster");
 * }</pre>
 */
public final class WorkRequestWaits {
  private WorkRequestWaits() {}

  /**
   * Waits until the work request has finished; returns it when it succeeded.
   *
   * @throws IllegalStateException naming {@code what}, the work request and OKE's errors when it
   *     failed or was canceled
   */
  public static WorkRequest await(String workRequestId, String what, CloudContext ctx) {
    WorkRequest wr = ctx.await("getWorkRequest", () -> Waits.run(ctx.ce().getWaiters().forWorkRequest(
        GetWorkRequestRequest.builder().workRequestId(workRequestId).build(), ctx.waitStrategy().termination(),
        ctx.waitStrategy().delay()), "work request " + workRequestId + " of " + what, "finished")).getWorkRequest();
    if (wr.getStatus() == WorkRequestStatus.Succeeded) {
      return wr;
    }
    String errors = ctx.call("listWorkRequestErrors", () -> ctx.ce().listWorkRequestErrors(ListWorkRequestErrorsRequest.builder()
        .compartmentId(ctx.compartmentId()).workRequestId(workRequestId).build())).getItems().stream()
        .map(e -> e.getCode() + ": " + e.getMessage()).collect(Collectors.joining("; "));
    throw new IllegalStateException("OKE work request " + workRequestId + " for " + what + " ended " + wr.getStatus().getValue()
        + (errors.isEmpty() ? "" : " (" + errors + ")") + ". Fix the cause OKE names, then apply again: the next plan "
        + "replaces what the failure left behind.");
  }

  /** The OCID of the {@code entityType} resource a work request worked on. */
  public static String resourceId(WorkRequest wr, String entityType) {
    return wr.getResources().stream().filter(r -> entityType.equalsIgnoreCase(r.getEntityType()))
        .map(WorkRequestResource::getIdentifier).findFirst()
        .orElseThrow(() -> new IllegalStateException("OKE work request " + wr.getId() + " names no " + entityType
            + " resource; plan again to find what it created."));
  }
}
