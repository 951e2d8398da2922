package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import io.fabric8.kubernetes.api.model.LoadBalancerIngressBuilder;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.LoadBalancerStatusBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated cloud controller manager made of one LoadBalancer Service: its address (the
 * {@code EXTERNAL-IP} kubectl shows), or the events explaining why it stays {@code <pending>}; the
 * node ports it was given; the health of each backend.
 *
 * <pre>{@code
 * ServiceStatus web = ccm.sync(service);
 * if (web.isPending()) {
 *     System.out.println(web.lastWarning().orElseThrow().message());
 * } else {
 *     web.address();                       // Optional[203.0.113.7]
 *     web.backends().stream().allMatch(BackendHealth::isOk);
 * }
 * }</pre>
 */
public final class ServiceStatus {
    /** Which OCI load balancer the Service asked for. */
    public enum Kind {
        /** OCI Load Balancer (layer 7), annotation value {@code lb}, the default. */
        LOAD_BALANCER,
        /** OCI Network Load Balancer, annotation value {@code nlb}. */
        NETWORK_LOAD_BALANCER
    }

    private final String service;
    private final Kind kind;
    private final Optional<String> loadBalancerId;
    private final Optional<String> address;
    private final List<CcmEvent> events;
    private final List<BackendHealth> backends;
    private final Map<Integer, Integer> nodePorts;
    private final int healthCheckPort;

    /**
     * A status; built by {@link SimulatedCcm}.
     *
     * @param service namespace/name
     * @param kind the load balancer kind asked for
     * @param loadBalancerId the OCID of the (network) load balancer, when one was created
     * @param address the external (or, internal, private) address, when the Service got one
     * @param events the events recorded, oldest first
     * @param backends the health of each backend node
     * @param nodePorts node port by Service port
     * @param healthCheckPort the port health checks probe (0 when the Service was rejected before)
     */
    public ServiceStatus(String service, Kind kind, Optional<String> loadBalancerId, Optional<String> address,
            List<CcmEvent> events, List<BackendHealth> backends, Map<Integer, Integer> nodePorts, int healthCheckPort) {
        String at = "new ServiceStatus(service, kind, loadBalancerId, address, events, backends, nodePorts, healthCheckPort): ";
        this.service = notNull(service, at + "service", "Give the Service as namespace/name, e.g. \"shop/web\".");
        this.kind = notNull(kind, at + "kind", "Give the load balancer kind, e.g. Kind.LOAD_BALANCER.");
        this.loadBalancerId = notNull(loadBalancerId, at + "loadBalancerId", "Give Optional.empty() when no load balancer was created.");
        this.address = notNull(address, at + "address", "Give Optional.empty() when the Service got no address.");
        this.events = List.copyOf(notNull(events, at + "events", "Give the events recorded, or List.of() for none."));
        this.backends = List.copyOf(notNull(backends, at + "backends", "Give each backend's health, or List.of() for none."));
        this.nodePorts = Map.copyOf(notNull(nodePorts, at + "nodePorts", "Give the node port by Service port, or Map.of() for none."));
        this.healthCheckPort = healthCheckPort;
    }

    /** namespace/name. */
    public String service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }

    /** The OCID of the load balancer, when one exists. */
    public Optional<String> loadBalancerId() {
        return loadBalancerId;
    }

    /** The address written to {@code status.loadBalancer.ingress}; empty while pending. */
    public Optional<String> address() {
        return address;
    }

    /** Whether the Service has no address ({@code <pending>} in kubectl). */
    public boolean isPending() {
        return address.isEmpty();
    }

    /** The events, oldest first. */
    public List<CcmEvent> events() {
        return events;
    }

    /** The latest Warning event, if any. */
    public Optional<CcmEvent> lastWarning() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).isWarning()) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    /** Backend health per node; empty while pending. */
    public List<BackendHealth> backends() {
        return backends;
    }

    /** Whether at least one backend is healthy, so traffic flows. */
    public boolean hasHealthyBackend() {
        return backends.stream().anyMatch(BackendHealth::isOk);
    }

    /** The node port of each Service port. */
    public Map<Integer, Integer> nodePorts() {
        return nodePorts;
    }

    /** The port health checks probe: 10256 (kube-proxy) or the healthCheckNodePort with externalTrafficPolicy Local. */
    public int healthCheckPort() {
        return healthCheckPort;
    }

    /** The fabric8 {@code status.loadBalancer} the service controller writes back (no ingress while pending). */
    public LoadBalancerStatus toLoadBalancerStatus() {
        LoadBalancerStatusBuilder status = new LoadBalancerStatusBuilder();
        address.ifPresent(ip -> status.addToIngress(new LoadBalancerIngressBuilder().withIp(ip).build()));
        return status.build();
    }

    @Override
    public String toString() {
        return service + " (" + kind + "): " + address.orElse("<pending>") + " " + events;
    }
}
