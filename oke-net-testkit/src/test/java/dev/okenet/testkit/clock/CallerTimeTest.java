package dev.okenet.testkit.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetInternetGatewayRequest;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListNatGatewaysRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.waiter.WaiterConfiguration.WaitContext;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each caller (thread) has its own virtual now: a create starts no earlier than where its caller's
 * last wait ended, so one thread doing things in turn takes the sum of their latencies and threads
 * doing them side by side take the longest.
 */
@ParameterizedClass
@EnumSource(Door.class)
class CallerTimeTest {
    // A fake per test: each test reads the manual clock from zero, which reset() leaves running.
    private final FakeOci oci = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
    private final VirtualNetwork vn;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    CallerTimeTest(Door door) {
        this.vn = door.virtualNetwork(oci);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        oci.close();
    }

    /** A VCN (2 s) this thread has waited for. */
    private Vcn readyVcn() throws Exception {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(), Vcn.LifecycleState.Available,
                oci.clock().terminationStrategy(), oci.clock().delayStrategy()).execute();
        return vcn;
    }

    /** Creates a NAT gateway (2 s) and waits for it on the calling thread. */
    private void natGatewayAndWait(Vcn vcn) {
        NatGateway nat = Fixtures.natGateway(vn, vcn);
        call(() -> vn.getWaiters().forNatGateway(GetNatGatewayRequest.builder().natGatewayId(nat.getId()).build(),
                NatGateway.LifecycleState.Available, oci.clock().terminationStrategy(), oci.clock().delayStrategy())
                .execute());
    }

    /** Creates an internet gateway (1 s) and waits for it on the calling thread. */
    private void internetGatewayAndWait(Vcn vcn) {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        call(() -> vn.getWaiters().forInternetGateway(GetInternetGatewayRequest.builder().igId(igw.getId()).build(),
                InternetGateway.LifecycleState.Available, oci.clock().terminationStrategy(),
                oci.clock().delayStrategy()).execute());
    }

    @Test
    void aCreateAnswersItsStateAtItsCreationWhileAnotherCallerIsFurtherAhead() throws Exception {
        pool.submit(() -> {
            natGatewayAndWait(readyVcn());   // another caller reaches 4 s
            return null;
        }).get();
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(4));

        Vcn vcn = Fixtures.vcn(vn, "b", "10.1.0.0/16");   // this caller, at 0 s: ready at 2 s

        assertThat(vcn.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Provisioning);
    }

    @Test
    void aCallerThatTakesACreatesAnswerIsWhereTheAnsweredStateBegan() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");   // ready at 2 s; this caller is still at 0 s

        InternetGateway igw = Fixtures.internetGateway(vn, vcn);   // starts once the VCN is ready

        assertThat(igw.getLifecycleState()).isEqualTo(InternetGateway.LifecycleState.Provisioning);
        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void createsIssuedInTurnFromOneThreadTakeTheSumOfTheirLatencies() throws Exception {
        Vcn vcn = readyVcn();

        natGatewayAndWait(vcn);
        internetGatewayAndWait(vcn);

        // VCN 2 s, then NAT gateway 2 s, then internet gateway 1 s
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theSameCreatesFromTwoThreadsTakeTheLongerLatency() throws Exception {
        Vcn vcn = readyVcn();

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> natGatewayAndWait(vcn), pool),
                CompletableFuture.runAsync(() -> internetGatewayAndWait(vcn), pool)).get();

        // VCN 2 s, then the NAT gateway (2 s) and the internet gateway (1 s) side by side
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aThreadsNextCreateStartsWhereItsLastWaitEnded() throws Exception {
        Vcn vcn = readyVcn();
        natGatewayAndWait(vcn);

        InternetGateway igw = Fixtures.internetGateway(vn, vcn);

        assertThat(igw.getTimeCreated().toInstant()).isEqualTo(oci.clock().now());
        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void anotherThreadsWaitDoesNotMoveThisThreadsTime() throws Exception {
        Vcn vcn = readyVcn();

        CompletableFuture.runAsync(() -> natGatewayAndWait(vcn), pool).get();

        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(4));
        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readingAReadyResourceBringsTheReaderToWhenItBecameReady() throws Exception {
        Vcn vcn = readyVcn();
        CompletableFuture.runAsync(() -> natGatewayAndWait(vcn), pool).get();
        NatGateway nat = vn.listNatGateways(ListNatGatewaysRequest.builder()
                .compartmentId(Fixtures.COMPARTMENT).vcnId(vcn.getId()).build()).getItems().get(0);

        vn.getNatGateway(GetNatGatewayRequest.builder().natGatewayId(nat.getId()).build());

        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void advancingTheClockMovesEveryCallersTime() {
        oci.clock().advance(Duration.ofSeconds(7));

        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThat(vcn.getTimeCreated().toInstant()).isEqualTo(oci.clock().now());
        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aSlowCallHoldsUpOnlyItsOwnCaller() throws Exception {
        oci.faults().on("createVcn").onNthCall(1).respond(Fault.latency(Duration.ofSeconds(5)));
        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        Duration other = pool.submit(() -> {
            Fixtures.vcn(vn, "b", "10.1.0.0/16");
            return oci.clock().callerElapsed();
        }).get();

        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(other).isEqualTo(Duration.ZERO);
    }

    @Test
    void aSlowCallFromAThreadBehindTheClockStillMovesTheClockByItsLatency() throws Exception {
        Vcn vcn = readyVcn();
        CompletableFuture.runAsync(() -> natGatewayAndWait(vcn), pool).get();
        oci.faults().on("listVcns").onNthCall(1).respond(Fault.latency(Duration.ofSeconds(5)));

        vn.listVcns(ListVcnsRequest.builder().compartmentId(Fixtures.COMPARTMENT).build());

        // The other thread got to 4 s; this one was at 2 s.
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(9));
        assertThat(oci.clock().callerElapsed()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void aCallServedOnAnotherThreadForThisCallerStartsAtThisCallersTime() throws Exception {
        Vcn vcn = readyVcn();
        natGatewayAndWait(vcn);
        String me = oci.clock().callerKey();

        InternetGateway igw = pool.submit(() -> oci.clock().asCaller(me, () -> Fixtures.internetGateway(vn, vcn)))
                .get();

        // This thread reached 4 s (VCN, then NAT gateway); the serving thread alone would start at 2 s.
        assertThat(igw.getTimeCreated().toInstant()).isEqualTo(oci.clock().now());
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void asCallerRefusesABlankKey() {
        assertThatThrownBy(() -> oci.clock().asCaller(" ", () -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callerKey()");
    }

    @Test
    void terminationCountsTheWaitersOwnTimeNotTheClocks() throws Exception {
        var stop = oci.clock().terminationStrategy(Duration.ofSeconds(5));
        WaitContext context = new WaitContext(0);
        boolean atStart = stop.shouldTerminate(context);
        Vcn vcn = readyVcn();

        // Another thread pushes the clock 20 s ahead while this thread's wait has lasted 2 s.
        CompletableFuture.runAsync(() -> {
            oci.clock().setLatency(ResourceKind.NAT_GATEWAY, Duration.ofSeconds(20));
            natGatewayAndWait(vcn);
        }, pool).get();

        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(22));
        assertThat(atStart).isFalse();
        assertThat(stop.shouldTerminate(context)).isFalse();
    }

    private interface Wait {
        void run() throws Exception;
    }

    private static void call(Wait wait) {
        try {
            wait.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
