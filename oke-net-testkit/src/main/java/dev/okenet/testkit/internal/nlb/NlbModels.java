package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendDetails;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.BackendSetSummary;
import com.oracle.bmc.networkloadbalancer.model.BackendSummary;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckerDetails;
import com.oracle.bmc.networkloadbalancer.model.Listener;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerSummary;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancerSummary;
import java.util.List;

/**
 * Conversions between the NLB SDK's request, stored and summary shapes of the same things
 * (ListenerDetails / CreateListenerDetails / Listener / ListenerSummary ...), kept in one place.
 */
final class NlbModels {
    private NlbModels() {}

    static Listener listener(String name, ListenerDetails d) {
        return Listener.builder().name(name).defaultBackendSetName(d.getDefaultBackendSetName()).port(d.getPort())
                .protocol(d.getProtocol()).ipVersion(d.getIpVersion()).isPpv2Enabled(d.getIsPpv2Enabled())
                .tcpIdleTimeout(d.getTcpIdleTimeout()).udpIdleTimeout(d.getUdpIdleTimeout()).build();
    }

    static Listener listener(CreateListenerDetails d) {
        return Listener.builder().name(d.getName()).defaultBackendSetName(d.getDefaultBackendSetName()).port(d.getPort())
                .protocol(d.getProtocol()).ipVersion(d.getIpVersion()).isPpv2Enabled(d.getIsPpv2Enabled())
                .tcpIdleTimeout(d.getTcpIdleTimeout()).udpIdleTimeout(d.getUdpIdleTimeout()).build();
    }

    static ListenerSummary summary(Listener l) {
        return ListenerSummary.builder().name(l.getName()).defaultBackendSetName(l.getDefaultBackendSetName())
                .port(l.getPort()).protocol(l.getProtocol()).ipVersion(l.getIpVersion()).isPpv2Enabled(l.getIsPpv2Enabled())
                .tcpIdleTimeout(l.getTcpIdleTimeout()).udpIdleTimeout(l.getUdpIdleTimeout()).build();
    }

    /** The backend set as given, backends named; {@link NlbRules#backendSet} checks it and fills in defaults. */
    static BackendSet backendSet(String name, BackendSetDetails d) {
        return BackendSet.builder().name(name).policy(d.getPolicy()).isPreserveSource(d.getIsPreserveSource())
                .isFailOpen(d.getIsFailOpen()).isInstantFailoverEnabled(d.getIsInstantFailoverEnabled())
                .ipVersion(d.getIpVersion()).healthChecker(d.getHealthChecker())
                .backends(d.getBackends() == null ? List.of() : d.getBackends().stream().map(NlbModels::named).toList())
                .build();
    }

    private static Backend named(Backend b) {
        return b == null ? null : b.toBuilder().name(backendName(b.getName(), b.getIpAddress(), b.getTargetId(),
                b.getPort())).build();
    }

    /** The backend set as given; {@link NlbRules#backendSet} checks it and fills in defaults. */
    static BackendSet backendSet(CreateBackendSetDetails d) {
        return BackendSet.builder().name(d.getName()).policy(d.getPolicy()).isPreserveSource(d.getIsPreserveSource())
                .isFailOpen(d.getIsFailOpen()).isInstantFailoverEnabled(d.getIsInstantFailoverEnabled())
                .ipVersion(d.getIpVersion()).healthChecker(healthChecker(d.getHealthChecker()))
                .backends(d.getBackends() == null ? List.of() : d.getBackends().stream().map(NlbModels::backend).toList())
                .build();
    }

    static HealthChecker healthChecker(HealthCheckerDetails d) {
        return d == null ? null : HealthChecker.builder().protocol(d.getProtocol()).port(d.getPort())
                .retries(d.getRetries()).timeoutInMillis(d.getTimeoutInMillis()).intervalInMillis(d.getIntervalInMillis())
                .urlPath(d.getUrlPath()).responseBodyRegex(d.getResponseBodyRegex()).returnCode(d.getReturnCode())
                .requestData(d.getRequestData()).responseData(d.getResponseData()).dns(d.getDns()).build();
    }

    static BackendSetSummary summary(BackendSet s) {
        return BackendSetSummary.builder().name(s.getName()).policy(s.getPolicy()).isPreserveSource(s.getIsPreserveSource())
                .isFailOpen(s.getIsFailOpen()).isInstantFailoverEnabled(s.getIsInstantFailoverEnabled())
                .ipVersion(s.getIpVersion()).backends(s.getBackends()).healthChecker(s.getHealthChecker()).build();
    }

    static Backend backend(BackendDetails d) {
        return Backend.builder().name(backendName(d.getName(), d.getIpAddress(), d.getTargetId(), d.getPort()))
                .ipAddress(d.getIpAddress()).targetId(d.getTargetId()).port(d.getPort()).weight(d.getWeight())
                .isBackup(d.getIsBackup()).isDrain(d.getIsDrain()).isOffline(d.getIsOffline()).build();
    }

    static Backend backend(CreateBackendDetails d) {
        return Backend.builder().name(backendName(d.getName(), d.getIpAddress(), d.getTargetId(), d.getPort()))
                .ipAddress(d.getIpAddress()).targetId(d.getTargetId()).port(d.getPort()).weight(d.getWeight())
                .isBackup(d.getIsBackup()).isDrain(d.getIsDrain()).isOffline(d.getIsOffline()).build();
    }

    static BackendSummary summary(Backend b) {
        return BackendSummary.builder().name(b.getName()).ipAddress(b.getIpAddress()).targetId(b.getTargetId())
                .port(b.getPort()).weight(b.getWeight()).isBackup(b.getIsBackup()).isDrain(b.getIsDrain())
                .isOffline(b.getIsOffline()).build();
    }

    /** OCI names a backend "&lt;ip or target&gt;:&lt;port&gt;" when none is given. */
    private static String backendName(String name, String ip, String targetId, Integer port) {
        return name != null ? name : (ip != null ? ip : targetId) + ":" + port;
    }

    static NetworkLoadBalancerSummary summary(NetworkLoadBalancer n) {
        return NetworkLoadBalancerSummary.builder().id(n.getId()).compartmentId(n.getCompartmentId())
                .displayName(n.getDisplayName()).lifecycleState(n.getLifecycleState())
                .lifecycleDetails(n.getLifecycleDetails()).nlbIpVersion(n.getNlbIpVersion())
                .timeCreated(n.getTimeCreated()).timeUpdated(n.getTimeUpdated()).ipAddresses(n.getIpAddresses())
                .isPrivate(n.getIsPrivate()).isPreserveSourceDestination(n.getIsPreserveSourceDestination())
                .isSymmetricHashEnabled(n.getIsSymmetricHashEnabled()).subnetId(n.getSubnetId())
                .networkSecurityGroupIds(n.getNetworkSecurityGroupIds()).listeners(n.getListeners())
                .backendSets(n.getBackendSets()).freeformTags(n.getFreeformTags()).definedTags(n.getDefinedTags())
                .build();
    }
}
