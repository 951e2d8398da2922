package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.IpAddress;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.model.OperationStatus;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetWorkRequestRequest;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a Service's network load balancer through the NetworkLoadBalancer SDK interface, from the
 * CCM's spec ({@code createLoadBalancer} in {@code load_balancer.go}, with the listeners, backend
 * sets and health checker of {@code load_balancer_spec.go}): named "&lt;namespace&gt;/&lt;name&gt;/&lt;uid&gt;",
 * one listener and one backend set per Service port ("TCP_AND_UDP" for a port carrying both), the
 * nodes' node ports as backends, the spec's policy, preserve-source flag and HTTP health check.
 * OCI itself judges the request (a public NLB in a private subnet is refused with 400
 * InvalidParameter). A failed create work request is the CCM's "awaiting load balancer" error.
 */
public final class NlbProvisioner {
    private final NetworkLoadBalancer nlbs;

    public NlbProvisioner(NetworkLoadBalancer nlbs) {
        this.nlbs = nlbs;
    }

    /**
     * Creates the NLB.
     *
     * @return the NLB, or empty when OCI left it FAILED without an address (the CCM then reports
     *     success with an empty status, {@code loadBalancerToStatus})
     * @throws CcmFailure with the CCM's error
     */
    public Optional<ProvisionedLb> create(ServiceRequest request, String compartmentId, List<String> nsgIds,
            List<ClusterNodes.WorkerNode> nodes) {
        LbSpec spec = request.spec();
        String subnetId = spec.subnets().get(0);
        Map<String, BackendSetDetails> sets = new LinkedHashMap<>();
        LbSpec.HealthCheck check = spec.healthCheck().orElseThrow();
        spec.ports().forEach((name, port) -> sets.put(name, BackendSetDetails.builder()
                .policy(NetworkLoadBalancingPolicy.create(spec.policy())).isPreserveSource(spec.preserveSource())
                .backends(nodes.stream().map(n -> Backend.builder().name(n.ip() + ":" + port.backendPort()).ipAddress(n.ip())
                        .port(port.backendPort()).weight(1).build()).toList())
                .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(check.port())
                        .urlPath(check.urlPath()).retries(check.retries()).intervalInMillis(check.intervalMillis())
                        .timeoutInMillis(check.timeoutMillis()).returnCode(200).build())
                .build()));
        Map<String, ListenerDetails> listeners = new LinkedHashMap<>();
        spec.listeners().forEach((name, l) -> listeners.put(name, ListenerDetails.builder().name(name)
                .defaultBackendSetName(l.backendSetName()).port(l.port()).protocol(ListenerProtocols.create(l.protocol()))
                .build()));
        String created;
        String workRequest;
        try {
            var response = nlbs.createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                    .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(compartmentId)
                            .displayName(displayName(request)).subnetId(subnetId).isPrivate(spec.internal())
                            .networkSecurityGroupIds(nsgIds).listeners(listeners).backendSets(sets).build())
                    .build());
            created = response.getNetworkLoadBalancer().getId();
            workRequest = response.getOpcWorkRequestId();
        } catch (BmcException e) {
            throw OciErrors.failure("creating load balancer: ", "NetworkLoadBalancer", e);
        }
        if (workRequest != null) {
            var work = nlbs.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workRequest).build()).getWorkRequest();
            if (work.getStatus() == OperationStatus.Failed) {
                throw new CcmFailure("awaiting load balancer: WorkRequest \"" + workRequest + "\" failed. PercentComplete: "
                        + String.format(java.util.Locale.ROOT, "%f", work.getPercentComplete() == null ? 0f
                                : work.getPercentComplete()));
            }
        }
        var nlb = nlbs.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(created).build())
                .getNetworkLoadBalancer();
        List<IpAddress> addresses = nlb.getIpAddresses() == null ? List.of() : nlb.getIpAddresses();
        Optional<String> privateIp = addresses.stream().filter(a -> !Boolean.TRUE.equals(a.getIsPublic()))
                .map(IpAddress::getIpAddress).findFirst();
        if (privateIp.isEmpty()) {
            return Optional.empty();
        }
        String address = spec.internal() ? privateIp.get() : addresses.stream().filter(a -> Boolean.TRUE.equals(a.getIsPublic()))
                .map(IpAddress::getIpAddress).findFirst().orElse(privateIp.get());
        return Optional.of(new ProvisionedLb(nlb.getId(), address, privateIp.get(), subnetId, nsgIds));
    }

    /** Deletes a network load balancer ({@code EnsureLoadBalancerDeleted}); one already gone is fine. */
    public void delete(String networkLoadBalancerId) {
        try {
            nlbs.deleteNetworkLoadBalancer(com.oracle.bmc.networkloadbalancer.requests.DeleteNetworkLoadBalancerRequest
                    .builder().networkLoadBalancerId(networkLoadBalancerId).build());
        } catch (BmcException e) {
            if (e.getStatusCode() != 404) {
                throw OciErrors.failure("deleting load balancer: ", "NetworkLoadBalancer", e);
            }
        }
    }

    /** {@code GetLoadBalancerName} for an NLB. */
    static String displayName(ServiceRequest request) {
        String name = request.service().namespace() + "/" + request.service().name() + "/" + request.service().uid();
        return name.length() > 1024 ? name.substring(0, 1024) : name;
    }
}
