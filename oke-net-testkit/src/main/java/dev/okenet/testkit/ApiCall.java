package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One call made to FakeOci, as recorded in its {@linkplain CallLog call log}.
 *
 * <pre>{@code
 * ApiCall last = fake.calls().last();
 * last.operation();       // "createSubnet"
 * last.resourceId();      // the new subnet's OCID
 * last.status();          // 200
 * }</pre>
 *
 * @param sequence position in the log, from 1
 * @param service {@code VirtualNetwork}, {@code ContainerEngine} or {@code NetworkLoadBalancer}
 * @param operation the SDK method name, e.g. {@code createSubnet}
 * @param kind the resource kind the operation acts on, or null for e.g. {@code listServices}
 * @param mutating true for operations that change state (create, update, delete, add, ...)
 * @param resourceId the resource the call named or created, or null
 * @param displayName the display name in the request's details, or null
 * @param status the HTTP status answered; -1 for a client-side timeout or a simulated crash
 * @param serviceCode OCI's error code (e.g. {@code NotAuthorizedOrNotFound}), or null on success
 * @param at the virtual time of the call
 * @param opcRequestId the opc-request-id the fake answered with
 */
public record ApiCall(
        long sequence, String service, String operation, ResourceKind kind, boolean mutating,
        String resourceId, String displayName, int status, String serviceCode, Instant at,
        String opcRequestId) {
    /** Checks that the parts every call has are given; the others may be null as documented above. */
    public ApiCall {
        notNull(service, "ApiCall: service", "Give the service called, e.g. \"VirtualNetwork\".");
        notNull(operation, "ApiCall: operation", "Give the SDK method name, e.g. \"createSubnet\".");
        notNull(at, "ApiCall: at", "Give the virtual time of the call, e.g. fake.clock().now().");
        notNull(opcRequestId, "ApiCall: opcRequestId", "Give the opc-request-id the call was answered with.");
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public Optional<ResourceKind> resourceKind() {
        return Optional.ofNullable(kind);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + operation + (resourceId != null ? " " + resourceId : "")
                + (displayName != null ? " '" + displayName + "'" : "") + " -> " + status
                + (serviceCode != null ? " " + serviceCode : "");
    }
}
