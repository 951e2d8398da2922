package dev.okenet.testkit.faults;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.faults.Outcomes.statusOf;
import static dev.okenet.testkit.faults.Outcomes.vcnCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.SimulatedCrash;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class FaultsTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;

    FaultsTest(Door door) {
        vn = door.virtualNetwork(OCI);
    }

    @Test
    void nthCallGetsTooManyRequestsAndOthersSucceed() {
        OCI.faults().on("createVcn").onNthCall(2).respond(Fault.tooManyRequests());

        int first = statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));
        int second = statusOf(() -> Fixtures.vcn(vn, "b", "10.1.0.0/16"));
        int third = statusOf(() -> Fixtures.vcn(vn, "c", "10.2.0.0/16"));

        assertThat(new int[] {first, second, third}).containsExactly(200, 429, 200);
    }

    @Test
    void everyCallOfAKindGetsInternalServerError() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        OCI.faults().on(ResourceKind.SUBNET).onEveryCall().respond(Fault.internalServerError());

        assertThatThrownBy(() -> Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24"))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(500);
                    assertThat(e.getServiceCode()).isEqualTo("InternalServerError");
                });
    }

    @Test
    void failedCallDoesNotTakeEffect() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.internalServerError());

        statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(vcnCount(vn)).isZero();
    }

    @Test
    void incorrectStateIsAConflictTheSdkRetries() {
        OCI.faults().on("createVcn").onEveryCall().respond(Fault.incorrectState());

        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(409);
                    assertThat(e.getServiceCode()).isEqualTo("IncorrectState");
                });
    }

    @Test
    void timeoutIsAClientSideTimeout() {
        OCI.faults().on("listVcns").onEveryCall().respond(Fault.timeout());

        assertThatThrownBy(() -> vcnCount(vn)).isInstanceOfSatisfying(BmcException.class, e -> {
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.isClientSide()).isTrue();
        });
    }

    @Test
    void latencyFaultAdvancesTheVirtualClock() {
        OCI.faults().on("listVcns").onEveryCall().respond(Fault.latency(Duration.ofSeconds(5)));
        // The class shares one fake, whose clock reset() leaves running: measure this call alone.
        Duration before = OCI.clock().elapsed();

        vcnCount(vn);

        assertThat(OCI.clock().elapsed().minus(before)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void seededProbabilityFailsTheSameCallsEveryRun() {
        int[] run1 = failuresUnderSeed(42);
        int[] run2 = failuresUnderSeed(42);

        assertThat(run1).isEqualTo(run2);
        assertThat(run1.length).isBetween(5, 35);
    }

    private int[] failuresUnderSeed(long seed) {
        // The class's fake, emptied: a fresh fake would build another set of HTTP clients.
        OCI.reset();
        OCI.faults().onAnyCall().withProbability(0.2, seed).respond(Fault.tooManyRequests());
        return IntStream.range(0, 100).filter(i -> {
            try {
                vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());
                return false;
            } catch (BmcException e) {
                return true;
            }
        }).toArray();
    }

    @Test
    void afterTakingEffectTheResourceExistsButTheCallerSeesTheFailure() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());

        int status = statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(status).isEqualTo(500);
        assertThat(vcnCount(vn)).isEqualTo(1);
    }

    @Test
    void readsRightAfterCreateAreNotFoundForAWhile() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        OCI.faults().readsNotFoundAfterCreate(ResourceKind.SUBNET, 1);
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24");
        GetSubnetRequest get = GetSubnetRequest.builder().subnetId(subnet.getId()).build();

        int first = statusOf(() -> vn.getSubnet(get));
        int second = statusOf(() -> vn.getSubnet(get));

        assertThat(new int[] {first, second}).containsExactly(404, 200);
    }

    @Test
    void crashAfterMutatingCallsLetsTheKthCallTakeEffectThenThrows() {
        OCI.faults().crashAfterMutatingCalls(2);
        Vcn first = Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThatThrownBy(() -> Fixtures.vcn(vn, "b", "10.1.0.0/16")).isInstanceOf(SimulatedCrash.class);
        assertThat(OCI.faults().crashed()).isTrue();
        OCI.faults().clear();
        assertThat(vcnCount(vn)).isEqualTo(2);
        assertThat(first.getId()).isNotBlank();
    }

    @Test
    void afterACrashEveryCallFailsUntilCleared() {
        OCI.faults().crashAfterMutatingCalls(1);
        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")).isInstanceOf(SimulatedCrash.class);

        assertThatThrownBy(() -> vcnCount(vn)).isInstanceOf(SimulatedCrash.class);
    }

    @Test
    void readsDoNotCountTowardsTheCrash() {
        OCI.faults().crashAfterMutatingCalls(1);
        vcnCount(vn);
        vcnCount(vn);

        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")).isInstanceOf(SimulatedCrash.class);
    }

    @Test
    void unknownGetAfterFaultsClearedIsStillNotFound() {
        OCI.faults().clear();

        assertThat(statusOf(() -> vn.getVcn(GetVcnRequest.builder().vcnId("ocid1.vcn.oc1.iad.x").build()))).isEqualTo(404);
    }
}
