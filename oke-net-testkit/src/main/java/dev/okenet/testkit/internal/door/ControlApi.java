package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The control API, on the same port as OCI's paths but under {@value #PREFIX} (as moto serves
 * {@code /moto-api/} and LocalStack {@code /_localstack/}), unsigned: health, reset, the virtual
 * clock, faults (the vocabulary of {@code FakeOci.faults()}), the call log, and snapshots.
 *
 * <pre>{@code
 * curl -s localhost:4510/_fakeoci/health
 * curl -s -X POST localhost:4510/_fakeoci/clock/advance -d '{"seconds": 30}'
 * curl -s -X POST localhost:4510/_fakeoci/faults -d '{"operation":"createSubnet","everyCall":true,"fault":"TOO_MANY_REQUESTS"}'
 * curl -s localhost:4510/_fakeoci/calls
 * }</pre>
 *
 * <p>Every answer is JSON with an {@code opc-request-id}; a refused request answers OCI's error
 * shape ({@code {"code", "message"}}) naming the field and the fix.
 */
final class ControlApi {
    static final String PREFIX = "/_fakeoci/";

    private final DoorTarget target;
    private final Authenticator authenticator;
    private final ObjectMapper json = new ObjectMapper();

    ControlApi(DoorTarget target, Authenticator authenticator) {
        this.target = target;
        this.authenticator = authenticator;
    }

    static boolean handles(String rawPath) {
        return rawPath.startsWith(PREFIX) || rawPath.equals(PREFIX.substring(0, PREFIX.length() - 1));
    }

    WireResponse handle(WireRequest request, String requestId) {
        List<String> path = UriText.decodedSegments(request.rawPath());
        String route = request.method() + " " + String.join("/", path.subList(1, path.size()));
        try {
            JsonNode body = body(request);
            Object answer = switch (route) {
                case "GET health" -> health();
                case "POST reset" -> act(new ControlAction.Reset(), this::health);
                case "GET clock" -> clock();
                case "POST clock/advance" -> act(new ControlAction.Advance(duration(body, "the advance")), this::clock);
                case "POST clock/next-event" -> nextEvent();
                case "POST clock/set" -> setClock(body);
                case "GET calls" -> calls(request);
                case "DELETE calls" -> act(new ControlAction.ClearCalls(), () -> Map.of("cleared", true));
                case "POST faults" -> act(fault(body), () -> Map.of("armed", true));
                case "DELETE faults" -> act(new ControlAction.ClearFaults(), () -> Map.of("cleared", true));
                case "POST faults/stale-reads" -> act(new ControlAction.StaleReads(kind(body, true),
                        integer(body, "reads", 0)), () -> Map.of("armed", true));
                case "POST faults/crash" -> act(new ControlAction.CrashAfter(integer(body, "afterMutatingCalls", 1)),
                        () -> Map.of("armed", true));
                case "GET snapshots" -> Map.of("snapshots", target.snapshots());
                case "POST snapshots" -> snapshot(body);
                default -> routeWithName(request.method(), path, body);
            };
            if (answer == null) {
                return Answer.error(404, "NotFound", "The control API has no operation " + request.method() + " "
                        + WireServer.printable(request.rawPath()) + "; GET " + PREFIX + "health lists what it"
                        + " serves.", requestId, json);
            }
            return Answer.document(200, answer, requestId, json);
        } catch (Refused e) {
            return Answer.error(e.status, e.code, e.getMessage(), requestId, json);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Answer.error(400, "InvalidParameter", e.getMessage(), requestId, json);
        }
    }

    /** Routes with a name in the path: latencies per kind, restoring a snapshot. */
    private Object routeWithName(String method, List<String> path, JsonNode body) throws Refused {
        if (path.size() == 4 && path.get(1).equals("clock") && path.get(2).equals("latencies") && method.equals("PUT")) {
            String name = path.get(3);
            Duration latency = duration(body, "the latency");
            if (name.equalsIgnoreCase("nodes")) {
                return act(new ControlAction.SetNodeLatency(latency), this::clock);
            }
            return act(new ControlAction.SetLatency(kindNamed(name), latency), this::clock);
        }
        if (path.size() == 4 && path.get(1).equals("snapshots") && path.get(3).equals("restore")
                && method.equals("POST")) {
            requireSnapshots();
            if (!target.restore(path.get(2))) {
                throw new Refused(404, "NotFound", "There is no snapshot named '" + WireServer.printable(path.get(2))
                        + "'; GET " + PREFIX + "snapshots lists them.");
            }
            return health();
        }
        return null;
    }

    private Object act(ControlAction action, Supplier<Object> report) {
        target.control(action);
        return report.get();
    }

    private Map<String, Object> health() {
        FakeOci fake = target.fake();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("region", fake.region().getRegionId());
        health.put("authentication", authenticator.mode().name());
        health.put("clock", clock());
        health.put("calls", fake.calls().size());
        health.put("snapshots", target.canSnapshot());
        health.put("controlApi", List.of("GET health", "POST reset", "GET clock", "POST clock/advance",
                "POST clock/next-event", "POST clock/set", "PUT clock/latencies/{KIND|nodes}", "GET calls",
                "DELETE calls", "POST faults", "DELETE faults", "POST faults/stale-reads", "POST faults/crash",
                "GET snapshots", "POST snapshots", "POST snapshots/{name}/restore"));
        return health;
    }

    private Map<String, Object> clock() {
        VirtualClock clock = target.fake().clock();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("mode", clock.mode().name());
        answer.put("now", clock.now().toString());
        answer.put("elapsedMillis", clock.elapsed().toMillis());
        return answer;
    }

    private Object nextEvent() {
        Object advanced = target.control(new ControlAction.AdvanceToNextEvent());
        return Map.of("advanced", advanced, "clock", clock());
    }

    private Object setClock(JsonNode body) {
        String text = text(body, "now", true);
        Instant wanted;
        try {
            wanted = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'now' is '" + text + "', not an ISO-8601 instant such as"
                    + " 2030-01-01T00:00:00Z.");
        }
        Instant now = target.fake().clock().now();
        if (wanted.isBefore(now)) {
            throw new IllegalArgumentException("'now' " + wanted + " is before the clock's " + now
                    + "; the virtual clock only moves forward.");
        }
        return act(new ControlAction.Advance(Duration.between(now, wanted)), this::clock);
    }

    private Object calls(WireRequest request) {
        Map<String, List<String>> query = UriText.query(request.rawQuery());
        String operation = first(query, "operation");
        long since = 0;
        if (first(query, "since") != null) {
            try {
                since = Long.parseLong(first(query, "since"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'since' is '" + first(query, "since")
                        + "', not a call sequence number; give the sequence of the last call you have seen.");
            }
        }
        List<Map<String, Object>> calls = new ArrayList<>();
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (ApiCall call : target.fake().calls().all()) {
            counts.merge(call.operation(), 1L, Long::sum);
            if (call.sequence() > since && (operation == null || operation.equals(call.operation()))) {
                calls.add(call(call));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("calls", calls);
        answer.put("countsByOperation", counts);
        return answer;
    }

    private static Map<String, Object> call(ApiCall call) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sequence", call.sequence());
        entry.put("service", call.service());
        entry.put("operation", call.operation());
        entry.put("kind", call.kind() == null ? null : call.kind().name());
        entry.put("mutating", call.mutating());
        entry.put("resourceId", call.resourceId());
        entry.put("displayName", call.displayName());
        entry.put("status", call.status());
        entry.put("serviceCode", call.serviceCode());
        entry.put("at", call.at().toString());
        entry.put("opcRequestId", call.opcRequestId());
        return entry;
    }

    private Object snapshot(JsonNode body) throws Refused {
        requireSnapshots();
        String name = text(body, "name", true);
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("The snapshot name '" + name + "' must be 1 to 64 letters, digits,"
                    + " '.', '_' or '-'.");
        }
        target.snapshot(name);
        return Map.of("snapshot", name, "snapshots", target.snapshots());
    }

    private void requireSnapshots() throws Refused {
        if (!target.canSnapshot()) {
            throw new Refused(501, "NotImplemented", "Snapshots are served by the standalone server"
                    + " (FakeOciServer), which can rebuild its fake; a FakeOci's own startHttp() endpoint cannot.");
        }
    }

    /** A fault in the vocabulary of {@code faults()}: which calls, when, and what happens. */
    private ControlAction fault(JsonNode body) {
        String operation = text(body, "operation", false);
        ResourceKind kind = kind(body, false);
        Integer nth = body.hasNonNull("nthCall") ? integer(body, "nthCall", 1) : null;
        Double probability = body.hasNonNull("probability") ? body.get("probability").asDouble(-1) : null;
        boolean every = body.path("everyCall").asBoolean(false);
        int triggers = (nth != null ? 1 : 0) + (probability != null ? 1 : 0) + (every ? 1 : 0);
        if (triggers != 1) {
            throw new IllegalArgumentException("A fault needs exactly one trigger: \"nthCall\": n, \"everyCall\": true,"
                    + " or \"probability\": p with an optional \"seed\"; this one has " + triggers + ".");
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("'probability' must be between 0 and 1, was " + body.get("probability"));
        }
        Long seed = body.hasNonNull("seed") ? body.get("seed").asLong() : null;
        return new ControlAction.AddFault(operation, kind, nth, probability, seed, faultOf(body));
    }

    private Fault faultOf(JsonNode body) {
        String name = text(body, "fault", true).toUpperCase(Locale.ROOT);
        Fault.Type type;
        try {
            type = Fault.Type.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'fault' is '" + name + "'; give one of "
                    + java.util.Arrays.toString(Fault.Type.values()) + ".");
        }
        String detail = text(body, "detail", false);
        Fault fault = switch (type) {
            case TOO_MANY_REQUESTS -> Fault.tooManyRequests();
            case INTERNAL_SERVER_ERROR -> Fault.internalServerError();
            case INCORRECT_STATE -> Fault.incorrectState();
            case TIMEOUT -> Fault.timeout();
            case LATENCY -> Fault.latency(duration(body, "the latency fault"));
            case INVALID_PARAMETER -> detail == null ? Fault.invalidParameter() : Fault.invalidParameter(detail);
            case MISSING_PARAMETER -> detail == null ? Fault.missingParameter() : Fault.missingParameter(detail);
            case NOT_FOUND -> Fault.notAuthorizedOrNotFound();
            case RELATED_NOT_FOUND -> Fault.relatedResourceNotAuthorizedOrNotFound();
        };
        return body.path("afterTakingEffect").asBoolean(false) ? fault.afterTakingEffect() : fault;
    }

    private static ResourceKind kind(JsonNode body, boolean required) {
        String name = text(body, "kind", required);
        return name == null ? null : kindNamed(name);
    }

    private static ResourceKind kindNamed(String name) {
        try {
            return ResourceKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a resource kind; give one of "
                    + java.util.Arrays.toString(ResourceKind.values()) + ".");
        }
    }

    /** {@code "seconds": 30}, {@code "millis": 500} or {@code "duration": "PT30S"}. */
    private static Duration duration(JsonNode body, String what) {
        Duration duration;
        if (body.hasNonNull("seconds")) {
            duration = Duration.ofMillis(Math.round(body.get("seconds").asDouble() * 1000));
        } else if (body.hasNonNull("millis")) {
            duration = Duration.ofMillis(body.get("millis").asLong());
        } else if (body.hasNonNull("duration")) {
            try {
                duration = Duration.parse(body.get("duration").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'duration' is '" + body.get("duration").asText()
                        + "', not an ISO-8601 duration such as PT30S.");
            }
        } else {
            throw new IllegalArgumentException("Give " + what + " as \"seconds\": 30, \"millis\": 500 or"
                    + " \"duration\": \"PT30S\".");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Give " + what + " as a duration >= 0, was " + duration + ".");
        }
        return duration;
    }

    private static int integer(JsonNode body, String field, int min) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() < min) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number >= " + min + ", was " + value
                    + ".");
        }
        return value.asInt();
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("The request needs '" + field + "'.");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-blank string, was " + value + ".");
        }
        return value.asText();
    }

    private JsonNode body(WireRequest request) throws Refused {
        if (request.body().length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(request.body());
            if (node == null || node instanceof NullNode || !node.isObject()) {
                throw new Refused(400, "CannotParseRequest", "The control API takes a JSON object as its body.");
            }
            return node;
        } catch (IOException e) {
            throw new Refused(400, "CannotParseRequest", "The body is not JSON; send a JSON object such as"
                    + " {\"seconds\": 30}.");
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A request refused with its own status and code. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
