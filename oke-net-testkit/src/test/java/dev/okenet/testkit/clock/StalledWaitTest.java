package dev.okenet.testkit.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.waiter.FixedTimeDelayStrategy;
import com.oracle.bmc.waiter.MaxAttemptsTerminationStrategy;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A waiter that sleeps real time on a MANUAL clock nobody moves would poll for its whole timeout
 * (the SDK's default waiters: 20 minutes) and see nothing change. FakeOci says so after a few
 * reads, with the fix: wait in virtual time, advance the clock, or use another clock mode.
 */
@ParameterizedClass
@EnumSource(Door.class)
class StalledWaitTest {
    private final FakeOci oci;
    private final VirtualNetwork vn;

    StalledWaitTest(Door door) {
        // Zero real time: the third read without virtual progress is reported, so nothing here waits.
        this.oci = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).stalledWaitAfter(Duration.ZERO).build();
        this.vn = door.virtualNetwork(oci);
    }

    @AfterEach
    void close() {
        oci.close();
    }

    private GetVcnRequest get(Vcn vcn) {
        return GetVcnRequest.builder().vcnId(vcn.getId()).build();
    }

    @Test
    void aWaiterThatNeverMovesTheClockIsToldTheFixAtItsThirdRead() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThatThrownBy(() -> vn.getWaiters().forVcn(get(vcn), Vcn.LifecycleState.Available,
                new MaxAttemptsTerminationStrategy(1000), new FixedTimeDelayStrategy(0)).execute())
            .isInstanceOfSatisfying(BmcException.class, e -> {
                assertThat(e.getStatusCode()).isEqualTo(400);
                assertThat(e.getServiceCode()).isEqualTo("FakeOciClockStalled");
                assertThat(e.getMessage()).contains("MANUAL", "fake.clock().delayStrategy()", "advance", "AUTO_ADVANCE");
            });
        assertThat(oci.calls().count("getVcn")).isEqualTo(3);
    }

    @Test
    void aWaiterOnTheClocksDelayStrategyIsNeverStalled() throws Exception {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        Vcn ready = vn.getWaiters().forVcn(get(vcn), Vcn.LifecycleState.Available, oci.clock().terminationStrategy(),
            oci.clock().delayStrategy()).execute().getVcn();

        assertThat(ready.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
    }

    @Test
    void readsBetweenWhichTheTestAdvancesTheClockAreNotStalled() {
        oci.clock().setLatency(ResourceKind.VCN, Duration.ofSeconds(10));
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        for (int i = 0; i < 5; i++) {
            assertThat(vn.getVcn(get(vcn)).getVcn().getLifecycleState()).isEqualTo(Vcn.LifecycleState.Provisioning);
            oci.clock().advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aSteadyResourceIsReadAsOftenAsWanted() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        oci.clock().advance(Duration.ofMinutes(1));

        for (int i = 0; i < 10; i++) {
            assertThat(vn.getVcn(get(vcn)).getVcn().getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        }
    }

    @Test
    void aWaiterThatNeverPausesIsStoppedAtItsHundredthReadWhateverTheRealTime() {
        FakeOci patient = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).stalledWaitAfter(Duration.ofDays(1)).build();
        try {
            Vcn vcn = Fixtures.vcn(patient.virtualNetwork(), "a", "10.0.0.0/16");

            assertThatThrownBy(() -> patient.virtualNetwork().getWaiters().forVcn(get(vcn), Vcn.LifecycleState.Available,
                    new MaxAttemptsTerminationStrategy(1000), new FixedTimeDelayStrategy(0)).execute())
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("FakeOciClockStalled"));
            assertThat(patient.calls().count("getVcn")).isEqualTo(100);
        } finally {
            patient.close();
        }
    }
}
