package dev.okenet.testkit.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.Region;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.responses.GetVcnResponse;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.internal.state.Part;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.Timeline;
import dev.okenet.testkit.internal.state.World;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Other callers' waits move the clock without the dispatcher's lock, so they can land in the middle
 * of a call. A call is still served at one instant: the state a read shows, when that state began
 * and when it ends are worked out at the same time. (A read that showed PROVISIONING but said the
 * resource had nothing more coming sent its waiter on to another caller's later event: a pool's
 * virtual makespan came out longer than its schedule, now and then, under load.) The other caller's
 * wait is forced into the middle of the read by a hook in rendering, not by timing.
 */
class CallsServedAtOneInstantTest {
    private static final long VCN_READY = 3_000;
    private static final long OTHER_CALLERS_EVENT = 10_000;

    private final Timeline timeline = new Timeline(Instant.parse("2026-01-01T00:00:00Z"), VirtualClock.Mode.MANUAL);
    private final World world = new World(Region.US_ASHBURN_1, timeline, 1, 100);
    private final Dispatcher dispatcher = new Dispatcher(timeline, new FaultPlan(), new CallJournal(), 1,
            world.scheduler()::runDue);

    /** VCNs whose first rendering lets {@code midRead} run, as if another thread got there in between. */
    private static final class Vcns extends Part<Vcn> {
        final AtomicReference<Runnable> midRead = new AtomicReference<>(() -> { });

        Vcns(World world) {
            super(world, ResourceKind.VCN);
        }

        Resource<Vcn> create(String id, long start, long latency) {
            return store(id, start, latency, "compartment", null, id, Vcn.builder().id(id).displayName(id).build());
        }

        @Override
        protected Vcn withState(Vcn model, String state) {
            midRead.getAndSet(() -> { }).run();
            return model.toBuilder().lifecycleState(Vcn.LifecycleState.create(state)).build();
        }
    }

    @Test
    void aWaiterOvertakenMidReadByAnotherCallersWaitEndsWhenItsOwnResourceIsReady() {
        Vcns vcns = new Vcns(world);
        OperationTable.Entry<?> getVcn = new OperationTable()
                .on("getVcn", GetVcnRequest.class, r -> vcns.reply(vcns.require(r.getVcnId(), "vcnId", "GetVcn")))
                .find("getVcn");
        vcns.create("ocid1.vcn.oc1..mine", 0, VCN_READY);
        timeline.schedule(VCN_READY);
        timeline.schedule(OTHER_CALLERS_EVENT);
        vcns.midRead.set(() -> anotherCallerWaitsUntil(OTHER_CALLERS_EVENT));

        long waitEnded = timeline.runAsNewCaller(0, () -> {
            for (int poll = 0; poll < 10; poll++) {
                GetVcnResponse read = (GetVcnResponse) dispatcher.dispatch("VirtualNetwork", "getVcn", getVcn,
                        GetVcnRequest.builder().vcnId("ocid1.vcn.oc1..mine").build(), GetVcnResponse.class);
                if (read.getVcn().getLifecycleState() == Vcn.LifecycleState.Available) {
                    return;
                }
                timeline.waitStep(1_000);   // what VirtualClock.delayStrategy() does between polls
            }
        });

        assertThat(waitEnded).as("the waiter's time once its VCN is AVAILABLE").isEqualTo(VCN_READY);
    }

    /** Another caller's wait, on its own thread, ends at {@code millis}; returns once it has. */
    private void anotherCallerWaitsUntil(long millis) {
        Thread other = new Thread(() -> timeline.runAsNewCaller(0, () -> timeline.callerReached(millis)));
        other.start();
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
