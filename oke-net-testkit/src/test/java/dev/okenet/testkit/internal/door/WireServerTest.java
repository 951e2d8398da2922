package dev.okenet.testkit.internal.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server answers every request, even when serving it fails with an Error. */
class WireServerTest {
    private interface Serve {
        WireResponse serve(WireRequest request);
    }

    private static WireServer server(Serve serve) {
        return WireServer.start(InetAddress.getLoopbackAddress(), 0, 1024, "test", new WireServer.Handler() {
            @Override
            public WireResponse handle(WireRequest request) {
                return serve.serve(request);
            }

            @Override
            public WireResponse refuse(int status, String code, String message) {
                return WireResponse.of(status, Map.of("opc-request-id", List.of("refused")), code.getBytes());
            }
        });
    }

    private static HttpResponse<String> get(WireServer server) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/x")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOutOfMemoryErrorInTheHandlerStillAnswers500() throws Exception {
        try (WireServer server = server(request -> {
            throw new OutOfMemoryError("Java heap space");
        })) {
            HttpResponse<String> response = get(server);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("opc-request-id")).isPresent();
        }
    }

    @Test
    void theServerKeepsServingAfterAnError() throws Exception {
        int[] calls = {0};
        try (WireServer server = server(request -> {
            if (calls[0]++ == 0) {
                throw new StackOverflowError();
            }
            return WireResponse.of(200, Map.of("opc-request-id", List.of("ok")), "fine".getBytes());
        })) {
            get(server);

            assertThat(get(server).body()).isEqualTo("fine");
        }
    }

    @Test
    void whenEvenTheRefusalFailsThePreparedAnswerIsSent() throws Exception {
        try (WireServer server = WireServer.start(InetAddress.getLoopbackAddress(), 0, 1024, "test",
                new WireServer.Handler() {
                    @Override
                    public WireResponse handle(WireRequest request) {
                        throw new OutOfMemoryError();
                    }

                    @Override
                    public WireResponse refuse(int status, String code, String message) {
                        throw new OutOfMemoryError();
                    }
                })) {
            HttpResponse<String> response = get(server);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("InternalServerError");
        }
    }
}
