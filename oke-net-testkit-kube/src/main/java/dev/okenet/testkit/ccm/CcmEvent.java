package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;


/**
 * A Kubernetes event the cloud controller manager records on a Service, as {@code kubectl describe
 * service} shows it.
 *
 * <pre>{@code
 * CcmEvent e = status.lastWarning().orElseThrow();
 * e.reason();    // "SyncLoadBalancerFailed"
 * e.message();   // "Error syncing load balancer: failed to ensure load balancer: ..."
 * }</pre>
 *
 * @param type {@code Normal} or {@code Warning}
 * @param reason the event reason, e.g. {@code EnsuredLoadBalancer}
 * @param message the event message
 */
public record CcmEvent(String type, String reason, String message) {
    /** Event type of progress. */
    public static final String NORMAL = "Normal";
    /** Event type of failures. */
    public static final String WARNING = "Warning";
    /** The service controller starts working on a Service's load balancer. */
    public static final String ENSURING = "EnsuringLoadBalancer";
    /** The load balancer exists and matches the Service. */
    public static final String ENSURED = "EnsuredLoadBalancer";
    /** The load balancer could not be created or updated; the Service stays pending. */
    public static final String SYNC_FAILED = "SyncLoadBalancerFailed";
    /** The cluster has no ready node to put behind the load balancer; the CCM carries on. */
    public static final String UNAVAILABLE = "UnAvailableLoadBalancer";

    /** Checks that every part is given. */
    public CcmEvent {
        notNull(type, "CcmEvent: type", "Give CcmEvent.NORMAL or CcmEvent.WARNING.");
        notNull(reason, "CcmEvent: reason", "Give the event's reason, e.g. CcmEvent.ENSURED.");
        notNull(message, "CcmEvent: message", "Give the event's message, e.g. \"Ensured load balancer\".");
    }

    /** A Normal event. */
    public static CcmEvent normal(String reason, String message) {
        return new CcmEvent(NORMAL, reason, message);
    }

    /** A Warning event. */
    public static CcmEvent warning(String reason, String message) {
        return new CcmEvent(WARNING, reason, message);
    }

    /** Whether this is a Warning. */
    public boolean isWarning() {
        return WARNING.equals(type);
    }

    @Override
    public String toString() {
        return type + " " + reason + ": " + message;
    }
}
