package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.internal.error.OciErrors;
import java.time.Duration;
import java.util.Objects;

/**
 * What an injected fault does to a call: fail it with one of the errors OCI's SDK retries (429,
 * 500, 409 IncorrectState, a client-side timeout), fail it with a 400 that no client should retry
 * (InvalidParameter, MissingParameter: the request itself is wrong), or make it take extra virtual
 * time. A failing fault normally stops the call before it takes effect; {@link
 * #afterTakingEffect()} lets the call change state first, the way a lost response does.
 *
 * <pre>{@code
 * fake.faults().on("createVcn").onNthCall(1).respond(Fault.tooManyRequests());
 * fake.faults().on("createSubnet").onEveryCall().respond(Fault.latency(Duration.ofSeconds(5)));
 * fake.faults().on("deleteSubnet").onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());
 * fake.faults().on(ResourceKind.NAT_GATEWAY).onNthCall(1).respond(Fault.invalidParameter("blockTraffic is wrong"));
 * }</pre>
 */
public final class Fault {
    /** The kinds of fault. */
    public enum Type {
        TOO_MANY_REQUESTS, INTERNAL_SERVER_ERROR, INCORRECT_STATE, TIMEOUT, LATENCY,
        /** 400 InvalidParameter: not retryable. */
        INVALID_PARAMETER,
        /** 400 MissingParameter: not retryable. */
        MISSING_PARAMETER,
        /**
         * 404 NotAuthorizedOrNotFound: what OCI answers when a resource the request names is not
         * found or not authorised (docs.oracle.com/iaas/Content/API/References/apierrors.htm, 404).
         */
        NOT_FOUND,
        /**
         * 400 RelatedResourceNotAuthorizedOrNotFound: what OCI answers when a resource named in the
         * request's body is not found or not authorised (same page, 400).
         */
        RELATED_NOT_FOUND
    }

    private final Type type;
    private final Duration latency;
    private final boolean afterEffect;
    private final String detail;

    private Fault(Type type, Duration latency, boolean afterEffect) {
        this(type, latency, afterEffect, null);
    }

    private Fault(Type type, Duration latency, boolean afterEffect, String detail) {
        this.type = type;
        this.latency = latency;
        this.afterEffect = afterEffect;
        this.detail = detail;
    }

    /** 429 TooManyRequests. */
    public static Fault tooManyRequests() {
        return new Fault(Type.TOO_MANY_REQUESTS, Duration.ZERO, false);
    }

    /** 500 InternalServerError. */
    public static Fault internalServerError() {
        return new Fault(Type.INTERNAL_SERVER_ERROR, Duration.ZERO, false);
    }

    /** 409 IncorrectState, as when another change to the resource is in flight. */
    public static Fault incorrectState() {
        return new Fault(Type.INCORRECT_STATE, Duration.ZERO, false);
    }

    /** A client-side timeout: a {@link BmcException} with {@code isTimeout()} true and status -1. */
    public static Fault timeout() {
        return new Fault(Type.TIMEOUT, Duration.ZERO, false);
    }

    /**
     * The call succeeds but the virtual clock advances by {@code extra} first. Only the calling
     * thread is held up to the new time; other threads' creates still start at their own time.
     */
    public static Fault latency(Duration extra) {
        notNull(extra, "Fault.latency(extra)", "Give the virtual time the call takes first, e.g. Duration.ofSeconds(30).");
        if (extra.isNegative()) {
            throw new IllegalArgumentException("Fault.latency(" + extra + "): give a duration >= 0");
        }
        return new Fault(Type.LATENCY, extra, false);
    }

    /** 400 InvalidParameter with a generic message naming the operation. */
    public static Fault invalidParameter() {
        return new Fault(Type.INVALID_PARAMETER, Duration.ZERO, false);
    }

    /** 400 InvalidParameter with {@code message} as OCI's message, e.g. to check it reaches a report. */
    public static Fault invalidParameter(String message) {
        return new Fault(Type.INVALID_PARAMETER, Duration.ZERO, false, requireText(message, "invalidParameter", "message"));
    }

    /** 400 MissingParameter with a generic message naming the operation. */
    public static Fault missingParameter() {
        return new Fault(Type.MISSING_PARAMETER, Duration.ZERO, false);
    }

    /** 400 MissingParameter for the named request parameter, e.g. {@code "compartmentId"}. */
    public static Fault missingParameter(String parameter) {
        return new Fault(Type.MISSING_PARAMETER, Duration.ZERO, false, requireText(parameter, "missingParameter", "parameter"));
    }

    /**
     * 404 NotAuthorizedOrNotFound, as OCI answers a request naming a resource it cannot find (or
     * may not use) — for instance a create naming a resource created a moment before, if OCI's view
     * is not yet consistent (docs.oracle.com/iaas/Content/API/References/apierrors.htm).
     */
    public static Fault notAuthorizedOrNotFound() {
        return new Fault(Type.NOT_FOUND, Duration.ZERO, false);
    }

    /**
     * 400 RelatedResourceNotAuthorizedOrNotFound, as OCI answers a request whose body names a
     * resource it cannot find (or may not use), e.g. a create naming its VCN
     * (docs.oracle.com/iaas/Content/API/References/apierrors.htm, "Common Errors Returned by All
     * Services").
     */
    public static Fault relatedResourceNotAuthorizedOrNotFound() {
        return new Fault(Type.RELATED_NOT_FOUND, Duration.ZERO, false);
    }

    private static String requireText(String text, String factory, String name) {
        notNull(text, "Fault." + factory + "(" + name + ")", "Give a non-blank text, or call " + factory + "() for the generic one.");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Fault." + factory + "(" + text + "): give a non-blank text, or call "
                    + factory + "() for the generic one");
        }
        return text;
    }

    /** The same failure, raised after the call has taken effect (the response was "lost"). */
    public Fault afterTakingEffect() {
        return new Fault(type, latency, true, detail);
    }

    public Type type() {
        return type;
    }

    public Duration latency() {
        return latency;
    }

    public boolean isAfterEffect() {
        return afterEffect;
    }

    /** The exception the caller sees, or null for a latency fault. */
    public BmcException toException(String operation) {
        notNull(operation, "Fault.toException(operation)", "Give the SDK method name the fault answers, e.g. \"createSubnet\".");
        return switch (type) {
            case TOO_MANY_REQUESTS -> OciErrors.tooManyRequests(operation);
            case INTERNAL_SERVER_ERROR -> OciErrors.internalError(operation);
            case INCORRECT_STATE -> OciErrors.incorrectState(
                    "The resource named by " + operation + " is being changed by another request"
                            + " (injected by FakeOci faults); retry later.");
            case TIMEOUT -> OciErrors.timeout(operation);
            case LATENCY -> null;
            case INVALID_PARAMETER -> OciErrors.invalid(detail != null ? detail
                    : "A parameter of " + operation + " is invalid (injected by FakeOci faults); the request will"
                            + " fail the same way if retried unchanged, so fix the request instead.");
            case RELATED_NOT_FOUND -> OciErrors.of(400, "RelatedResourceNotAuthorizedOrNotFound", "A resource specified in the"
                    + " body of " + operation + " was not found, or you do not have authorization to access it (injected by"
                    + " FakeOci faults).");
            case NOT_FOUND -> OciErrors.of(404, "NotAuthorizedOrNotFound", "Authorization failed or requested resource not found"
                    + " for " + operation + " (injected by FakeOci faults).");
            case MISSING_PARAMETER -> detail != null
                    ? OciErrors.missing(detail, operation + " (injected by FakeOci faults)")
                    : OciErrors.of(400, "MissingParameter", "A required parameter of " + operation
                            + " is missing (injected by FakeOci faults); the request will fail the same way if"
                            + " retried unchanged, so fix the request instead.");
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault that && type == that.type && latency.equals(that.latency)
                && afterEffect == that.afterEffect && Objects.equals(detail, that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, latency, afterEffect, detail);
    }

    @Override
    public String toString() {
        return type + (type == Type.LATENCY ? " " + latency : "") + (detail != null ? " '" + detail + "'" : "")
                + (afterEffect ? " after taking effect" : "");
    }
}
