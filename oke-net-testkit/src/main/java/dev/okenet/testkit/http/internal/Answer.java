package dev.okenet.testkit.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes what the server answers: an SDK response, an OCI error, or a dropped connection. */
final class Answer {
    private static final String JSON = "application/json";

    private Answer() {}

    /** A success: the status and headers FakeOci answered with, and the body as the SDK's JSON. */
    static void response(HttpExchange exchange, int status, Map<String, List<String>> headers, Object body,
            ObjectMapper json) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (headers != null) {
            headers.forEach((name, values) -> out.put(name, List.copyOf(values)));
        }
        if (body == null || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        write(exchange, status, json.writeValueAsBytes(body));
    }

    /** OCI's error shape, {@code {"code": ..., "message": ...}}, which the SDK turns into a BmcException. */
    static void error(HttpExchange exchange, int status, String code, String message, String opcRequestId,
            ObjectMapper json) throws IOException {
        if (opcRequestId != null) {
            exchange.getResponseHeaders().set("opc-request-id", opcRequestId);
        }
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        write(exchange, status, json.writeValueAsBytes(error));
    }

    /**
     * Closes the connection without an answer. The SDK reports that as a client-side timeout
     * ({@code BmcException.isTimeout()}, status -1), as it does when the real service never answers.
     */
    static void dropConnection(HttpExchange exchange) {
        // Closing before sendResponseHeaders makes the JDK server close the socket itself.
        exchange.close();
    }

    private static void write(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
