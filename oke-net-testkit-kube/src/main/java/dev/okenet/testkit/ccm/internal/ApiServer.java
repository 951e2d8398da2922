package dev.okenet.testkit.ccm.internal;

import dev.okenet.testkit.ccm.internal.spec.Annotations;
import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the Kubernetes API server does to a LoadBalancer Service before any controller sees it, so
 * the CCM reads what it would read in a cluster: {@code SetDefaults_Service}
 * ({@code k8s.io/kubernetes/pkg/apis/core/v1/defaults.go}: sessionAffinity None, port protocol
 * TCP, externalTrafficPolicy Cluster), the single-stack IPv4 family, node port and
 * healthCheckNodePort allocation, and the checks of {@code ValidateService}
 * ({@code pkg/apis/core/validation/validation.go}) that matter here.
 *
 * <p>A Service the API server rejects never reaches the CCM: {@link #admit} throws
 * {@link IllegalArgumentException} instead of producing an event.
 */
public final class ApiServer {
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");
    private static final Set<String> TRAFFIC_POLICIES = Set.of(ServiceView.CLUSTER, ServiceView.LOCAL);

    private final NodePortAllocator nodePorts;

    public ApiServer(NodePortAllocator nodePorts) {
        this.nodePorts = nodePorts;
    }

    /**
     * The Service as stored: defaults applied, node ports allocated.
     *
     * @throws IllegalArgumentException when the API server would reject it
     */
    public ServiceView admit(ServiceView given) {
        String ref = (given.namespace().isEmpty() ? "default" : given.namespace()) + "/" + given.name();
        if (given.ports().isEmpty()) {
            throw rejected(ref, "spec.ports: Required value. A LoadBalancer Service needs at least one port.");
        }
        String policy = given.externalTrafficPolicy().isEmpty() ? ServiceView.CLUSTER : given.externalTrafficPolicy();
        if (!TRAFFIC_POLICIES.contains(policy)) {
            throw rejected(ref, "spec.externalTrafficPolicy: Unsupported value: \"" + policy
                    + "\": supported values: \"Cluster\", \"Local\"");
        }
        List<ServiceView.Port> ports = new ArrayList<>();
        for (ServiceView.Port port : given.ports()) {
            String protocol = port.protocol().isEmpty() ? "TCP" : port.protocol();
            if (!PROTOCOLS.contains(protocol)) {
                throw rejected(ref, "spec.ports.protocol: Unsupported value: \"" + protocol
                        + "\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
            }
            int nodePort = nodePorts.allocate(ref, ref + " " + protocol + "/" + port.port(),
                    port.nodePort() == 0 ? null : port.nodePort());
            ports.add(new ServiceView.Port(protocol, port.port(), nodePort));
        }
        int healthCheckNodePort = given.healthCheckNodePort();
        if (ServiceView.LOCAL.equals(policy)) {
            healthCheckNodePort = nodePorts.allocate(ref, ref + " healthCheckNodePort",
                    healthCheckNodePort == 0 ? null : healthCheckNodePort);
        } else if (healthCheckNodePort != 0) {
            throw rejected(ref, "spec.healthCheckNodePort: Invalid value: " + healthCheckNodePort
                    + ": may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'");
        }
        checkSourceRanges(ref, given);
        // The API server gives every object a uid; a stable one keeps names of CCM-made resources repeatable.
        String uid = given.uid().isEmpty()
                ? UUID.nameUUIDFromBytes(("oke-net simulated " + ref).getBytes(StandardCharsets.UTF_8)).toString() : given.uid();
        return new ServiceView(given.namespace().isEmpty() ? "default" : given.namespace(), given.name(), uid,
                given.type(), given.annotations(), ports, policy, healthCheckNodePort,
                given.sessionAffinity().isEmpty() ? "None" : given.sessionAffinity(), given.loadBalancerIp(),
                given.sourceRanges(), given.ipFamilies().isEmpty() ? List.of("IPv4") : given.ipFamilies());
    }

    /** Forgets Service {@code ref}: its node ports are free again. */
    public void release(String ref) {
        nodePorts.release(ref);
    }

    private static void checkSourceRanges(String ref, ServiceView svc) {
        List<String> ranges = svc.sourceRanges();
        String field = "spec.loadBalancerSourceRanges";
        if (ranges.isEmpty()) {
            String value = svc.annotationOrEmpty(Annotations.SOURCE_RANGES).strip();
            ranges = value.isEmpty() ? List.of() : List.of(value.split(",", -1));
            field = "metadata.annotations[" + Annotations.SOURCE_RANGES + "]";
        }
        for (String range : ranges) {
            String trimmed = range.strip();
            if (Ipv4Cidr.parse(trimmed).isEmpty() && !trimmed.contains(":")) {
                throw rejected(ref, field + ": Invalid value: \"" + trimmed + "\": must be a valid CIDR value, (e.g."
                        + " 10.9.8.0/24 or 2001:db8::/64)");
            }
        }
    }

    private static IllegalArgumentException rejected(String ref, String why) {
        return new IllegalArgumentException("The Kubernetes API server rejects Service " + ref + ": " + why);
    }
}
