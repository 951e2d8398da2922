package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.internal.door.HttpEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire: status, headers and JSON as OCI's REST API has them. */
class HttpProtocolTest {
    private static final ApiKey TRUSTED = ApiKey.generate();
    private static final ApiKey UNKNOWN = ApiKey.generate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VCN_BODY = "{\"compartmentId\":\"" + COMPARTMENT
            + "\",\"cidrBlocks\":[\"10.0.0.0/16\"],\"displayName\":\"prod\"}";

    private final FakeOci fake = FakeOci.create();
    private final URI base = fake.startHttp();
    private final RawHttp http = new RawHttp(base);

    @BeforeEach
    void trustKey() {
        HttpEndpoint.of(fake).authenticator().trust(TRUSTED.keyId(), TRUSTED.publicKey());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private String createVcn() throws IOException {
        return json(http.signed(TRUSTED, "POST", "/20160918/vcns", VCN_BODY)).get("id").asText();
    }

    @Test
    void aRequestWithoutAuthorizationIsRefusedWith401NotAuthenticated() throws IOException {
        HttpResponse<String> response = http.send("GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asText()).isEqualTo("NotAuthenticated");
        assertThat(json(response).get("message").asText()).contains("no Authorization header");
    }

    @Test
    void anAuthorizationThatIsNotAnOciSignatureIsRefused() throws IOException {
        HttpResponse<String> response = http.send("GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null,
                Map.of("Authorization", "Bearer abc"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("not an OCI signature");
    }

    @Test
    void aSignatureWithoutKeyIdIsRefused() throws IOException {
        HttpResponse<String> response = http.send("GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null,
                Map.of("Authorization", "Signature version=\"1\",headers=\"date\",signature=\"abc\""));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("no keyId");
    }

    @Test
    void aTrustedKeysSignatureOverAnotherPathIsRefused() throws IOException {
        String target = "/20160918/vcns?compartmentId=" + COMPARTMENT;
        Map<String, String> headers = http.signature(TRUSTED, "GET", target, null);

        HttpResponse<String> response = http.send("GET", target + "&displayName=other", null, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("does not match the request");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws IOException {
        Map<String, String> headers = http.signature(TRUSTED, "POST", "/20160918/vcns", VCN_BODY);

        HttpResponse<String> response = http.send("POST", "/20160918/vcns", VCN_BODY.replace("prod", "evil"), headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("x-content-sha256");
        assertThat(fake.calls().size()).isZero();
    }

    @Test
    void aWellFormedSignatureOfAnUnknownKeyIsRefusedAsOciWould() throws IOException {
        HttpResponse<String> response = http.signed(UNKNOWN, "GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asText()).isEqualTo("NotAuthenticated");
        assertThat(json(response).get("message").asText()).contains("not known");
        assertThat(response.headers().firstValue("opc-request-id")).isPresent();
    }

    @Test
    void aCreateAnswersTheModelAsSdkJsonWithEtagAndRequestId() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "POST", "/20160918/vcns", VCN_BODY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.headers().firstValue("etag")).isPresent();
        assertThat(response.headers().firstValue("opc-request-id")).hasValue(fake.calls().last().opcRequestId());
        JsonNode vcn = json(response);
        assertThat(vcn.get("lifecycleState").asText()).isEqualTo("AVAILABLE");
        assertThat(vcn.get("cidrBlocks").get(0).asText()).isEqualTo("10.0.0.0/16");
        assertThat(vcn.get("timeCreated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
    }

    @Test
    void aListAnswersAJsonArrayAndTheNextPageHeader() throws IOException {
        createVcn();
        createVcn();

        HttpResponse<String> response = http.signed(TRUSTED, "GET",
                "/20160918/vcns?compartmentId=" + COMPARTMENT + "&limit=1", null);

        assertThat(json(response).isArray()).isTrue();
        assertThat(json(response)).hasSize(1);
        assertThat(response.headers().firstValue("opc-next-page")).isPresent();
    }

    @Test
    void aDeleteAnswers204WithoutBody() throws IOException {
        String id = createVcn();

        HttpResponse<String> response = http.signed(TRUSTED, "DELETE", "/20160918/vcns/" + id, null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anErrorAnswersOcisErrorShapeWithTheFakesRequestId() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "GET", "/20160918/vcns/ocid1.vcn.oc1.iad.missing", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("NotAuthorizedOrNotFound");
        assertThat(json(response).get("message").asText()).contains("ocid1.vcn.oc1.iad.missing");
        assertThat(response.headers().firstValue("opc-request-id")).hasValue(fake.calls().last().opcRequestId());
    }

    @Test
    void anUnknownPathAnswers404NotFoundNamingIt() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "GET", "/20160918/unicorns", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("NotFound");
        assertThat(response.headers().firstValue("opc-request-id")).isPresent();
        assertThat(json(response).get("message").asText()).contains("GET /20160918/unicorns");
    }

    @Test
    void aBodyThatIsNotJsonAnswers400CannotParseRequest() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "POST", "/20160918/vcns", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("CannotParseRequest");
        assertThat(json(response).get("message").asText()).contains("createVcn", "CreateVcnDetails");
    }

    @Test
    void aQueryParameterOfTheWrongTypeAnswers400InvalidParameter() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "GET",
                "/20160918/vcns?compartmentId=" + COMPARTMENT + "&limit=many", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("InvalidParameter");
        assertThat(json(response).get("message").asText()).contains("'limit'", "[many]", "Integer");
    }

    @Test
    void anOperationFakeOciLacksAnswers501NamingItAndTheCoverageFile() throws IOException {
        HttpResponse<String> response = http.signed(TRUSTED, "GET", "/20160918/cpes?compartmentId=" + COMPARTMENT, null);

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(json(response).get("code").asText()).isEqualTo("NotImplemented");
        assertThat(json(response).get("message").asText()).contains("VirtualNetwork.listCpes", "COVERAGE.md");
    }

    @Test
    void headersReachTheRequestAsItsFields() throws IOException {
        String id = createVcn();
        Map<String, String> headers = new HashMap<>(http.signature(TRUSTED, "DELETE", "/20160918/vcns/" + id, null));
        headers.put("if-match", "stale-etag");

        HttpResponse<String> response = http.send("DELETE", "/20160918/vcns/" + id, null, headers);

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(json(response).get("code").asText()).isEqualTo("NoEtagMatch");
    }

    @Test
    void aTimeoutFaultDropsTheConnectionWithoutAnswer() {
        fake.faults().on("listVcns").onEveryCall().respond(Fault.timeout());

        assertThatThrownBy(() -> http.signed(TRUSTED, "GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null))
                .isInstanceOf(IOException.class);
    }
}
