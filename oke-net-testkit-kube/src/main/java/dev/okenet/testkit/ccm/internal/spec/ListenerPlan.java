package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Listeners and backend sets: {@code getListeners}, {@code getListenersOciLoadBalancer},
 * {@code getListenersNetworkLoadBalancer}, {@code getBackendSetNamePortMap} and {@code getPorts} in
 * {@code load_balancer_spec.go} (IPv4 only).
 *
 * <ul>
 *   <li>One backend set per Service port, named "PROTOCOL-port"; a port that carries both TCP and
 *       UDP gets one "TCP_AND_UDP-port" backend set (and, on an NLB, one such listener).
 *   <li>LB: the listener protocol is the port's, or the backend-protocol annotation's ("HTTP",
 *       "TCP" or "GRPC" in any case, empty meaning TCP, anything else refused); the listener is
 *       named after it ("HTTP-80") and still uses backend set "TCP-80". A GRPC listener needs TLS on
 *       its port. The connection idle timeout and proxy protocol version must be whole numbers; with
 *       a proxy protocol version and no timeout the timeout is 300 s (TCP) or 60 s (HTTP).
 *   <li>NLB: listener protocols TCP and UDP only.
 * </ul>
 */
final class ListenerPlan {
    static final String MIXED = "TCP_AND_UDP";

    private ListenerPlan() {}

    /** The listeners, by name. */
    static Map<String, LbSpec.Listener> listeners(ServiceView svc, Optional<SslConfig> ssl) {
        return svc.isNlb() ? networkLoadBalancer(svc) : loadBalancer(svc, ssl);
    }

    private static Map<String, LbSpec.Listener> loadBalancer(ServiceView svc, Optional<SslConfig> ssl) {
        Optional<Long> idleTimeout = connectionSetting(svc, Annotations.LB_IDLE_TIMEOUT);
        Optional<Integer> proxyProtocol = connectionSetting(svc, Annotations.LB_PROXY_PROTOCOL).map(GoText::saturated);
        Map<String, LbSpec.Listener> listeners = new TreeMap<>();
        for (ServiceView.Port port : svc.ports()) {
            String protocol = port.protocol();
            Optional<String> annotated = svc.annotation(Annotations.LB_BACKEND_PROTOCOL);
            if (annotated.isPresent()) {
                String p = annotated.get().isEmpty() ? "TCP" : annotated.get();
                if (!p.equalsIgnoreCase("HTTP") && !p.equalsIgnoreCase("TCP") && !p.equalsIgnoreCase("GRPC")) {
                    throw new CcmFailure("invalid backend protocol " + GoText.quote(p) + " requested for load balancer listener."
                            + " Only 'HTTP', 'TCP' and 'GRPC' protocols supported");
                }
                protocol = p;
            }
            Optional<String> certificate = ssl.flatMap(s -> s.certificateFor(port.port()));
            if (protocol.equalsIgnoreCase("GRPC")) {
                protocol = "GRPC";
                if (certificate.isEmpty()) {
                    throw new CcmFailure("SSL configuration cannot be empty for GRPC protocol");
                }
            }
            Optional<Long> timeout = idleTimeout;
            if (proxyProtocol.isPresent() && idleTimeout.isEmpty()) {
                // The LB API needs a timeout with a proxy protocol; the CCM's defaults are per protocol.
                timeout = Optional.of(defaultIdleTimeout(protocol));
            }
            String name = protocol + "-" + port.port();
            listeners.put(name, new LbSpec.Listener(name, protocol, port.port(), port.protocol() + "-" + port.port(),
                    certificate, timeout, proxyProtocol));
        }
        return listeners;
    }

    private static long defaultIdleTimeout(String protocol) {
        switch (protocol.toUpperCase(java.util.Locale.ROOT)) {
            case "HTTP":
                return 60;
            case "TCP":
                return 300;
            default:
                return 0; // a Go map lookup that misses
        }
    }

    private static Optional<Long> connectionSetting(ServiceView svc, String key) {
        String value = svc.annotationOrEmpty(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong parsed = GoText.atoi(value);
        if (parsed.isEmpty()) {
            throw new CcmFailure("error parsing service annotation: " + key + "=" + value);
        }
        return Optional.of(parsed.getAsLong());
    }

    private static Map<String, LbSpec.Listener> networkLoadBalancer(ServiceView svc) {
        Map<Integer, Integer> protocolsPerPort = protocolsPerPort(svc.ports());
        Set<Integer> mixedDone = new HashSet<>();
        Map<String, LbSpec.Listener> listeners = new TreeMap<>();
        for (ServiceView.Port port : svc.ports()) {
            if (!"TCP".equals(port.protocol()) && !"UDP".equals(port.protocol())) {
                throw new CcmFailure("invalid backend protocol " + GoText.quote(port.protocol())
                        + " requested for network load balancer listener");
            }
            String protocol = port.protocol();
            if (protocolsPerPort.get(port.port()) > 1) {
                if (!mixedDone.add(port.port())) {
                    continue;
                }
                protocol = MIXED;
            }
            String name = protocol + "-" + port.port();
            listeners.put(name, new LbSpec.Listener(name, protocol, port.port(), name, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        return listeners;
    }

    /**
     * {@code getBackendSetNamePortMap} and {@code getPorts}: each backend set's ports, with the
     * health check port. The first Service port of a mixed pair gives the node port.
     */
    static Map<String, LbSpec.PortSpec> ports(ServiceView svc, int healthCheckPort) {
        Map<Integer, Integer> protocolsPerPort = protocolsPerPort(svc.ports());
        Set<Integer> mixedDone = new HashSet<>();
        Map<String, LbSpec.PortSpec> ports = new LinkedHashMap<>();
        for (ServiceView.Port port : svc.ports()) {
            String protocol = port.protocol();
            if (protocolsPerPort.get(port.port()) > 1) {
                if (!mixedDone.add(port.port())) {
                    continue;
                }
                protocol = MIXED;
            }
            ports.put(protocol + "-" + port.port(), new LbSpec.PortSpec(protocol, port.port(), port.nodePort(), healthCheckPort));
        }
        return new TreeMap<>(ports);
    }

    private static Map<Integer, Integer> protocolsPerPort(List<ServiceView.Port> ports) {
        Map<Integer, Integer> count = new HashMap<>();
        ports.forEach(p -> count.merge(p.port(), 1, Integer::sum));
        return count;
    }
}
