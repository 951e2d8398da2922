package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.List;

/**
 * Whether clients in a CIDR get through a Service's load balancer to its node ports, judged from
 * the route tables, security lists and NSGs in FakeOci, with each step that was checked.
 *
 * <pre>{@code
 * ClientAccess access = ccm.clientAccess(service, "198.51.100.0/24");
 * access.reachable();   // false
 * access.steps();       // [..., "DENIED ingress at node oke-general-0 ... TCP 30000"]
 * access.reason();      // the first denied step
 * }</pre>
 *
 * @param service the Service, as namespace/name
 * @param clientCidr the client CIDR asked about
 * @param reachable whether every step lets the traffic through
 * @param steps the steps, in path order, each starting ALLOWED or DENIED
 */
public record ClientAccess(String service, String clientCidr, boolean reachable, List<String> steps) {
    /** Copies the steps. */
    public ClientAccess {
        notNull(service, "ClientAccess: service", "Give the Service as namespace/name, e.g. \"shop/web\".");
        notNull(clientCidr, "ClientAccess: clientCidr", "Give the client CIDR asked about, e.g. \"203.0.113.0/24\".");
        steps = List.copyOf(notNull(steps, "ClientAccess: steps", "Give the steps in path order, or List.of() for none."));
    }

    /** The first step that stopped the traffic, or "reachable". */
    public String reason() {
        return steps.stream().filter(s -> s.startsWith("DENIED")).findFirst().orElse("reachable");
    }

    @Override
    public String toString() {
        return service + " from " + clientCidr + ": " + (reachable ? "reachable" : "unreachable") + " " + steps;
    }
}
