package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.networkloadbalancer.model.OperationStatus;
import com.oracle.bmc.networkloadbalancer.model.OperationType;
import com.oracle.bmc.networkloadbalancer.model.WorkRequest;
import com.oracle.bmc.networkloadbalancer.model.WorkRequestCollection;
import com.oracle.bmc.networkloadbalancer.model.WorkRequestError;
import com.oracle.bmc.networkloadbalancer.model.WorkRequestErrorCollection;
import com.oracle.bmc.networkloadbalancer.model.WorkRequestResource;
import com.oracle.bmc.networkloadbalancer.model.WorkRequestSummary;
import com.oracle.bmc.networkloadbalancer.requests.GetWorkRequestRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListWorkRequestErrorsRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListWorkRequestsRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.state.Compartments;
import dev.okenet.testkit.internal.state.Work;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.List;

/** Network Load Balancer work requests: get, list and errors, rendered from {@link Work}. */
final class NlbWorkRequests {
    private final World world;
    private final WorkTracker tracker;

    NlbWorkRequests(World world, WorkTracker tracker) {
        this.world = world;
        this.tracker = tracker;
    }

    void register(OperationTable table) {
        table.on("getWorkRequest", GetWorkRequestRequest.class,
                        r -> Reply.ofWork(tracker.require(r.getWorkRequestId()), this::render, world.now()))
                .on("listWorkRequests", ListWorkRequestsRequest.class, r -> {
                    Compartments.require(r.getCompartmentId(), "ListWorkRequests");
                    List<WorkRequestSummary> items = tracker.all().stream()
                            .filter(w -> w.compartmentId().equals(r.getCompartmentId())).map(this::summary).toList();
                    var page = world.listing().slice(items, r.getLimit(), r.getPage());
                    return Reply.of(WorkRequestCollection.builder().items(page.items()).build()).nextPage(page.nextPage());
                })
                .on("listWorkRequestErrors", ListWorkRequestErrorsRequest.class, r -> Reply.of(
                        WorkRequestErrorCollection.builder().items(tracker.require(r.getWorkRequestId()).errors().stream()
                                .filter(line -> line.at() <= world.now())
                                .map(line -> WorkRequestError.builder().code(line.code()).message(line.message())
                                        .timestamp(world.date(line.at())).build())
                                .toList()).build()));
    }

    WorkRequest render(Work work) {
        long now = world.now();
        String status = work.statusAt(now);
        return WorkRequest.builder().id(work.id()).compartmentId(work.compartmentId())
                .operationType(OperationType.create(work.operation())).status(OperationStatus.create(status))
                .resources(List.of(WorkRequestResource.builder().entityType(work.entityType())
                        .identifier(work.resourceId())
                        .actionType(com.oracle.bmc.networkloadbalancer.model.ActionType.create(
                                work.isFinishedAt(now) ? (status.equals("FAILED") ? "FAILED" : work.action()) : "IN_PROGRESS"))
                        .entityUri("/networkLoadBalancers/" + work.resourceId()).build()))
                .percentComplete(work.isFinishedAt(now) ? 100f : 0f)
                .timeAccepted(world.date(work.acceptedAt()))
                .timeStarted(now >= work.startedAt() ? world.date(work.startedAt()) : null)
                .timeFinished(work.isFinishedAt(now) ? world.date(work.finishedAt()) : null).build();
    }

    private WorkRequestSummary summary(Work work) {
        WorkRequest full = render(work);
        return WorkRequestSummary.builder().id(full.getId()).compartmentId(full.getCompartmentId())
                .operationType(full.getOperationType()).status(full.getStatus()).resources(full.getResources())
                .percentComplete(full.getPercentComplete()).timeAccepted(full.getTimeAccepted())
                .timeStarted(full.getTimeStarted()).timeFinished(full.getTimeFinished()).build();
    }
}
