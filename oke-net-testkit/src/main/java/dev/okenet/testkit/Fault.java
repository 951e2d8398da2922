package dev.okenet.testkit;

import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.internal.error.OciErrors;
import java.time.Duration;
import java.util.Objects;

/**
 * What an injected fault does to a call: fail it with one of the errors OCI's SDK retries (429,
 * 500, 409 IncorrectState, a client-side timeout) or make it take extra virtual time. A failing
 * fault normally stops the call before it takes effect; {@link #afterTakingEffect()} lets the call
 * change state first, the way a lost response does.
 *
 * <pre>{@code
 * fake.faults().on("createVcn").onNthCall(1).respond(Fault.tooManyRequests());
 * fake.faults().on("createSubnet").onEveryCall().respond(Fault.latency(Duration.ofSeconds(5)));
 * fake.faults().on("deleteSubnet").onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());
 * }</pre>
 */
public final class Fault {
    /** The kinds of fault. */
    public enum Type {
        TOO_MANY_REQUESTS, INTERNAL_SERVER_ERROR, INCORRECT_STATE, TIMEOUT, LATENCY
    }

    private final Type type;
    private final Duration latency;
    private final boolean afterEffect;

    private Fault(Type type, Duration latency, boolean afterEffect) {
        this.type = type;
        this.latency = latency;
        this.afterEffect = afterEffect;
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

    /** The call succeeds but the virtual clock advances by {@code extra} first. */
    public static Fault latency(Duration extra) {
        if (extra == null || extra.isNegative()) {
            throw new IllegalArgumentException("Fault.latency(" + extra + "): give a duration >= 0");
        }
        return new Fault(Type.LATENCY, extra, false);
    }

    /** The same failure, raised after the call has taken effect (the response was "lost"). */
    public Fault afterTakingEffect() {
        return new Fault(type, latency, true);
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
        return switch (type) {
            case TOO_MANY_REQUESTS -> OciErrors.tooManyRequests(operation);
            case INTERNAL_SERVER_ERROR -> OciErrors.internalError(operation);
            case INCORRECT_STATE -> OciErrors.incorrectState(
                    "The resource named by " + operation + " is being changed by another request"
                            + " (injected by FakeOci faults); retry later.");
            case TIMEOUT -> OciErrors.timeout(operation);
            case LATENCY -> null;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault that && type == that.type && latency.equals(that.latency)
                && afterEffect == that.afterEffect;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, latency, afterEffect);
    }

    @Override
    public String toString() {
        return type + (type == Type.LATENCY ? " " + latency : "") + (afterEffect ? " after taking effect" : "");
    }
}
