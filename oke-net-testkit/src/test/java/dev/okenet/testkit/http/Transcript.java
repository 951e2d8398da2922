package dev.okenet.testkit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.serialization.jackson.JacksonSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a scenario saw, step by step, in a form two doors can be compared in: each response as the
 * SDK's JSON (body and header fields; the raw header map differs by transport and is left out),
 * each failure as its type, status, service code and message.
 */
final class Transcript {
    private static final ObjectMapper SDK_JSON = JacksonSerializer.getDefaultObjectMapper();

    /** One step: its name and what it answered. */
    record Step(String name, Object outcome) {}

    /** A failure, as a caller sees it. */
    record Failure(String type, int status, String code, String message, boolean timeout) {}

    private final List<Step> steps = new ArrayList<>();

    /** Runs {@code call}, records its response or failure, and returns the response (null on failure). */
    <T> T step(String name, Supplier<T> call) {
        try {
            T response = call.get();
            steps.add(new Step(name, asJson(response)));
            return response;
        } catch (BmcException e) {
            // A timeout's message is the client's own account of its transport, so only its kind counts.
            String message = e.isTimeout() ? "(client-side timeout)" : e.getUnmodifiedMessage();
            steps.add(new Step(name, new Failure("BmcException", e.getStatusCode(), e.getServiceCode(), message,
                    e.isTimeout())));
        } catch (RuntimeException e) {
            steps.add(new Step(name, new Failure(e.getClass().getSimpleName(), 0, null, e.getMessage(), false)));
        }
        return null;
    }

    List<Step> steps() {
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static Object asJson(Object response) {
        if (response == null) {
            return null;
        }
        Object tree = SDK_JSON.convertValue(response, Object.class);
        if (tree instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).remove("headers");
        }
        return tree;
    }
}
