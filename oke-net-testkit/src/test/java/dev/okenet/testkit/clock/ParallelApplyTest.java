package dev.okenet.testkit.clock;

import static dev.okenet.testkit.clock.Waits.waitFor;
import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.GetNatGatewayRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Concurrent waiters using the virtual delay strategy end at the dependency graph's critical path. */
class ParallelApplyTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void parallelApplysVirtualMakespanIsTheCriticalPath(Door door) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (FakeOci oci = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
            VirtualNetwork vn = door.virtualNetwork(oci);
            var delay = oci.clock().delayStrategy();
            var stop = oci.clock().terminationStrategy();
            Vcn vcn = Fixtures.vcn(vn, "p", "10.0.0.0/16");
            vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(), Vcn.LifecycleState.Available,
                    stop, delay).execute();

            // VCN 2 s -> subnet 3 s -> NLB 21 s is the critical path (26 s); the NAT gateway (2 s) is off it.
            CompletableFuture<Void> nlbBranch = CompletableFuture.runAsync(() -> {
                Subnet subnet = Fixtures.subnet(vn, vcn, "lb", "10.0.1.0/24");
                waitFor(() -> vn.getWaiters().forSubnet(GetSubnetRequest.builder().subnetId(subnet.getId()).build(),
                        Subnet.LifecycleState.Available, stop, delay).execute());
                String nlbId = door.networkLoadBalancer(oci).createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest
                        .builder().createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder()
                                .compartmentId(COMPARTMENT).displayName("nlb").subnetId(subnet.getId()).build())
                        .build()).getNetworkLoadBalancer().getId();
                waitFor(() -> door.networkLoadBalancer(oci).getWaiters().forNetworkLoadBalancer(
                        GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(nlbId).build(),
                        LifecycleState.Active, stop, delay).execute());
            }, pool);
            CompletableFuture<Void> natBranch = CompletableFuture.runAsync(() -> {
                Subnet other = Fixtures.privateSubnet(vn, vcn, "workers", "10.0.2.0/24");
                waitFor(() -> vn.getWaiters().forSubnet(GetSubnetRequest.builder().subnetId(other.getId()).build(),
                        Subnet.LifecycleState.Available, stop, delay).execute());
                NatGateway nat = Fixtures.natGateway(vn, vcn);
                waitFor(() -> vn.getWaiters().forNatGateway(GetNatGatewayRequest.builder().natGatewayId(nat.getId())
                        .build(), NatGateway.LifecycleState.Available, stop, delay).execute());
            }, pool);
            CompletableFuture.allOf(nlbBranch, natBranch).get();

            assertThat(oci.clock().elapsed()).isEqualTo(Duration.ofSeconds(26));
        } finally {
            pool.shutdownNow();
        }
    }
}
