package dev.okenet.testkit.internal.loadbalancer;

import com.oracle.bmc.loadbalancer.model.Backend;
import com.oracle.bmc.loadbalancer.model.BackendDetails;
import com.oracle.bmc.loadbalancer.model.BackendSet;
import com.oracle.bmc.loadbalancer.model.BackendSetDetails;
import com.oracle.bmc.loadbalancer.model.HealthChecker;
import com.oracle.bmc.loadbalancer.model.HealthCheckerDetails;
import com.oracle.bmc.loadbalancer.model.Listener;
import com.oracle.bmc.loadbalancer.model.ListenerDetails;
import java.util.List;

/**
 * The Load Balancer SDK's request shapes (ListenerDetails, BackendSetDetails, ...) as the stored
 * shapes a GetLoadBalancer answers with (Listener, BackendSet, ...), kept in one place. Fields the
 * fake does not model (SSL, session persistence, hostnames, path routes) are carried over as given.
 */
final class LbModels {
    private LbModels() {}

    static Listener listener(String name, ListenerDetails d) {
        return Listener.builder().name(name).defaultBackendSetName(d.getDefaultBackendSetName()).port(d.getPort())
                .protocol(d.getProtocol()).hostnameNames(d.getHostnameNames()).pathRouteSetName(d.getPathRouteSetName())
                .connectionConfiguration(d.getConnectionConfiguration()).routingPolicyName(d.getRoutingPolicyName())
                .ruleSetNames(d.getRuleSetNames()).build();
    }

    static BackendSet backendSet(String name, BackendSetDetails d) {
        return BackendSet.builder().name(name).policy(d.getPolicy()).backendMaxConnections(d.getBackendMaxConnections())
                .backends(d.getBackends() == null ? List.of() : d.getBackends().stream().map(LbModels::backend).toList())
                .healthChecker(healthChecker(d.getHealthChecker()))
                .sessionPersistenceConfiguration(d.getSessionPersistenceConfiguration())
                .lbCookieSessionPersistenceConfiguration(d.getLbCookieSessionPersistenceConfiguration()).build();
    }

    /** A backend is named {@code <ip>:<port>} (Backend.name javadoc: "10.0.0.3:8080"). */
    static Backend backend(BackendDetails d) {
        return Backend.builder().name(d.getIpAddress() + ":" + d.getPort()).ipAddress(d.getIpAddress()).port(d.getPort())
                .weight(d.getWeight() == null ? 1 : d.getWeight()).maxConnections(d.getMaxConnections())
                .backup(Boolean.TRUE.equals(d.getBackup())).drain(Boolean.TRUE.equals(d.getDrain()))
                .offline(Boolean.TRUE.equals(d.getOffline())).build();
    }

    static HealthChecker healthChecker(HealthCheckerDetails d) {
        return d == null ? null : HealthChecker.builder().protocol(d.getProtocol()).urlPath(d.getUrlPath()).port(d.getPort())
                .returnCode(d.getReturnCode()).retries(d.getRetries()).timeoutInMillis(d.getTimeoutInMillis())
                .intervalInMillis(d.getIntervalInMillis()).responseBodyRegex(d.getResponseBodyRegex())
                .isForcePlainText(d.getIsForcePlainText()).build();
    }
}
