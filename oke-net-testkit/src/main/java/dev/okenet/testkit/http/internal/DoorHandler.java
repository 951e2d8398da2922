package dev.okenet.testkit.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.responses.BmcResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.okenet.testkit.SimulatedCrash;
import dev.okenet.testkit.VirtualClock;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves one HTTP request: checks the signature, finds the route, rebuilds the SDK request,
 * calls FakeOci's in-process service (so both doors share one backend, one clock and one call
 * log) and writes its response or error the way OCI does. The call is served {@linkplain
 * VirtualClock#asCaller as} the caller the {@link CallerHeader} names, so a client thread's virtual
 * time carries over, as in process; without the header it counts as this server thread's own.
 */
final class DoorHandler implements HttpHandler {
    /** The status and code a {@link SimulatedCrash} travels as; {@link DoorFailures} turns it back. */
    static final int CRASH_STATUS = 400;
    static final String CRASH_CODE = "SimulatedCrash";
    /** The status and code an operation FakeOci does not implement travels as. */
    static final int UNSUPPORTED_STATUS = 501;
    static final String UNSUPPORTED_CODE = "NotImplemented";

    private final RouteTable routes;
    private final Map<String, Object> services;
    private final Map<String, Class<?>> interfaces;
    private final ObjectMapper json = OciJson.mapper();
    private final Map<Route, OperationBinding> bindings = new ConcurrentHashMap<>();
    private final VirtualClock clock;

    /**
     * @param services the in-process service objects by service name
     * @param interfaces the SDK interface of each service, by service name
     * @param clock the fake's clock, whose caller time each call is served in
     */
    DoorHandler(RouteTable routes, Map<String, Object> services, Map<String, Class<?>> interfaces,
            VirtualClock clock) {
        this.routes = routes;
        this.clock = clock;
        this.services = Map.copyOf(services);
        this.interfaces = Map.copyOf(interfaces);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException e) {
            // The client went away mid-answer; nothing is left to tell it.
            exchange.close();
        } catch (RuntimeException e) {
            Answer.error(exchange, 500, "InternalServerError", "FakeOci's HTTP door failed on "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + ": " + e
                    + "; this is a FakeOci bug, please report it with this message.", null, json);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = lowerCase(exchange.getRequestHeaders());
        String target = rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;

        Optional<String> unauthenticated = SignatureCheck.problem(method, target, headers, body);
        if (unauthenticated.isPresent()) {
            Answer.error(exchange, 401, "NotAuthenticated", unauthenticated.get(), null, json);
            return;
        }
        Optional<RouteTable.Match> match = routes.find(method, UriText.decodedSegments(rawPath));
        if (match.isEmpty()) {
            Answer.error(exchange, 404, "NotAuthorizedOrNotFound", "No OCI operation answers " + method + " "
                    + rawPath + " (FakeOci serves the VirtualNetwork, ContainerEngine and NetworkLoadBalancer"
                    + " APIs); check the endpoint and the path.", null, json);
            return;
        }
        Route route = match.get().route();
        OperationBinding binding = bindings.computeIfAbsent(route,
                key -> OperationBinding.of(key, interfaces.get(key.service()), json));
        Object request;
        try {
            request = binding.request(match.get().pathParameters(), UriText.query(rawQuery), headers, body, json);
        } catch (OperationBinding.BadRequest e) {
            Answer.error(exchange, 400, e.code(), e.getMessage(), null, json);
            return;
        }
        call(exchange, binding, request, CallerHeader.of(headers));
    }

    private void call(HttpExchange exchange, OperationBinding binding, Object request, String caller)
            throws IOException {
        Outcome outcome = caller == null ? invoke(binding, request)
                : clock.asCaller(caller, () -> invoke(binding, request));
        if (outcome.failure() != null) {
            fail(exchange, binding.route(), outcome.failure());
            return;
        }
        Object response = outcome.response();
        BmcResponse answer = (BmcResponse) response;
        Answer.response(exchange, answer.get__httpStatusCode__(), answer.getHeaders(),
                binding.responseBody(response), json);
    }

    /** What the in-process service answered: its response, or what it threw. */
    private record Outcome(Object response, Throwable failure) {}

    private Outcome invoke(OperationBinding binding, Object request) {
        try {
            return new Outcome(binding.operation().invoke(services.get(binding.route().service()), request), null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + binding.operation(), e);
        } catch (InvocationTargetException e) {
            return new Outcome(null, e.getCause());
        }
    }

    private void fail(HttpExchange exchange, Route route, Throwable failure) throws IOException {
        if (failure instanceof BmcException oci) {
            if (oci.isTimeout() || oci.getStatusCode() < 0) {
                Answer.dropConnection(exchange);
            } else {
                Answer.error(exchange, oci.getStatusCode(), oci.getServiceCode(), oci.getUnmodifiedMessage(),
                        oci.getOpcRequestId(), json);
            }
        } else if (failure instanceof SimulatedCrash crash) {
            Answer.error(exchange, CRASH_STATUS, CRASH_CODE, crash.getMessage(), null, json);
        } else if (failure instanceof UnsupportedOperationException unsupported) {
            Answer.error(exchange, UNSUPPORTED_STATUS, UNSUPPORTED_CODE, unsupported.getMessage(), null, json);
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else {
            throw new IllegalStateException(route + " failed", failure);
        }
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new HashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
        return lower;
    }
}
