package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds what the server answers: an SDK response, an OCI error or a control-API document. Every
 * answer carries {@code opc-request-id}, errors included, as OCI's do ("API Errors": every response
 * has one, to quote to Oracle support).
 */
final class Answer {
    static final String JSON = "application/json";
    /** Package-qualified Java names, e.g. from a parser's message; the client learns nothing from them. */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|dev|net)\\.(?:[a-z_][A-Za-z0-9_]*\\.)*([A-Z][A-Za-z0-9_$]*)");

    private Answer() {}

    /** A success: the status and headers FakeOci answered with, and the body as the SDK's JSON. */
    static WireResponse response(int status, Map<String, List<String>> headers, Object body, String etag,
            String opcRequestId, ObjectMapper json) throws JsonProcessingException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> out.put(name, List.copyOf(values)));
        }
        if (etag != null && !containsIgnoringCase(out, "etag")) {
            out.put("etag", List.of(etag));
        }
        if (!containsIgnoringCase(out, "opc-request-id")) {
            out.put("opc-request-id", List.of(opcRequestId));
        }
        if (body == null || status == 204) {
            return WireResponse.of(status, out, null);
        }
        out.put("Content-Type", List.of(JSON));
        return WireResponse.of(status, out, json.writeValueAsBytes(body));
    }

    /** OCI's error shape, {@code {"code": ..., "message": ...}}, which every SDK turns into its service error. */
    static WireResponse error(int status, String code, String message, String opcRequestId, ObjectMapper json) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", withoutJavaNames(message));
        return document(status, error, opcRequestId, json);
    }

    /** A JSON document (the control API's answers). */
    static WireResponse document(int status, Object document, String opcRequestId, ObjectMapper json) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(JSON));
        headers.put("opc-request-id", List.of(opcRequestId));
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            bytes = ("{\"code\":\"InternalServerError\",\"message\":\"FakeOci could not write its answer as JSON.\"}")
                    .getBytes(StandardCharsets.UTF_8);
            status = 500;
        }
        return WireResponse.of(status, headers, bytes);
    }

    /** {@code com.fasterxml...MismatchedInputException} becomes {@code MismatchedInputException}. */
    static String withoutJavaNames(String message) {
        return message == null ? "" : QUALIFIED_NAME.matcher(message).replaceAll("$1");
    }

    private static boolean containsIgnoringCase(Map<String, List<String>> headers, String name) {
        return headers.keySet().stream().anyMatch(key -> key.equalsIgnoreCase(name));
    }
}
