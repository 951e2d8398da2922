package dev.okenet.testkit.faults;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.faults.Outcomes.statusOf;
import static dev.okenet.testkit.faults.Outcomes.vcnCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.retrier.DefaultRetryCondition;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Injected client errors no client should retry: 400 InvalidParameter, MissingParameter and RelatedResourceNotAuthorizedOrNotFound, 404 NotAuthorizedOrNotFound. */
@ParameterizedClass
@EnumSource(Door.class)
class BadRequestFaultsTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;

    BadRequestFaultsTest(Door door) {
        vn = door.virtualNetwork(OCI);
    }

    private static BmcException failureOf(Runnable call) {
        try {
            call.run();
        } catch (BmcException e) {
            return e;
        }
        throw new AssertionError("the call succeeded; a 400 was expected");
    }

    @Test
    void invalidParameterFailsOnlyTheNthCall() {
        OCI.faults().on("createVcn").onNthCall(2).respond(Fault.invalidParameter());

        int first = statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));
        int second = statusOf(() -> Fixtures.vcn(vn, "b", "10.1.0.0/16"));
        int third = statusOf(() -> Fixtures.vcn(vn, "c", "10.2.0.0/16"));

        assertThat(new int[] {first, second, third}).containsExactly(200, 400, 200);
    }

    @Test
    void invalidParameterIs400InvalidParameterNamingTheOperation() {
        OCI.faults().on("createVcn").onEveryCall().respond(Fault.invalidParameter());

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
        assertThat(e.getUnmodifiedMessage()).contains("createVcn", "retried unchanged");
    }

    @Test
    void invalidParameterCarriesTheGivenMessage() {
        OCI.faults().on(ResourceKind.VCN).onEveryCall().respond(Fault.invalidParameter("cidrBlocks overlap 10.0.0.0/8"));

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getUnmodifiedMessage()).isEqualTo("cidrBlocks overlap 10.0.0.0/8");
    }

    @Test
    void missingParameterIs400MissingParameterNamingTheParameter() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.missingParameter("compartmentId"));

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getServiceCode()).isEqualTo("MissingParameter");
        assertThat(e.getUnmodifiedMessage()).contains("compartmentId", "createVcn");
    }

    @Test
    void genericMissingParameterNamesTheOperation() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.missingParameter());

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getServiceCode()).isEqualTo("MissingParameter");
        assertThat(e.getUnmodifiedMessage()).contains("createVcn");
    }

    @Test
    void aRejectedCreateTakesNoEffect() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.invalidParameter());

        statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(vcnCount(vn)).isZero();
    }

    @Test
    void theSdksDefaultRetryConditionDoesNotRetryThe400s() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.invalidParameter())
                .on("createVcn").onNthCall(2).respond(Fault.missingParameter())
                .on("createVcn").onNthCall(3).respond(Fault.tooManyRequests());
        DefaultRetryCondition sdk = new DefaultRetryCondition();

        boolean invalid = sdk.shouldBeRetried(failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")));
        boolean missing = sdk.shouldBeRetried(failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")));
        boolean throttled = sdk.shouldBeRetried(failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")));

        assertThat(new boolean[] {invalid, missing, throttled}).containsExactly(false, false, true);
    }

    @Test
    void everyCallOfAKindCanBeRejected() {
        Vcn vcn = Fixtures.vcn(vn, "a", "10.0.0.0/16");
        OCI.faults().on(ResourceKind.SUBNET).onEveryCall().respond(Fault.invalidParameter());

        int first = statusOf(() -> Fixtures.subnet(vn, vcn, "s1", "10.0.1.0/24"));
        int second = statusOf(() -> Fixtures.subnet(vn, vcn, "s2", "10.0.2.0/24"));

        assertThat(new int[] {first, second}).containsExactly(400, 400);
    }

    @Test
    void seededProbabilityRejectsTheSameCallsEveryRun() {
        int[] run1 = rejectedUnderSeed(7);
        int[] run2 = rejectedUnderSeed(7);

        assertThat(run1).isEqualTo(run2).isNotEmpty();
    }

    private int[] rejectedUnderSeed(long seed) {
        // The class's fake, emptied: a fresh fake would build another set of HTTP clients.
        OCI.reset();
        OCI.faults().on("listVcns").withProbability(0.3, seed).respond(Fault.invalidParameter());
        return IntStream.range(0, 50).filter(i -> {
            try {
                vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());
                return false;
            } catch (BmcException e) {
                return e.getStatusCode() == 400;
            }
        }).toArray();
    }

    @Test
    void theCallLogRecordsTheRejection() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.invalidParameter());

        statusOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        ApiCall call = OCI.calls().all().get(0);
        assertThat(call.status()).isEqualTo(400);
        assertThat(call.serviceCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void blankMessagesAreRefused() {
        assertThatThrownBy(() -> Fault.invalidParameter(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalidParameter()");
    }
    @Test
    void notAuthorizedOrNotFoundAnswers404WithOcisCodeAndCreatesNothing() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.notAuthorizedOrNotFound());

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getServiceCode()).isEqualTo("NotAuthorizedOrNotFound");
        assertThat(vcnCount(vn)).isZero();
    }
    @Test
    void relatedResourceNotAuthorizedOrNotFoundAnswers400WithOcisCodeAndCreatesNothing() {
        OCI.faults().on("createVcn").onNthCall(1).respond(Fault.relatedResourceNotAuthorizedOrNotFound());

        BmcException e = failureOf(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16"));

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getServiceCode()).isEqualTo("RelatedResourceNotAuthorizedOrNotFound");
        assertThat(vcnCount(vn)).isZero();
    }
}
