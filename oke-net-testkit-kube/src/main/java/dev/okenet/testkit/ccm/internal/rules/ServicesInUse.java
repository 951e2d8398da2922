package dev.okenet.testkit.ccm.internal.rules;

import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import java.util.List;

/**
 * The LoadBalancer Services the CCM's service lister sees, for its "is this port still used by
 * another Service" checks: {@code portInUse} and {@code healthCheckPortInUse} in
 * {@code load_balancer_security_lists.go}. A rule the CCM would otherwise remove survives when
 * such a Service still needs its port.
 *
 * @param services every LoadBalancer Service in the cluster, the one being ensured included
 */
public record ServicesInUse(List<ServiceView> services) {
    static final int KUBE_PROXY_HEALTH_PORT = 10256;

    public ServicesInUse {
        services = List.copyOf(services);
    }

    /** No Service at all. */
    public static ServicesInUse none() {
        return new ServicesInUse(List.of());
    }

    /** {@code portInUse}: a LoadBalancer Service listens on {@code port}. */
    boolean listenerPortInUse(int port) {
        return services.stream().filter(s -> "LoadBalancer".equals(s.type()))
                .anyMatch(s -> s.ports().stream().anyMatch(p -> p.port() == port));
    }

    /**
     * {@code healthCheckPortInUse}: a LoadBalancer Service with externalTrafficPolicy Cluster uses
     * kube-proxy's 10256, one with Local its own healthCheckNodePort.
     */
    boolean healthCheckPortInUse(int port) {
        for (ServiceView s : services) {
            if (!"LoadBalancer".equals(s.type())) {
                continue;
            }
            if (ServiceView.CLUSTER.equals(s.externalTrafficPolicy()) && port == KUBE_PROXY_HEALTH_PORT) {
                return true;
            }
            if (ServiceView.LOCAL.equals(s.externalTrafficPolicy()) && port == s.healthCheckNodePort()) {
                return true;
            }
        }
        return false;
    }
}
