package dev.okenet.testkit.clock;

import static dev.okenet.testkit.clock.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.GetDrgRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The virtual clock alone, under a bounded pool: a synthetic task graph whose list schedule is
 * worked out on paper is run by real pool threads against FakeOci, each task its own caller
 * ({@link VirtualClock#runAsNewCaller}) and finished tasks handled in virtual-time order. The
 * virtual makespan equals the paper schedule's exactly, for any graph, parallelism, door and
 * real-time interleaving: whatever an apply's makespan exceeds its critical path by is the
 * schedule's, not the clock's.
 */
class PoolScheduleProperties {
    private static final long VCN_MILLIS = 3_000;
    private static final long DRG_MILLIS = 7_000;

    /**
     * One synthetic task: creates {@code vcns} VCNs and then {@code drgs} DRGs, waiting for each, on
     * one caller: {@code vcns × 3 s + drgs × 7 s}. It may start once every task in {@code after} is done.
     */
    record SyntheticTask(int vcns, int drgs, List<Integer> after) {
        long millis() {
            return vcns * VCN_MILLIS + drgs * DRG_MILLIS;
        }
    }

    /** A task graph (edges only point to earlier tasks), a pool size, a door, and a seed for the real-time shuffling. */
    record Case(List<SyntheticTask> tasks, int parallelism, Door door, long shuffleSeed) {}

    private static final Gen<Case> CASES = source -> {
        int n = source.draw(Gen.ints(1, 9));
        List<SyntheticTask> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> after = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (source.draw(Gen.chance(0.3))) {
                    after.add(j);
                }
            }
            tasks.add(new SyntheticTask(source.draw(Gen.ints(0, 2)), source.draw(Gen.ints(0, 1)), after));
        }
        return new Case(tasks, source.draw(Gen.ints(1, 4)), source.draw(Gen.of(Door.class)), source.draw(Gen.longs()));
    };

    @Test
    void aPoolOfTasksAsCallersTakesExactlyItsListScheduleOnTheVirtualClock() {
        try (FakeOci inProcess = fake(); FakeOci overHttp = fake()) {
            Property.forAll(CASES).tries(60).check(c -> {
                FakeOci oci = c.door() == Door.IN_PROCESS ? inProcess : overHttp;
                oci.reset();

                long measured = runOnThePool(oci, c);

                assertThat(measured).as("virtual makespan of %s", c).isEqualTo(listSchedule(c.tasks(), c.parallelism()));
            });
        }
    }

    @Test
    void aTaskRunAsANewCallerStartsWhenItWasStartedNotWhenItsThreadLastWaited() throws Exception {
        try (FakeOci oci = fake()) {
            VirtualNetwork vn = oci.virtualNetwork();
            ExecutorService oneThread = Executors.newSingleThreadExecutor();
            try {
                oneThread.submit(() -> drgAndWait(oci, vn, "first")).get();                 // the thread reaches 7 s

                Duration end = oneThread.submit(() -> oci.clock().runAsNewCaller(Duration.ZERO,
                        () -> vcnAndWait(oci, vn, "second", 1))).get();

                assertThat(end).isEqualTo(Duration.ofMillis(VCN_MILLIS));
            } finally {
                oneThread.shutdownNow();
            }
        }
    }

    @Test
    void aReusedThreadWithoutANewCallerCarriesItsTimeIntoTheNextTask() throws Exception {
        try (FakeOci oci = fake()) {
            VirtualNetwork vn = oci.virtualNetwork();
            ExecutorService oneThread = Executors.newSingleThreadExecutor();
            try {
                oneThread.submit(() -> drgAndWait(oci, vn, "first")).get();

                oneThread.submit(() -> vcnAndWait(oci, vn, "second", 1)).get();

                assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofMillis(DRG_MILLIS + VCN_MILLIS));
            } finally {
                oneThread.shutdownNow();
            }
        }
    }

    private static FakeOci fake() {
        FakeOci oci = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
        oci.clock().setLatency(ResourceKind.VCN, Duration.ofMillis(VCN_MILLIS));
        oci.clock().setLatency(ResourceKind.DRG, Duration.ofMillis(DRG_MILLIS));
        return oci;
    }

    /**
     * List scheduling worked out on paper: at each moment, first every task ending then is done,
     * then free workers take the ready tasks, lowest index first.
     */
    static long listSchedule(List<SyntheticTask> tasks, int parallelism) {
        int n = tasks.size();
        long[] end = new long[n];
        boolean[] started = new boolean[n];
        boolean[] done = new boolean[n];
        PriorityQueue<long[]> running = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));   // {end, index}
        long now = 0;
        int finished = 0;
        while (finished < n) {
            for (int i = 0; i < n && running.size() < parallelism; i++) {
                if (!started[i] && tasks.get(i).after().stream().allMatch(j -> done[j])) {
                    started[i] = true;
                    end[i] = now + tasks.get(i).millis();
                    running.add(new long[] {end[i], i});
                }
            }
            now = running.peek()[0];
            while (!running.isEmpty() && running.peek()[0] == now) {
                done[(int) running.poll()[1]] = true;
                finished++;
            }
        }
        return now;
    }

    /** The same schedule carried out by real threads against FakeOci; returns the virtual makespan. */
    private static long runOnThePool(FakeOci oci, Case c) throws Exception {
        VirtualNetwork vn = c.door().virtualNetwork(oci);
        List<SyntheticTask> tasks = c.tasks();
        int n = tasks.size();
        Random shuffle = new Random(c.shuffleSeed());
        ExecutorService pool = Executors.newFixedThreadPool(c.parallelism());
        CompletionService<long[]> finishedTasks = new ExecutorCompletionService<>(pool);
        try {
            long origin = oci.clock().elapsed().toMillis();
            boolean[] started = new boolean[n];
            boolean[] done = new boolean[n];
            PriorityQueue<long[]> reported = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                    : Long.compare(a[1], b[1]));
            long now = origin;
            int running = 0;
            int finished = 0;
            while (finished < n) {
                List<Integer> batch = new ArrayList<>();
                for (int i = 0; i < n && running + batch.size() < c.parallelism(); i++) {
                    if (!started[i] && tasks.get(i).after().stream().allMatch(j -> done[j])) {
                        started[i] = true;
                        batch.add(i);
                    }
                }
                Collections.shuffle(batch, shuffle);   // the real-time order the threads run in is arbitrary
                for (int i : batch) {
                    long at = now;
                    finishedTasks.submit(() -> new long[] {oci.clock().runAsNewCaller(Duration.ofMillis(at),
                            () -> run(oci, vn, tasks.get(i), i)).toMillis(), i});
                }
                running += batch.size();
                // Every task in flight reports, then the earliest finish is handled (all that end then).
                for (int k = 0; k < batch.size(); k++) {
                    Future<long[]> f = finishedTasks.take();
                    reported.add(f.get());
                }
                now = reported.peek()[0];
                while (!reported.isEmpty() && reported.peek()[0] == now) {
                    done[(int) reported.poll()[1]] = true;
                    running--;
                    finished++;
                }
            }
            return now - origin;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static void run(FakeOci oci, VirtualNetwork vn, SyntheticTask task, int index) {
        for (int k = 0; k < task.vcns(); k++) {
            vcnAndWait(oci, vn, "t" + index + "v" + k, NAMES.incrementAndGet());
        }
        for (int k = 0; k < task.drgs(); k++) {
            drgAndWait(oci, vn, "t" + index + "d" + k);
        }
    }

    private static void vcnAndWait(FakeOci oci, VirtualNetwork vn, String name, int unique) {
        Vcn vcn = vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
                .compartmentId(Fixtures.COMPARTMENT).displayName(name)
                .cidrBlocks(List.of("10." + (unique / 250 % 250) + "." + (unique % 250) + ".0/24")).build()).build()).getVcn();
        waitFor(() -> vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(), Vcn.LifecycleState.Available,
                oci.clock().terminationStrategy(), oci.clock().delayStrategy()).execute());
    }

    private static void drgAndWait(FakeOci oci, VirtualNetwork vn, String name) {
        Drg drg = vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(Fixtures.COMPARTMENT).displayName(name).build()).build()).getDrg();
        waitFor(() -> vn.getWaiters().forDrg(GetDrgRequest.builder().drgId(drg.getId()).build(), Drg.LifecycleState.Available,
                oci.clock().terminationStrategy(), oci.clock().delayStrategy()).execute());
    }
}
