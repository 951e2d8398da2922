package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.WorkRequest;
import com.oracle.bmc.containerengine.model.WorkRequestError;
import com.oracle.bmc.containerengine.model.WorkRequestLogEntry;
import com.oracle.bmc.containerengine.model.WorkRequestOperationType;
import com.oracle.bmc.containerengine.model.WorkRequestResource;
import com.oracle.bmc.containerengine.model.WorkRequestStatus;
import com.oracle.bmc.containerengine.model.WorkRequestSummary;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestErrorsRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestLogsRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestsRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.Work;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.List;

/** Container Engine work requests: get, list, errors and logs, rendered from {@link Work}. */
final class WorkRequests {
    private final World world;
    private final WorkTracker tracker;

    WorkRequests(World world, WorkTracker tracker) {
        this.world = world;
        this.tracker = tracker;
    }

    void register(OperationTable table) {
        table.on("getWorkRequest", GetWorkRequestRequest.class, r -> {
                    Work work = tracker.require(r.getWorkRequestId());
                    return Reply.ofWork(work, this::render, world.now()).etag(work.id() + "-" + work.statusAt(world.now()));
                })
                .on("listWorkRequests", ListWorkRequestsRequest.class, this::list)
                .on("listWorkRequestErrors", ListWorkRequestErrorsRequest.class, r -> Reply.of(
                        tracker.require(r.getWorkRequestId()).errors().stream()
                                .filter(line -> line.at() <= world.now())
                                .map(line -> WorkRequestError.builder().code(line.code()).message(line.message())
                                        .timestamp(world.date(line.at())).build())
                                .toList()))
                .on("listWorkRequestLogs", ListWorkRequestLogsRequest.class, r -> Reply.of(
                        tracker.require(r.getWorkRequestId()).logsAt(world.now()).stream()
                                .map(line -> WorkRequestLogEntry.builder().message(line.message())
                                        .timestamp(world.date(line.at()).toInstant().toString()).build())
                                .toList()));
    }

    private Reply list(ListWorkRequestsRequest request) {
        Compartments.require(request.getCompartmentId(), "ListWorkRequests");
        List<WorkRequestSummary> items = tracker.all().stream()
                .filter(w -> w.compartmentId().equals(request.getCompartmentId()))
                .filter(w -> request.getResourceId() == null || request.getResourceId().equals(w.resourceId()))
                .filter(w -> request.getResourceType() == null
                        || request.getResourceType().getValue().equalsIgnoreCase(w.entityType()))
                .filter(w -> request.getClusterId() == null || request.getClusterId().equals(w.resourceId())
                        || request.getClusterId().equals(clusterOf(w)))
                .filter(w -> request.getStatus() == null || request.getStatus().isEmpty()
                        || request.getStatus().contains(w.statusAt(world.now())))
                .map(this::summary)
                .toList();
        var page = world.listing().slice(items, request.getLimit(), request.getPage());
        return Reply.of(page.items()).nextPage(page.nextPage());
    }

    private String clusterOf(Work work) {
        return work.entityType().equals("nodepool") ? clusterByNodePool.apply(work.resourceId()) : null;
    }

    private java.util.function.Function<String, String> clusterByNodePool = id -> null;

    void clusterOfNodePool(java.util.function.Function<String, String> lookup) {
        this.clusterByNodePool = lookup;
    }

    WorkRequest render(Work work) {
        long now = world.now();
        return WorkRequest.builder().id(work.id()).compartmentId(work.compartmentId())
                .operationType(WorkRequestOperationType.create(work.operation()))
                .status(WorkRequestStatus.create(work.statusAt(now)))
                .resources(List.of(resource(work)))
                .timeAccepted(world.date(work.acceptedAt()))
                .timeStarted(now >= work.startedAt() ? world.date(work.startedAt()) : null)
                .timeFinished(work.isFinishedAt(now) ? world.date(work.finishedAt()) : null)
                .build();
    }

    private WorkRequestSummary summary(Work work) {
        WorkRequest full = render(work);
        return WorkRequestSummary.builder().id(full.getId()).compartmentId(full.getCompartmentId())
                .operationType(full.getOperationType()).status(full.getStatus()).resources(full.getResources())
                .timeAccepted(full.getTimeAccepted()).timeStarted(full.getTimeStarted())
                .timeFinished(full.getTimeFinished()).build();
    }

    private WorkRequestResource resource(Work work) {
        String action = work.isFinishedAt(world.now()) ? work.action() : "IN_PROGRESS";
        if (work.statusAt(world.now()).equals("FAILED")) {
            action = "FAILED";
        }
        return WorkRequestResource.builder().entityType(work.entityType()).identifier(work.resourceId())
                .actionType(WorkRequestResource.ActionType.create(action))
                .entityUri("/" + work.entityType() + "s/" + work.resourceId()).build();
    }
}
