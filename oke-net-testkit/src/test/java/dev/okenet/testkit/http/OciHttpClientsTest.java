package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.circuitbreaker.CircuitBreakerConfiguration;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OciHttpClientsTest {
    // One fake and one set of default clients for the class: building SDK clients is the slow part.
    private static final FakeOci FAKE = FakeOci.create();
    private static final OciHttpClients CLIENTS = OciHttpClients.connect(FAKE);

    @AfterEach
    void reset() {
        FAKE.reset();
    }

    @AfterAll
    static void close() {
        CLIENTS.close();
        FAKE.close();
    }

    private static ListVcnsRequest listVcns() {
        return ListVcnsRequest.builder().compartmentId(COMPARTMENT).build();
    }

    @Test
    void theClientsAreTheSdksOwnPointedAtTheFakesEndpoint() {
        assertThat(CLIENTS.virtualNetwork().getEndpoint()).isEqualTo(FAKE.startHttp().toString());
        assertThat(CLIENTS.containerEngine().getEndpoint()).isEqualTo(FAKE.startHttp().toString());
        assertThat(CLIENTS.networkLoadBalancer().getEndpoint()).isEqualTo(FAKE.startHttp().toString());
    }

    @Test
    void whatTheClientsCreateIsInTheFake() {
        String id = Fixtures.vcn(CLIENTS.virtualNetwork(), "prod", "10.0.0.0/16").getId();

        assertThat(FAKE.calls().last().resourceId()).isEqualTo(id);
        assertThat(FAKE.virtualNetwork().listVcns(listVcns()).getItems()).extracting(v -> v.getId()).containsExactly(id);
    }

    @Test
    void theClientsSignWithTheirOwnGeneratedKey() {
        assertThat(CLIENTS.key().keyId()).startsWith(ApiKey.TENANCY + "/ocid1.user.oc1..")
                .matches(".*/([0-9a-f]{2}:){15}[0-9a-f]{2}");
    }

    @Test
    void byDefaultTheSdkDoesNotRetrySoAFaultReachesTheCaller() {
        FAKE.faults().on("listVcns").onNthCall(1).respond(Fault.tooManyRequests());

        assertThatThrownBy(() -> CLIENTS.virtualNetwork().listVcns(listVcns()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(429));
        assertThat(FAKE.calls().count("listVcns")).isEqualTo(1);
    }

    @Test
    void withRetriesTheSdkRetriesAFaultItConsidersTransient() {
        FAKE.faults().on("listVcns").onNthCall(1).respond(Fault.internalServerError());

        try (OciHttpClients retrying = OciHttpClients.builder(FAKE).retries(2).build()) {
            retrying.virtualNetwork().listVcns(listVcns());
        }

        assertThat(FAKE.calls().of("listVcns")).extracting(ApiCall::status).containsExactly(500, 200);
    }

    @Test
    void aTimeoutFaultArrivesAsTheSdksClientSideTimeout() {
        FAKE.faults().on("listVcns").onNthCall(1).respond(Fault.timeout());

        assertThatThrownBy(() -> CLIENTS.virtualNetwork().listVcns(listVcns()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.getStatusCode()).isEqualTo(-1);
                });
    }

    @Test
    void aCircuitBreakerStopsCallingAfterFailures() {
        FAKE.faults().on("listVcns").onEveryCall().respond(Fault.internalServerError());
        CircuitBreakerConfiguration breaker = CircuitBreakerConfiguration.builder().failureRateThreshold(50)
                .minimumNumberOfCalls(2).slidingWindowSize(2).waitDurationInOpenState(Duration.ofMinutes(5))
                .recordHttpStatuses(Set.of(500)).build();

        try (OciHttpClients guarded = OciHttpClients.builder(FAKE).circuitBreaker(breaker).build()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> guarded.virtualNetwork().listVcns(listVcns()))
                        .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(500));
            }
            assertThatThrownBy(() -> guarded.virtualNetwork().listVcns(listVcns()))
                    .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.isClientSide()).isTrue());
        }
        assertThat(FAKE.calls().count("listVcns")).isEqualTo(2);
    }

    @Test
    void anEndpointThatIsNotHttpIsRejectedWithTheFix() {
        assertThatThrownBy(() -> OciHttpClients.builder(URI.create("ftp://127.0.0.1:1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FakeOci.startHttp()");
    }

    @Test
    void fewerThanOneAttemptIsRejected() {
        assertThatThrownBy(() -> OciHttpClients.builder(FAKE.startHttp()).retries(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 attempt");
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> OciHttpClients.builder(FAKE.startHttp()).readTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    }
}
