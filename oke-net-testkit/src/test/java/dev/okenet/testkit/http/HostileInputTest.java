package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16.7: the HTTP door under oversized and malformed input. A body over the limit is refused
 * with 413 before it is read; a bad query value is a 400, not an unfiltered list; no error body
 * names a Java class.
 */
class HostileInputTest {
    private static final FakeOciServer SERVER = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RawHttp http = new RawHttp(SERVER.endpoint());

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aDeclared100MegabyteBodyIsRefusedWith413BeforeItIsSent() throws IOException {
        String answer = raw("POST /20160918/vcns HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 104857600\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("opc-request-id: ", "\"code\":\"RequestEntityTooLarge\"", "1048576 bytes");
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedWith413() throws IOException {
        StringBuilder request = new StringBuilder("POST /20160918/vcns HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        String chunk = "a".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }

        String answer = raw(request.toString());

        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void aMalformedRequestLineAnswers400WithARequestId() throws IOException {
        String answer = raw("NONSENSE\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("opc-request-id: ", "CannotParseRequest");
    }

    @Test
    void anUnknownLifecycleStateAnswers400NotAnUnfilteredList() throws IOException {
        HttpResponse<String> response = http.signed(SERVER.issuedKey(), "GET",
                "/20160918/vcns?compartmentId=" + COMPARTMENT + "&lifecycleState=junk", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("code").asText()).isEqualTo("InvalidParameter");
        assertThat(error.get("message").asText()).contains("lifecycleState", "junk", "AVAILABLE");
    }

    @Test
    void aBodyThatIsNotJsonAnswersWithoutNamingAJavaClass() throws IOException {
        HttpResponse<String> response = http.signed(SERVER.issuedKey(), "POST", "/20160918/vcns",
                "{\"compartmentId\": [1, 2], \"cidrBlocks\": {\"x\": 1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContainPattern("(java|com|dev|org)\\.[a-z]+\\.");
    }

    @Test
    void anUnknownEnumInABodyFieldIsNoJavaClassEither() throws IOException {
        HttpResponse<String> response = http.signed(SERVER.issuedKey(), "GET",
                "/20160918/vcns?compartmentId=" + COMPARTMENT + "&sortOrder=SIDEWAYS", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "com.oracle");
    }

    /** Writes {@code request} on a fresh connection and reads whatever comes back before it closes. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(SERVER.endpoint().getHost(), SERVER.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // The server may close once it has answered; what it answered is still there to read.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
