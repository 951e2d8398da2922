package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.loadbalancer.model.BackendDetails;
import com.oracle.bmc.loadbalancer.model.BackendSetDetails;
import com.oracle.bmc.loadbalancer.model.CreateLoadBalancerDetails;
import com.oracle.bmc.loadbalancer.model.HealthCheckerDetails;
import com.oracle.bmc.loadbalancer.model.IpAddress;
import com.oracle.bmc.loadbalancer.model.ListenerDetails;
import com.oracle.bmc.loadbalancer.model.ShapeDetails;
import com.oracle.bmc.loadbalancer.model.WorkRequest;
import com.oracle.bmc.loadbalancer.requests.CreateLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.DeleteLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.GetLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.GetWorkRequestRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a Service's OCI (layer 7) load balancer through the Load Balancer SDK interface, from the
 * CCM's spec ({@code createLoadBalancer} in {@code load_balancer.go}, {@code pkg/oci/client/load_balancer.go}
 * {@code CreateLoadBalancer}): named "&lt;namespace&gt;/&lt;name&gt;/&lt;uid&gt;", the spec's shape (flexible
 * with its bandwidths), subnets, privacy and NSGs, one listener and backend set per Service port with
 * the nodes' node ports as backends and the spec's HTTP health checker. OCI itself judges the request
 * (a public load balancer in a private subnet, the 100Mbps quota, bandwidths above 8000 Mbps); its
 * refusals are the CCM's "creating load balancer: " errors, a failed work request its "awaiting load
 * balancer: " error.
 *
 * <p>A reserved public IP ({@code spec.loadBalancerIP}) is not sent (FakeOci has no public-IP
 * operations for the CCM to look it up by address); the Service shows it as its address, as given.
 */
public final class LbProvisioner {
    private final LoadBalancer lbs;

    public LbProvisioner(LoadBalancer lbs) {
        this.lbs = lbs;
    }

    /**
     * Creates the load balancer.
     *
     * @throws CcmFailure with the CCM's error
     */
    public ProvisionedLb create(ServiceRequest request, String compartmentId, List<String> nsgIds,
            List<ClusterNodes.WorkerNode> nodes) {
        LbSpec spec = request.spec();
        Map<String, BackendSetDetails> sets = new LinkedHashMap<>();
        Optional<LbSpec.HealthCheck> check = spec.healthCheck();
        spec.ports().forEach((name, port) -> sets.put(name, BackendSetDetails.builder().policy(spec.policy())
                .backends(nodes.stream().map(n -> BackendDetails.builder().ipAddress(n.ip()).port(port.backendPort())
                        .weight(1).build()).toList())
                .healthChecker(check.map(c -> HealthCheckerDetails.builder().protocol("HTTP").port(c.port())
                        .urlPath(c.urlPath()).retries(c.retries()).intervalInMillis(c.intervalMillis())
                        .timeoutInMillis(c.timeoutMillis()).returnCode(200).isForcePlainText(c.forcePlainText()).build())
                        .orElse(null))
                .build()));
        Map<String, ListenerDetails> listeners = new LinkedHashMap<>();
        spec.listeners().forEach((name, l) -> listeners.put(name, ListenerDetails.builder()
                .defaultBackendSetName(l.backendSetName()).port(l.port()).protocol(l.protocol()).build()));
        CreateLoadBalancerDetails.Builder details = CreateLoadBalancerDetails.builder().compartmentId(compartmentId)
                .displayName(NlbProvisioner.displayName(request)).shapeName(spec.shape()).subnetIds(spec.subnets())
                .isPrivate(spec.internal()).networkSecurityGroupIds(nsgIds).listeners(listeners).backendSets(sets);
        if (spec.flexMin().isPresent()) {
            details.shapeDetails(ShapeDetails.builder().minimumBandwidthInMbps(spec.flexMin().get())
                    .maximumBandwidthInMbps(spec.flexMax().orElseThrow()).build());
        }
        String workRequest;
        try {
            workRequest = lbs.createLoadBalancer(CreateLoadBalancerRequest.builder()
                    .createLoadBalancerDetails(details.build()).build()).getOpcWorkRequestId();
        } catch (BmcException e) {
            throw OciErrors.failure("creating load balancer: ", "LoadBalancer", e);
        }
        WorkRequest work = lbs.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workRequest).build())
                .getWorkRequest();
        if (work.getLifecycleState() == WorkRequest.LifecycleState.Failed) {
            throw new CcmFailure("awaiting load balancer: WorkRequest \"" + workRequest + "\" failed: " + work.getMessage());
        }
        var lb = lbs.getLoadBalancer(GetLoadBalancerRequest.builder().loadBalancerId(work.getLoadBalancerId()).build())
                .getLoadBalancer();
        List<IpAddress> addresses = lb.getIpAddresses() == null ? List.of() : lb.getIpAddresses();
        String privateIp = addresses.stream().filter(a -> !Boolean.TRUE.equals(a.getIsPublic()))
                .map(IpAddress::getIpAddress).findFirst().orElseThrow(() -> new CcmFailure("awaiting load balancer: "
                        + lb.getId() + " has no private address"));
        String address = spec.internal() ? privateIp : spec.loadBalancerIp().orElseGet(() -> addresses.stream()
                .filter(a -> Boolean.TRUE.equals(a.getIsPublic())).map(IpAddress::getIpAddress).findFirst()
                .orElse(privateIp));
        return new ProvisionedLb(lb.getId(), address, privateIp, spec.subnets().get(0), nsgIds);
    }

    /** Deletes a load balancer ({@code EnsureLoadBalancerDeleted}); one already gone is fine. */
    public void delete(String loadBalancerId) {
        try {
            lbs.deleteLoadBalancer(DeleteLoadBalancerRequest.builder().loadBalancerId(loadBalancerId).build());
        } catch (BmcException e) {
            if (e.getStatusCode() != 404) {
                throw OciErrors.failure("deleting load balancer: ", "LoadBalancer", e);
            }
        }
    }
}
