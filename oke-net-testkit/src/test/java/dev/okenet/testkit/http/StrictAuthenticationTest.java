package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server checks signatures as OCI's "Request Signatures" page says: the key must be one it
 * knows, the signature must verify, the required headers must be signed, the body must match its
 * signed digest and the date must be within 5 minutes.
 */
class StrictAuthenticationTest {
    private static final FakeOciServer SERVER = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VCN_BODY = "{\"compartmentId\":\"" + COMPARTMENT
            + "\",\"cidrBlocks\":[\"10.0.0.0/16\"],\"displayName\":\"prod\"}";
    private final RawHttp http = new RawHttp(SERVER.endpoint());
    private final ApiKey key = SERVER.issuedKey();

    @BeforeEach
    void reset() {
        SERVER.fake().reset();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void theIssuedKeysSdkSignatureIsServed() throws IOException {
        HttpResponse<String> response = http.signed(key, "POST", "/20160918/vcns", VCN_BODY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aPostSignedOverNothingButTheDateIsRefusedAndCreatesNothing() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        Map<String, String> headers = Map.of("date", date, "content-type", "application/json",
                "authorization", authorization(key, "date", "date: " + date));

        HttpResponse<String> response = http.send("POST", "/20160918/vcns", VCN_BODY, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asText()).isEqualTo("NotAuthenticated");
        assertThat(json(response).get("message").asText()).contains("(request-target)");
        assertThat(SERVER.fake().calls().size()).isZero();
    }

    @Test
    void aPostWhoseSignatureLeavesOutTheBodyDigestIsRefused() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String host = SERVER.endpoint().getAuthority();
        String signing = "date: " + date + "\n(request-target): post /20160918/vcns\nhost: " + host;
        Map<String, String> headers = Map.of("date", date, "content-type", "application/json",
                "authorization", authorization(key, "date (request-target) host", signing));

        HttpResponse<String> response = http.send("POST", "/20160918/vcns", VCN_BODY, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("content-length");
    }

    @Test
    void aGetSignedWithoutTheHostIsRefused() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String target = "/20160918/vcns?compartmentId=" + COMPARTMENT;
        String signing = "date: " + date + "\n(request-target): get " + target;
        Map<String, String> headers = Map.of("date", date,
                "authorization", authorization(key, "date (request-target)", signing));

        HttpResponse<String> response = http.send("GET", target, null, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("'host'");
    }

    @Test
    void aDateMoreThanFiveMinutesOffIsRefusedWith401() throws IOException {
        String stale = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(6));
        String target = "/20160918/vcns?compartmentId=" + COMPARTMENT;
        Map<String, String> headers = new HashMap<>(http.signature(key, "GET", target, null, Map.of("date", stale)));

        HttpResponse<String> response = http.send("GET", target, null, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asText()).isEqualTo("NotAuthenticated");
        assertThat(json(response).get("message").asText()).contains("5 minutes");
    }

    @Test
    void aDateFourMinutesOffIsServed() throws IOException {
        String early = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(4));
        String target = "/20160918/vcns?compartmentId=" + COMPARTMENT;

        HttpResponse<String> response = http.send("GET", target, null,
                http.signature(key, "GET", target, null, Map.of("date", early)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aSignatureByAnotherKeyUnderTheIssuedKeysIdIsRefused() throws IOException {
        ApiKey impostor = ApiKey.generate(ApiKey.MIN_KEY_BITS);
        String target = "/20160918/vcns?compartmentId=" + COMPARTMENT;
        Map<String, String> headers = new HashMap<>(http.signature(impostor, "GET", target, null));
        headers.put("authorization", headers.get("authorization").replace(impostor.keyId(), key.keyId()));

        HttpResponse<String> response = http.send("GET", target, null, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("does not match");
    }

    @Test
    void aKeyTheServerWasGivenIsServed() throws IOException {
        ApiKey given = ApiKey.generate(ApiKey.MIN_KEY_BITS);
        SERVER.trust(given);

        HttpResponse<String> response = http.signed(given, "GET", "/20160918/vcns?compartmentId=" + COMPARTMENT, null);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aPermissiveServerServesAnyWellFormedSignatureAndSaysSo() throws IOException {
        try (FakeOciServer permissive = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS)
                .authentication(Authentication.PERMISSIVE).start()) {
            RawHttp other = new RawHttp(permissive.endpoint());

            HttpResponse<String> response = other.signed(ApiKey.generate(ApiKey.MIN_KEY_BITS), "GET",
                    "/20160918/vcns?compartmentId=" + COMPARTMENT, null);
            HttpResponse<String> health = other.send("GET", "/_fakeoci/health", null, Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(health).get("authentication").asText()).isEqualTo("PERMISSIVE");
        }
    }

    @Test
    void twoServersInOneJvmTrustOnlyTheirOwnKeys() throws IOException {
        try (FakeOciServer other = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start()) {
            HttpResponse<String> response = new RawHttp(other.endpoint()).signed(key, "GET",
                    "/20160918/vcns?compartmentId=" + COMPARTMENT, null);

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    /** An Authorization header over exactly {@code signing}, as a careless client would write it. */
    private static String authorization(ApiKey key, String headers, String signing) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(key));
        rsa.update(signing.getBytes(StandardCharsets.UTF_8));
        return "Signature version=\"1\",keyId=\"" + key.keyId() + "\",algorithm=\"rsa-sha256\",headers=\"" + headers
                + "\",signature=\"" + Base64.getEncoder().encodeToString(rsa.sign()) + "\"";
    }

    private static java.security.PrivateKey privateKey(ApiKey key) throws Exception {
        String pem = key.privateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

}
