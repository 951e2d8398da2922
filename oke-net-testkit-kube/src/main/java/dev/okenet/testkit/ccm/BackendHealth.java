package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;


/**
 * The health of one backend (a worker node) of a Service's load balancer: whether the load
 * balancer's health check reaches the node's health-check port through the security rules in
 * FakeOci, and why not.
 *
 * <pre>{@code
 * BackendHealth b = status.backends().get(0);
 * b.status();   // CRITICAL
 * b.why();      // "ingress at node oke-general-0 (10.0.4.2): no rule of NSG 'workers' ... admits ... TCP 10256"
 * }</pre>
 *
 * @param nodeName the node's name
 * @param nodeIp the node's private IP
 * @param healthCheckPort the port the health check probes (10256, or the Service's healthCheckNodePort)
 * @param status OK or CRITICAL
 * @param why what allowed the check, or what stopped it
 */
public record BackendHealth(String nodeName, String nodeIp, int healthCheckPort, Status status, String why) {
    /** As OCI's backend health reports it. */
    public enum Status {
        /** The health check passes. */
        OK,
        /** The health check cannot reach the node: no traffic is sent to it. */
        CRITICAL
    }

    /** Checks that every part is given. */
    public BackendHealth {
        notNull(nodeName, "BackendHealth: nodeName", "Give the backend node's name.");
        notNull(nodeIp, "BackendHealth: nodeIp", "Give the backend node's private IP, e.g. \"10.0.4.2\".");
        notNull(status, "BackendHealth: status", "Give Status.OK or Status.CRITICAL.");
        notNull(why, "BackendHealth: why", "Give the reason for the status, e.g. \"health check passes\".");
    }

    /** Whether the backend is healthy. */
    public boolean isOk() {
        return status == Status.OK;
    }

    @Override
    public String toString() {
        return nodeName + " " + nodeIp + ":" + healthCheckPort + " " + status + " (" + why + ")";
    }
}
