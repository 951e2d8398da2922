package dev.okenet.testkit.ccm.internal.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the CCM asks OCI for, derived from one Service: the Java counterpart of the CCM's
 * {@code LBSpec} ({@code load_balancer_spec.go}, {@code NewLBSpec}), limited to what the
 * simulation uses. Maps are ordered by name, where Go's maps have no order.
 *
 * @param type "lb" or "nlb"
 * @param internal whether the load balancer gets only a private address
 * @param subnets the subnet OCIDs it is created in
 * @param shape the shape name: "100Mbps" by default, "flexible" for every NLB
 * @param flexMin the flexible shape's minimum, after the CCM's clamping
 * @param flexMax the flexible shape's maximum, after the CCM's clamping
 * @param sourceCidrs the client CIDRs (normalised, sorted)
 * @param listeners the listeners by name
 * @param policy the backend set policy
 * @param healthCheck the backend sets' health checker (none when the Service has no port: the CCM never reads it then)
 * @param preserveSource whether an NLB keeps the client's address
 * @param ports the ports of each backend set, by backend set name
 * @param nsgIds the NSGs named by the Service, de-duplicated and sorted
 * @param loadBalancerIp spec.loadBalancerIP (a reserved public IP), if given
 * @param ruleManagementMode "All", "Frontend", "None" or "NSG" (the CCM's internal spelling)
 * @param backendNsgIds in NSG mode, the backend NSGs the CCM writes rules into
 * @param ingressIpMode "Proxy" or "VIP" when the annotation asks for one
 */
public record LbSpec(String type, boolean internal, List<String> subnets, String shape, Optional<Integer> flexMin,
        Optional<Integer> flexMax, List<String> sourceCidrs, Map<String, Listener> listeners, String policy,
        Optional<HealthCheck> healthCheck, boolean preserveSource, Map<String, PortSpec> ports, List<String> nsgIds,
        Optional<String> loadBalancerIp, String ruleManagementMode, List<String> backendNsgIds,
        Optional<String> ingressIpMode) {
    /** {@code ManagementModeAll}. */
    public static final String ALL = "All";
    /** {@code ManagementModeFrontend}. */
    public static final String FRONTEND = "Frontend";
    /** {@code ManagementModeNone}. */
    public static final String NONE = "None";
    /** {@code RuleManagementModeNsg}. */
    public static final String NSG = "NSG";

    public LbSpec {
        subnets = List.copyOf(subnets);
        sourceCidrs = List.copyOf(sourceCidrs);
        listeners = Collections.unmodifiableMap(new TreeMap<>(listeners));
        ports = Collections.unmodifiableMap(new TreeMap<>(ports));
        nsgIds = List.copyOf(nsgIds);
        backendNsgIds = List.copyOf(backendNsgIds);
    }

    /** Whether this is a network load balancer. */
    public boolean isNlb() {
        return "nlb".equals(type);
    }

    /**
     * A listener ({@code client.GenericListener}).
     *
     * @param name e.g. "TCP-80", "HTTP-80", "TCP_AND_UDP-53"
     * @param protocol "TCP", "UDP", "TCP_AND_UDP" (NLB), or the backend protocol annotation (LB)
     * @param port the listener port
     * @param backendSetName its default backend set, e.g. "TCP-80"
     * @param sslCertificate the certificate (TLS secret name) when the port terminates SSL
     * @param idleTimeoutSeconds the connection idle timeout, when configured
     * @param proxyProtocolVersion the backend TCP proxy protocol version, when configured
     */
    public record Listener(String name, String protocol, int port, String backendSetName, Optional<String> sslCertificate,
            Optional<Long> idleTimeoutSeconds, Optional<Integer> proxyProtocolVersion) {}

    /**
     * The ports one backend set uses ({@code portSpec}).
     *
     * @param protocol the Service port's protocol ("TCP_AND_UDP" when one port carries both)
     * @param listenerPort the listener port
     * @param backendPort the node port
     * @param healthCheckPort the port health checks probe
     */
    public record PortSpec(String protocol, int listenerPort, int backendPort, int healthCheckPort) {}

    /**
     * The health checker of every backend set ({@code getHealthChecker}).
     *
     * @param urlPath "/healthz"
     * @param port 10256 (kube-proxy), or the healthCheckNodePort with externalTrafficPolicy Local
     * @param retries retries before a backend is unhealthy
     * @param intervalMillis time between checks
     * @param timeoutMillis time to wait for a reply
     * @param forcePlainText whether checks stay HTTP for HTTPS backends
     */
    public record HealthCheck(String urlPath, int port, int retries, int intervalMillis, int timeoutMillis,
            boolean forcePlainText) {}
}
