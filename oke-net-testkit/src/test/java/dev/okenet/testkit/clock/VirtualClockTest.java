package dev.okenet.testkit.clock;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import com.oracle.bmc.model.BmcException;
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

@ParameterizedClass
@EnumSource(Door.class)
class VirtualClockTest {
    // A fake per test: each test reads the manual clock from zero, which reset() leaves running.
    private final FakeOci oci = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build();
    private final Door door;
    private final VirtualNetwork vn;

    VirtualClockTest(Door door) {
        this.door = door;
        this.vn = door.virtualNetwork(oci);
    }

    @AfterEach
    void close() {
        oci.close();
    }

    private Vcn.LifecycleState state(Vcn vcn) {
        return vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getVcn().getLifecycleState();
    }

    @Test
    void instantModeIsSteadyByTheFirstRead() {
        try (FakeOci instant = FakeOci.create()) {
            Vcn vcn = Fixtures.vcn(door.virtualNetwork(instant), "a", "10.0.0.0/16");

            assertThat(door.virtualNetwork(instant).getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getVcn()
                    .getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        }
    }

    @Test
    void manualModeKeepsVcnProvisioningUntilItsLatencyPasses() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        oci.clock().advance(Duration.ofMillis(1999));

        assertThat(state(vcn)).isEqualTo(Vcn.LifecycleState.Provisioning);
    }

    @Test
    void manualModeMakesVcnAvailableAfterTwoSeconds() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        oci.clock().advance(Duration.ofSeconds(2));

        assertThat(state(vcn)).isEqualTo(Vcn.LifecycleState.Available);
    }

    @Test
    void latencyCanBeOverriddenPerKind() {
        oci.clock().setLatency(ResourceKind.VCN, Duration.ofSeconds(30));
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        oci.clock().advance(Duration.ofSeconds(29));

        assertThat(state(vcn)).isEqualTo(Vcn.LifecycleState.Provisioning);
    }

    @Test
    void deletionPassesThroughTerminating() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        oci.clock().advance(Duration.ofSeconds(2));

        vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build());

        assertThat(state(vcn)).isEqualTo(Vcn.LifecycleState.Terminating);
        oci.clock().advance(Duration.ofSeconds(2));
        assertThat(state(vcn)).isEqualTo(Vcn.LifecycleState.Terminated);
    }

    @Test
    void mutatingAResourceStillProvisioningIsIncorrectState() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThatThrownBy(() -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId())
                .updateVcnDetails(UpdateVcnDetails.builder().displayName("b").build()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(409);
                    assertThat(e.getServiceCode()).isEqualTo("IncorrectState");
                });
    }

    @Test
    void sdkWaiterWithTheVirtualDelayStrategyWaitsInVirtualTime() throws Exception {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        Vcn ready = vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(),
                Vcn.LifecycleState.Available, oci.clock().terminationStrategy(), oci.clock().delayStrategy())
                .execute().getVcn();

        assertThat(ready.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void childCreatedWhileItsVcnProvisionsStartsWhenTheVcnIsReady() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24");

        oci.clock().advance(Duration.ofSeconds(4));
        Subnet.LifecycleState early = vn.getSubnet(GetSubnetRequest.builder().subnetId(subnet.getId()).build())
                .getSubnet().getLifecycleState();
        oci.clock().advance(Duration.ofSeconds(1));

        assertThat(early).isEqualTo(Subnet.LifecycleState.Provisioning);
        assertThat(vn.getSubnet(GetSubnetRequest.builder().subnetId(subnet.getId()).build()).getSubnet()
                .getLifecycleState()).isEqualTo(Subnet.LifecycleState.Available);
    }

    @Test
    void autoAdvanceModeMovesTimeWhenAReadSeesATransition() {
        try (FakeOci auto = FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build()) {
            Vcn vcn = Fixtures.vcn(door.virtualNetwork(auto), "a", "10.0.0.0/16");
            GetVcnRequest get = GetVcnRequest.builder().vcnId(vcn.getId()).build();

            Vcn.LifecycleState first = door.virtualNetwork(auto).getVcn(get).getVcn().getLifecycleState();
            Vcn.LifecycleState second = door.virtualNetwork(auto).getVcn(get).getVcn().getLifecycleState();

            assertThat(first).isEqualTo(Vcn.LifecycleState.Provisioning);
            assertThat(second).isEqualTo(Vcn.LifecycleState.Available);
            assertThat(auto.clock().elapsed()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void advanceRefusesNegativeDurations() {
        assertThatThrownBy(() -> oci.clock().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");
    }

    @Test
    void compartmentConstantIsWellFormed() {
        assertThat(COMPARTMENT).startsWith("ocid1.compartment.oc1..");
    }
}
