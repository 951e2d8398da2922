package dev.okenet.testkit.loadbalancer;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.loadbalancer.model.BackendSetDetails;
import com.oracle.bmc.loadbalancer.model.CreateLoadBalancerDetails;
import com.oracle.bmc.loadbalancer.model.HealthCheckerDetails;
import com.oracle.bmc.loadbalancer.model.ListenerDetails;
import com.oracle.bmc.loadbalancer.model.ReservedIP;
import com.oracle.bmc.loadbalancer.model.ShapeDetails;
import com.oracle.bmc.loadbalancer.model.WorkRequest;
import com.oracle.bmc.loadbalancer.requests.CreateLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.DeleteLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.GetLoadBalancerRequest;
import com.oracle.bmc.loadbalancer.requests.GetWorkRequestRequest;
import com.oracle.bmc.loadbalancer.requests.ListLoadBalancersRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The Load Balancer service, through both doors: what the CCM asks of it and what it refuses. */
@ParameterizedClass
@EnumSource(Door.class)
class LoadBalancerTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final LoadBalancer lbs;
    private final VirtualNetwork vn;
    private final Subnet publicSubnet;
    private final Subnet privateSubnet;

    LoadBalancerTest(Door door) {
        lbs = door.loadBalancer(OCI);
        vn = door.virtualNetwork(OCI);
        Vcn vcn = Fixtures.vcn(vn, "lb", "10.0.0.0/16");
        publicSubnet = Fixtures.subnet(vn, vcn, "public", "10.0.1.0/24");
        privateSubnet = Fixtures.privateSubnet(vn, vcn, "private", "10.0.2.0/29");
    }

    private static CreateLoadBalancerDetails.Builder flexible(Subnet subnet, boolean isPrivate, int min, int max) {
        return CreateLoadBalancerDetails.builder().compartmentId(COMPARTMENT).displayName("shop/web/uid")
                .shapeName("flexible").shapeDetails(ShapeDetails.builder().minimumBandwidthInMbps(min)
                        .maximumBandwidthInMbps(max).build())
                .subnetIds(List.of(subnet.getId())).isPrivate(isPrivate)
                .backendSets(Map.of("TCP-80", BackendSetDetails.builder().policy("ROUND_ROBIN")
                        .healthChecker(HealthCheckerDetails.builder().protocol("HTTP").port(10256).urlPath("/healthz").build())
                        .build()))
                .listeners(Map.of("TCP-80", ListenerDetails.builder().defaultBackendSetName("TCP-80").port(80).protocol("TCP")
                        .build()));
    }

    private String create(CreateLoadBalancerDetails details) {
        String work = lbs.createLoadBalancer(CreateLoadBalancerRequest.builder().createLoadBalancerDetails(details).build())
                .getOpcWorkRequestId();
        return lbs.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(work).build()).getWorkRequest()
                .getLoadBalancerId();
    }

    private long privateIpsIn(Subnet subnet) {
        return vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnet.getId()).build()).getItems().size();
    }

    @Test
    void aPublicLoadBalancerIsActiveWithAPublicAndAPrivateAddressAndItsListeners() {
        String id = create(flexible(publicSubnet, false, 10, 100).build());

        var lb = lbs.getLoadBalancer(GetLoadBalancerRequest.builder().loadBalancerId(id).build()).getLoadBalancer();
        assertThat(lb.getLifecycleState()).isEqualTo(com.oracle.bmc.loadbalancer.model.LoadBalancer.LifecycleState.Active);
        assertThat(lb.getIpAddresses()).extracting(a -> a.getIsPublic()).containsExactlyInAnyOrder(true, false);
        assertThat(lb.getListeners().get("TCP-80").getDefaultBackendSetName()).isEqualTo("TCP-80");
        assertThat(lb.getBackendSets().get("TCP-80").getHealthChecker().getPort()).isEqualTo(10256);
    }

    @Test
    void itsWorkRequestNamesTheNewLoadBalancer() {
        String work = lbs.createLoadBalancer(CreateLoadBalancerRequest.builder()
                .createLoadBalancerDetails(flexible(publicSubnet, false, 10, 100).build()).build()).getOpcWorkRequestId();

        WorkRequest request = lbs.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(work).build()).getWorkRequest();
        assertThat(request.getLifecycleState()).isEqualTo(WorkRequest.LifecycleState.Succeeded);
        assertThat(request.getLoadBalancerId()).startsWith("ocid1.loadbalancer.");
    }

    @Test
    void aPublicLoadBalancerTakesTwoPrivateAddressesOfItsSubnetAndGivesThemBackWhenDeleted() {
        long before = privateIpsIn(publicSubnet);
        String id = create(flexible(publicSubnet, false, 10, 100).build());
        assertThat(privateIpsIn(publicSubnet)).isEqualTo(before + 2);

        lbs.deleteLoadBalancer(DeleteLoadBalancerRequest.builder().loadBalancerId(id).build());

        assertThat(privateIpsIn(publicSubnet)).isEqualTo(before);
    }

    @Test
    void aPublicLoadBalancerInAPrivateSubnetIsRefused() {
        assertThatThrownBy(() -> create(flexible(privateSubnet, false, 10, 100).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("private subnet");
                });
    }

    @Test
    void aFlexibleMaximumAbove8000MbpsIsRefused() {
        assertThatThrownBy(() -> create(flexible(publicSubnet, false, 10, 8192).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getMessage()).contains("10 to 8000 Mbps"));
    }

    @Test
    void theFixedShapeCountsAgainstTheTenancysLimit() {
        CreateLoadBalancerDetails fixed = flexible(publicSubnet, false, 10, 100).shapeName("100Mbps").shapeDetails(null).build();
        assertThatThrownBy(() -> create(fixed)).isInstanceOfSatisfying(BmcException.class,
                e -> assertThat(e.getServiceCode()).isEqualTo("LimitExceeded"));

        OCI.limits().fixedShapeLoadBalancers(1);
        create(fixed);

        assertThatThrownBy(() -> create(fixed)).hasMessageContaining("lb-100mbps-count (limit 1, in use 1)");
        OCI.limits().fixedShapeLoadBalancers(0);
    }

    @Test
    void aPrivateLoadBalancerNeedsThreeFreeAddresses() {
        create(flexible(privateSubnet, true, 10, 10).displayName("a").build());   // a /29 has 5 usable addresses

        assertThatThrownBy(() -> create(flexible(privateSubnet, true, 10, 10).displayName("b").build()))
                .hasMessageContaining("does not have 3 free private IP addresses");
    }

    @Test
    void aListenerMustNameABackendSetOfTheRequest() {
        CreateLoadBalancerDetails orphan = flexible(publicSubnet, false, 10, 100).listeners(Map.of("TCP-80",
                ListenerDetails.builder().defaultBackendSetName("nope").port(80).protocol("TCP").build())).build();

        assertThatThrownBy(() -> create(orphan)).hasMessageContaining("backend set 'nope'");
    }

    @Test
    void listingFindsALoadBalancerByName() {
        String id = create(flexible(publicSubnet, false, 10, 100).build());

        var found = lbs.listLoadBalancers(ListLoadBalancersRequest.builder().compartmentId(COMPARTMENT)
                .displayName("shop/web/uid").build()).getItems();
        assertThat(found).extracting(lb -> lb.getId()).containsExactly(id);
    }

    @Test
    void aReservedIpIsNotModelledAndSaysSo() {
        CreateLoadBalancerDetails reserved = flexible(publicSubnet, false, 10, 100)
                .reservedIps(List.of(ReservedIP.builder().id("ocid1.publicip.oc1..example").build())).build();

        assertThatThrownBy(() -> create(reserved)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("reservedIps");
    }
}
