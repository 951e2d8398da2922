package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.IpAddress;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a Service's network load balancer through the NetworkLoadBalancer SDK interface, as the
 * CCM does: one listener and one backend set per Service port, the nodes' node ports as backends,
 * an HTTP health check on /healthz at the health-check port. OCI itself judges the request (a
 * public NLB in a private subnet is refused with 400 InvalidParameter).
 */
public final class NlbProvisioner {
    private final NetworkLoadBalancer nlbs;

    public NlbProvisioner(NetworkLoadBalancer nlbs) {
        this.nlbs = nlbs;
    }

    /** Creates the NLB; OCI's errors propagate as {@code BmcException}. */
    public ProvisionedLb create(ServiceRequest request, String compartmentId, String subnetId, List<String> nsgIds,
            List<ClusterNodes.WorkerNode> nodes) {
        Map<String, BackendSetDetails> sets = new LinkedHashMap<>();
        Map<String, ListenerDetails> listeners = new LinkedHashMap<>();
        for (ServicePortSpec port : request.ports()) {
            String name = port.protocol() + "-" + port.port();
            List<Backend> backends = nodes.stream().map(n -> Backend.builder().name(n.ip() + ":" + port.nodePort())
                    .ipAddress(n.ip()).port(port.nodePort()).weight(1).build()).toList();
            sets.put(name, BackendSetDetails.builder().policy(NetworkLoadBalancingPolicy.FiveTuple)
                    .isPreserveSource(request.preserveSource()).backends(backends)
                    .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(request.healthCheckPort())
                            .urlPath("/healthz").build())
                    .build());
            listeners.put(name, ListenerDetails.builder().name(name).defaultBackendSetName(name).port(port.port())
                    .protocol("UDP".equals(port.protocol()) ? ListenerProtocols.Udp : ListenerProtocols.Tcp).build());
        }
        var created = nlbs.createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(compartmentId)
                        .displayName(request.ref().replace('/', '-')).subnetId(subnetId).isPrivate(request.internal())
                        .isPreserveSourceDestination(false).networkSecurityGroupIds(nsgIds).listeners(listeners)
                        .backendSets(sets).build())
                .build()).getNetworkLoadBalancer();
        var nlb = nlbs.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(created.getId()).build()).getNetworkLoadBalancer();
        List<IpAddress> addresses = nlb.getIpAddresses() == null ? List.of() : nlb.getIpAddresses();
        String privateIp = addresses.stream().filter(a -> !Boolean.TRUE.equals(a.getIsPublic())).map(IpAddress::getIpAddress)
                .findFirst().orElse(null);
        if (nlb.getLifecycleState() == LifecycleState.Failed || privateIp == null) {
            throw new CcmFailure("network load balancer " + nlb.getId() + " is " + nlb.getLifecycleState() + ": its subnet "
                    + subnetId + " has no free address. Free addresses or use a larger subnet.");
        }
        String address = request.internal() ? privateIp : addresses.stream().filter(a -> Boolean.TRUE.equals(a.getIsPublic()))
                .map(IpAddress::getIpAddress).findFirst().orElse(privateIp);
        return new ProvisionedLb(nlb.getId(), address, privateIp, subnetId, nsgIds);
    }
}
