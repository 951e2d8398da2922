package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.responses.BmcResponse;
import dev.okenet.testkit.SimulatedCrash;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one HTTP request: the control API under {@code /_fakeoci/}, else checks the signature,
 * finds the route, rebuilds the SDK request, calls the fake's in-process service through the
 * {@link DoorTarget} (so both doors share one backend, one clock and one call log) and answers as
 * OCI does. Every answer carries {@code opc-request-id}: the fake's own for calls that reached it,
 * one made here for what the door refused itself.
 *
 * <p>The call is served {@linkplain dev.okenet.testkit.VirtualClock#asCaller as} the caller the
 * {@link CallerHeader} names, else as the signing key (one key, one caller: a client outside the
 * JVM that waits between calls has its time carried over as a Java thread's would).
 */
final class DoorHandler implements WireServer.Handler {
    /** The status and code a {@link SimulatedCrash} travels as; {@link DoorFailures} turns it back. */
    static final int CRASH_STATUS = 400;
    static final String CRASH_CODE = "SimulatedCrash";
    /** The status and code an operation FakeOci does not implement travels as. */
    static final int UNSUPPORTED_STATUS = 501;
    static final String UNSUPPORTED_CODE = "NotImplemented";
    private static final Logger LOG = LoggerFactory.getLogger(DoorHandler.class);

    private final RouteTable routes;
    private final DoorTarget target;
    private final Authenticator authenticator;
    private final ControlApi control;
    private final ObjectMapper json = OciJson.mapper();
    private final Map<Route, OperationBinding> bindings = new ConcurrentHashMap<>();
    private final AtomicLong doorRequests = new AtomicLong();
    private final String idPrefix;

    DoorHandler(RouteTable routes, DoorTarget target, Authenticator authenticator, int port) {
        this.routes = routes;
        this.target = target;
        this.authenticator = authenticator;
        this.control = new ControlApi(target, authenticator);
        this.idPrefix = "fakeoci-" + Integer.toHexString(port) + "-";
    }

    /** An opc-request-id for an answer the door gives itself. */
    private String nextId() {
        return idPrefix + Long.toHexString(doorRequests.incrementAndGet());
    }

    @Override
    public WireResponse refuse(int status, String code, String message) {
        return Answer.error(status, code, message, nextId(), json);
    }

    @Override
    public WireResponse handle(WireRequest request) {
        String rawPath = request.rawPath();
        if (ControlApi.handles(rawPath)) {
            return control.handle(request, nextId());
        }
        Authenticator.Result auth = authenticator.check(request);
        if (!auth.authenticated()) {
            return refuse(401, "NotAuthenticated", auth.problem());
        }
        Optional<RouteTable.Match> match = routes.find(request.method(), UriText.decodedSegments(rawPath));
        if (match.isEmpty()) {
            // OCI's "API Errors": 404 NotFound is "no operation at this URI path and HTTP method";
            // NotAuthorizedOrNotFound stays for resources that do not exist.
            return refuse(404, "NotFound", "No OCI operation answers " + request.method() + " "
                    + WireServer.printable(rawPath) + " (FakeOci serves the VirtualNetwork, ContainerEngine,"
                    + " NetworkLoadBalancer, LoadBalancer and Identity APIs); check the endpoint, the API version and the path.");
        }
        Route route = match.get().route();
        OperationBinding binding = bindings.computeIfAbsent(route,
                key -> OperationBinding.of(key, ServiceSet.INTERFACES.get(key.service()), json));
        Object sdkRequest;
        try {
            sdkRequest = binding.request(match.get().pathParameters(), UriText.query(request.rawQuery()),
                    request.headers(), request.body(), json);
        } catch (OperationBinding.BadRequest e) {
            return refuse(400, e.code(), e.getMessage());
        }
        String caller = CallerHeader.of(request.headers());
        if (caller == null && auth.keyId() != null) {
            caller = "key:" + auth.keyId();
        }
        DoorTarget.Outcome outcome = target.call(route.service(), binding.operation(), sdkRequest, caller);
        if (outcome.failure() != null) {
            return fail(route, outcome.failure());
        }
        BmcResponse answer = (BmcResponse) outcome.response();
        String requestId = requestIdOf(answer);
        try {
            return Answer.response(answer.get__httpStatusCode__(), answer.getHeaders(),
                    binding.responseBody(answer), etagOf(answer), requestId != null ? requestId : nextId(), json);
        } catch (JsonProcessingException e) {
            LOG.error("FakeOci could not write the answer of {}", route, e);
            return refuse(500, "InternalServerError", "FakeOci could not write the answer of " + route.operation()
                    + " as JSON; this is a FakeOci bug, please report it with this opc-request-id.");
        }
    }

    private WireResponse fail(Route route, Throwable failure) {
        if (failure instanceof BmcException oci) {
            if (oci.isTimeout() || oci.getStatusCode() < 0) {
                return WireResponse.drop();
            }
            String id = oci.getOpcRequestId() != null ? oci.getOpcRequestId() : nextId();
            return Answer.error(oci.getStatusCode(), oci.getServiceCode(), oci.getUnmodifiedMessage(), id, json);
        }
        if (failure instanceof SimulatedCrash crash) {
            return refuse(CRASH_STATUS, CRASH_CODE, crash.getMessage());
        }
        if (failure instanceof UnsupportedOperationException unsupported) {
            return refuse(UNSUPPORTED_STATUS, UNSUPPORTED_CODE, unsupported.getMessage());
        }
        LOG.error("FakeOci failed serving {}", route, failure);
        return refuse(500, "InternalServerError", "FakeOci failed while serving " + route.operation()
                + "; this is a FakeOci bug, please report it with this opc-request-id.");
    }

    /** The etag the fake answered with, whether its response type has an etag field or only the header. */
    private static String etagOf(BmcResponse response) {
        Method getter = ETAG_GETTERS.get(response.getClass());
        if (getter == null) {
            return null;
        }
        try {
            Object etag = getter.invoke(response);
            return etag == null ? null : etag.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String requestIdOf(BmcResponse response) {
        Map<String, java.util.List<String>> headers = response.getHeaders();
        if (headers != null && headers.get("opc-request-id") != null && !headers.get("opc-request-id").isEmpty()) {
            return headers.get("opc-request-id").get(0);
        }
        return null;
    }

    private static final ClassValue<Method> ETAG_GETTERS = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod("getEtag");
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };
}
