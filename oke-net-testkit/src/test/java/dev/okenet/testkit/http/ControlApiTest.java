package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API, driven as a client outside the JVM would: plain unsigned JSON over HTTP. */
class ControlApiTest {
    private static final FakeOciServer SERVER = FakeOciServer.builder().clock(VirtualClock.Mode.MANUAL)
            .keyBits(ApiKey.MIN_KEY_BITS).start();
    private static final OciHttpClients CLIENTS = OciHttpClients.builder(SERVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void reset() throws Exception {
        control("POST", "reset", null);
    }

    @AfterAll
    static void stop() {
        CLIENTS.close();
        SERVER.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        URI uri = SERVER.controlEndpoint().resolve(path);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return HTTP.send(HttpRequest.newBuilder(uri).method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode control(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void healthSaysTheServerIsUpAndHowItAuthenticates() throws Exception {
        JsonNode health = control("GET", "health", null);

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("authentication").asText()).isEqualTo("STRICT");
        assertThat(health.get("clock").get("mode").asText()).isEqualTo("MANUAL");
    }

    @Test
    void aManualClockTestCanBeDrivenFromOutsideTheJvm() throws Exception {
        Vcn vcn = Fixtures.vcn(CLIENTS.virtualNetwork(), "prod", "10.0.0.0/16");
        GetVcnRequest get = GetVcnRequest.builder().vcnId(vcn.getId()).build();
        assertThat(CLIENTS.virtualNetwork().getVcn(get).getVcn().getLifecycleState())
                .isEqualTo(Vcn.LifecycleState.Provisioning);

        control("POST", "clock/advance", "{\"seconds\": 2}");

        assertThat(CLIENTS.virtualNetwork().getVcn(get).getVcn().getLifecycleState())
                .isEqualTo(Vcn.LifecycleState.Available);
    }

    @Test
    void advancingToTheNextEventReachesThePendingChange() throws Exception {
        long before = control("GET", "clock", null).get("elapsedMillis").asLong();
        Fixtures.vcn(CLIENTS.virtualNetwork(), "prod", "10.0.0.0/16");

        JsonNode answer = control("POST", "clock/next-event", null);

        assertThat(answer.get("advanced").asBoolean()).isTrue();
        assertThat(answer.get("clock").get("elapsedMillis").asLong()).isEqualTo(before + 2000);
    }

    @Test
    void settingTheClockBackwardsIsRefusedWithTheFix() throws Exception {
        HttpResponse<String> response = send("POST", "clock/set", "{\"now\": \"2000-01-01T00:00:00Z\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("only moves forward");
    }

    @Test
    void anInjected429StormReachesTheSdkUntilCleared() throws Exception {
        control("POST", "faults", "{\"operation\": \"listVcns\", \"everyCall\": true, \"fault\": \"TOO_MANY_REQUESTS\"}");
        ListVcnsRequest list = ListVcnsRequest.builder().compartmentId(COMPARTMENT).build();

        BmcException storm = catchThrowableOfType(() -> CLIENTS.virtualNetwork().listVcns(list), BmcException.class);
        control("DELETE", "faults", null);

        assertThat(storm.getStatusCode()).isEqualTo(429);
        assertThat(CLIENTS.virtualNetwork().listVcns(list).get__httpStatusCode__()).isEqualTo(200);
    }

    @Test
    void aFaultWithTwoTriggersIsRefusedNamingTheChoice() throws Exception {
        HttpResponse<String> response = send("POST", "faults",
                "{\"nthCall\": 1, \"everyCall\": true, \"fault\": \"TIMEOUT\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("exactly one trigger");
    }

    @Test
    void theCallLogListsEveryCallWithItsOutcome() throws Exception {
        Fixtures.vcn(CLIENTS.virtualNetwork(), "prod", "10.0.0.0/16");

        JsonNode calls = control("GET", "calls?operation=createVcn", null);

        assertThat(calls.get("calls")).hasSize(1);
        assertThat(calls.get("calls").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(calls.get("countsByOperation").get("createVcn").asInt()).isEqualTo(1);
    }

    @Test
    void restoringASnapshotBringsBackResourcesClockAndCallLog() throws Exception {
        Vcn kept = Fixtures.vcn(CLIENTS.virtualNetwork(), "kept", "10.0.0.0/16");
        long saved = control("POST", "clock/advance", "{\"seconds\": 5}").get("elapsedMillis").asLong();
        control("POST", "snapshots", "{\"name\": \"one-vcn\"}");
        JsonNode before = control("GET", "calls", null);
        Fixtures.vcn(CLIENTS.virtualNetwork(), "later", "10.1.0.0/16");
        control("POST", "clock/advance", "{\"seconds\": 60}");

        control("POST", "snapshots/one-vcn/restore", null);

        List<Vcn> vcns = CLIENTS.virtualNetwork().listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT)
                .build()).getItems();
        assertThat(vcns).extracting(Vcn::getId).containsExactly(kept.getId());
        assertThat(vcns.get(0).getTimeCreated()).isEqualTo(kept.getTimeCreated());
        assertThat(control("GET", "clock", null).get("elapsedMillis").asLong()).isEqualTo(saved);
        assertThat(control("GET", "calls", null).get("calls").size()).isEqualTo(before.get("calls").size() + 1);
    }

    @Test
    void aVcnCreatedAfterARestoreGetsTheSameIdAsBeforeIt() throws Exception {
        control("POST", "snapshots", "{\"name\": \"empty\"}");
        Vcn first = Fixtures.vcn(CLIENTS.virtualNetwork(), "a", "10.0.0.0/16");
        control("POST", "snapshots/empty/restore", null);

        Vcn again = Fixtures.vcn(CLIENTS.virtualNetwork(), "a", "10.0.0.0/16");

        assertThat(again.getId()).isEqualTo(first.getId());
    }

    @Test
    void restoringAnUnknownSnapshotAnswers404() throws Exception {
        HttpResponse<String> response = send("POST", "snapshots/nothing/restore", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("opc-request-id")).isPresent();
    }

    @Test
    void anUnknownControlPathAnswers404NotFound() throws Exception {
        HttpResponse<String> response = send("GET", "unicorns", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("NotFound");
    }

    @Test
    void aControlBodyThatIsNotJsonAnswers400() throws Exception {
        HttpResponse<String> response = send("POST", "clock/advance", "thirty seconds");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("CannotParseRequest");
    }

    @Test
    void aFakesOwnEndpointServesTheControlApiButNotSnapshots() throws IOException, InterruptedException {
        try (dev.okenet.testkit.FakeOci fake = dev.okenet.testkit.FakeOci.create()) {
            URI base = fake.startHttp();

            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(base.resolve("/_fakeoci/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> snapshot = HTTP.send(HttpRequest.newBuilder(base.resolve("/_fakeoci/snapshots"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(snapshot.statusCode()).isEqualTo(501);
        }
    }
}
