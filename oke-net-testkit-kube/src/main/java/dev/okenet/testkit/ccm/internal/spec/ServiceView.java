package dev.okenet.testkit.ccm.internal.spec;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Service as the CCM's Go code sees it: absent strings are empty, absent numbers zero, absent
 * maps and lists empty (Go's zero values), so every parser below can follow the CCM's reading
 * without null checks.
 *
 * @param namespace metadata.namespace
 * @param name metadata.name
 * @param uid metadata.uid
 * @param type spec.type
 * @param annotations metadata.annotations
 * @param ports spec.ports
 * @param externalTrafficPolicy spec.externalTrafficPolicy
 * @param healthCheckNodePort spec.healthCheckNodePort
 * @param sessionAffinity spec.sessionAffinity
 * @param loadBalancerIp spec.loadBalancerIP
 * @param sourceRanges spec.loadBalancerSourceRanges
 * @param ipFamilies spec.ipFamilies
 */
public record ServiceView(String namespace, String name, String uid, String type, Map<String, String> annotations,
        List<Port> ports, String externalTrafficPolicy, int healthCheckNodePort, String sessionAffinity,
        String loadBalancerIp, List<String> sourceRanges, List<String> ipFamilies) {
    /** {@code v1.ServiceExternalTrafficPolicyLocal}. */
    public static final String LOCAL = "Local";
    /** {@code v1.ServiceExternalTrafficPolicyCluster}. */
    public static final String CLUSTER = "Cluster";

    /**
     * One Service port.
     *
     * @param protocol spec.ports[].protocol as written (the API server defaults it to TCP)
     * @param port the port clients use
     * @param nodePort the node port (0 until allocated)
     */
    public record Port(String protocol, int port, int nodePort) {}

    public ServiceView {
        annotations = Map.copyOf(annotations);
        ports = List.copyOf(ports);
        sourceRanges = List.copyOf(sourceRanges);
        ipFamilies = List.copyOf(ipFamilies);
    }

    /** Reads a fabric8 Service. */
    public static ServiceView of(Service service) {
        var meta = service.getMetadata();
        ServiceSpec spec = service.getSpec() == null ? new ServiceSpec() : service.getSpec();
        List<Port> ports = new ArrayList<>();
        for (ServicePort p : spec.getPorts() == null ? List.<ServicePort>of() : spec.getPorts()) {
            ports.add(new Port(text(p.getProtocol()), p.getPort() == null ? 0 : p.getPort(),
                    p.getNodePort() == null ? 0 : p.getNodePort()));
        }
        Map<String, String> annotations = new java.util.LinkedHashMap<>();
        if (meta != null && meta.getAnnotations() != null) {
            meta.getAnnotations().forEach((k, v) -> annotations.put(k, v == null ? "" : v));
        }
        return new ServiceView(meta == null ? "" : text(meta.getNamespace()), meta == null ? "" : text(meta.getName()),
                meta == null ? "" : text(meta.getUid()), text(spec.getType()), annotations, ports,
                text(spec.getExternalTrafficPolicy()), spec.getHealthCheckNodePort() == null ? 0 : spec.getHealthCheckNodePort(),
                text(spec.getSessionAffinity()), text(spec.getLoadBalancerIP()),
                spec.getLoadBalancerSourceRanges() == null ? List.of() : spec.getLoadBalancerSourceRanges(),
                spec.getIpFamilies() == null ? List.of() : spec.getIpFamilies());
    }

    /** The annotation's value if it is present (present and empty is not absent, as in Go's {@code v, ok := m[k]}). */
    public Optional<String> annotation(String key) {
        return Optional.ofNullable(annotations.get(key));
    }

    /** The annotation's value, or "" when absent (Go's {@code m[k]}). */
    public String annotationOrEmpty(String key) {
        return annotations.getOrDefault(key, "");
    }

    /**
     * {@code getLoadBalancerType}: the type annotation lower-cased; "lb" unless it says "nlb".
     */
    public boolean isNlb() {
        return "nlb".equals(annotationOrEmpty(Annotations.TYPE).toLowerCase(java.util.Locale.ROOT));
    }

    /** "lb" or "nlb", as {@code getLoadBalancerType} returns it. */
    public String loadBalancerType() {
        return isNlb() ? "nlb" : "lb";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
