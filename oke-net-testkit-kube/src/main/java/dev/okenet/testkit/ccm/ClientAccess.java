package dev.okenet.testkit.ccm;

import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clientCidr, "clientCidr");
        steps = List.copyOf(steps);
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
