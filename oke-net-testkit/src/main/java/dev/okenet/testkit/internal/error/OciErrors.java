package dev.okenet.testkit.internal.error;

import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.internal.state.Resource;

/**
 * The errors OCI answers with: status, service code and a message. The first sentence of each
 * message is what the real service says; the rest names the object, the value and the fix.
 */
public final class OciErrors {
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private OciErrors() {}

    /** The opc-request-id of the call this thread is serving, stamped on every error. */
    public static void bindRequestId(String opcRequestId) {
        REQUEST_ID.set(opcRequestId);
    }

    public static void unbindRequestId() {
        REQUEST_ID.remove();
    }

    public static String currentRequestId() {
        return REQUEST_ID.get();
    }

    public static BmcException of(int status, String code, String message) {
        return new BmcException(status, code, message, REQUEST_ID.get());
    }

    public static BmcException notFound(String label, String id) {
        return of(404, "NotAuthorizedOrNotFound",
                "Authorization failed or requested resource not found. No " + label + " with id '" + id
                        + "' exists in this region and compartment (or you may not use it); check the OCID.");
    }

    /**
     * 400 FakeOciClockStalled: a testkit code, not OCI's. A caller polls a resource on a MANUAL
     * clock that nothing moves, with real-time pauses, so it would wait out its whole timeout.
     */
    public static BmcException clockStalled(String operation, String resourceId, int reads, java.time.Instant changesAt) {
        return of(400, "FakeOciClockStalled", "FakeOci's clock is MANUAL and nothing moves it: " + operation + " of " + resourceId
                + " was read " + reads + " times and its state changes only at " + changesAt + " of virtual time, which no"
                + " wait has moved towards, so this waiter would poll for its whole timeout in real time (20 minutes for the"
                + " SDK's default waiters). Wait in virtual time: pass fake.clock().terminationStrategy() and"
                + " fake.clock().delayStrategy() to the waiter (for OciNetworkProvider: .waitStrategy(WaitStrategy.of("
                + "fake.clock().terminationStrategy(), fake.clock().delayStrategy()))), advance the clock from the test"
                + " (fake.clock().advance(..), advanceToNextEvent()), or build FakeOci with VirtualClock.Mode.AUTO_ADVANCE"
                + " or INSTANT.");
    }

    public static BmcException invalid(String message) {
        return of(400, "InvalidParameter", message);
    }

    public static BmcException missing(String parameter, String where) {
        return of(400, "MissingParameter",
                "Missing required parameter '" + parameter + "' in " + where + "; set it and retry.");
    }

    public static BmcException limitExceeded(String message) {
        return of(400, "LimitExceeded", message);
    }

    public static BmcException conflict(String message) {
        return of(409, "Conflict", message);
    }

    public static BmcException incorrectState(String message) {
        return of(409, "IncorrectState", message);
    }

    /** 409 IncorrectState for a resource that is mid-transition; the SDK retries these. */
    public static BmcException busy(Resource<?> resource, String state) {
        return incorrectState(resource + " is " + state
                + " and cannot be changed until that finishes; wait for it to settle and retry.");
    }

    /** 409 Conflict when something still depends on the resource being deleted. */
    public static BmcException inUse(Resource<?> resource, Object dependent) {
        return conflict("The " + resource + " is in use: " + dependent
                + " still references it. Remove or delete that reference first, then retry.");
    }

    public static BmcException noEtagMatch(Resource<?> resource, String ifMatch) {
        return of(412, "NoEtagMatch",
                "The If-Match header value '" + ifMatch + "' does not match the current etag '"
                        + resource.etag() + "' of " + resource
                        + "; read the resource again and retry with its current etag.");
    }

    public static BmcException tooManyRequests(String operation) {
        return of(429, "TooManyRequests",
                "Too many requests for the tenancy (" + operation + "); back off and retry.");
    }

    public static BmcException internalError(String operation) {
        return of(500, "InternalServerError",
                "Internal server error while serving " + operation + "; retry the request.");
    }

    public static BmcException timeout(String operation) {
        return new BmcException(true,
                "Client-side timeout calling " + operation + " (simulated by FakeOci faults); retry the request.",
                null, REQUEST_ID.get());
    }
}
