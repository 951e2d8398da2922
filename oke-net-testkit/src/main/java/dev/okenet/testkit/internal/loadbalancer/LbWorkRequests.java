package dev.okenet.testkit.internal.loadbalancer;

import com.oracle.bmc.loadbalancer.model.WorkRequest;
import com.oracle.bmc.loadbalancer.model.WorkRequestError;
import com.oracle.bmc.loadbalancer.requests.GetWorkRequestRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.state.Work;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;

/**
 * Load Balancer work requests, rendered from {@link Work} in the Load Balancer API's own shape
 * ({@code com.oracle.bmc.loadbalancer.model.WorkRequest}: ACCEPTED, IN_PROGRESS, SUCCEEDED or
 * FAILED, with the load balancer's id, a message and the errors).
 */
final class LbWorkRequests {
    private final World world;
    private final WorkTracker tracker;

    LbWorkRequests(World world, WorkTracker tracker) {
        this.world = world;
        this.tracker = tracker;
    }

    void register(OperationTable table) {
        table.on("getWorkRequest", GetWorkRequestRequest.class,
                r -> Reply.ofWork(tracker.require(r.getWorkRequestId()), this::render, world.now()));
    }

    WorkRequest render(Work work) {
        long now = world.now();
        String status = work.statusAt(now);
        String message = work.errors().stream().filter(e -> e.at() <= now).map(Work.Line::message).findFirst()
                .orElse(work.operation() + " " + status.toLowerCase(java.util.Locale.ROOT));
        return WorkRequest.builder().id(work.id()).loadBalancerId(work.resourceId()).type(work.operation())
                .compartmentId(work.compartmentId()).lifecycleState(WorkRequest.LifecycleState.create(status))
                .message(message).timeAccepted(world.date(work.acceptedAt()))
                .timeFinished(work.isFinishedAt(now) ? world.date(work.finishedAt()) : null)
                .errorDetails(work.errors().stream().filter(e -> e.at() <= now)
                        .map(e -> WorkRequestError.builder().errorCode(WorkRequestError.ErrorCode.BadInput)
                                .message(e.message()).build()).toList())
                .build();
    }
}
