package dev.okenet.testkit.nlb;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.model.OperationStatus;
import com.oracle.bmc.networkloadbalancer.model.UpdateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateBackendRequest;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetWorkRequestRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListBackendsRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import com.oracle.bmc.networkloadbalancer.requests.UpdateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.responses.CreateNetworkLoadBalancerResponse;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class NetworkLoadBalancerTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final Door door;
    private final VirtualNetwork vn;
    private final NetworkLoadBalancer nlbs;
    private final Vcn vcn;
    private final Subnet publicSubnet;
    private final Subnet privateSubnet;

    NetworkLoadBalancerTest(Door door) {
        this.door = door;
        vn = door.virtualNetwork(OCI);
        nlbs = door.networkLoadBalancer(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        publicSubnet = Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/27");
        privateSubnet = Fixtures.privateSubnet(vn, vcn, "private", "10.0.3.0/27");
    }

    private static CreateNetworkLoadBalancerDetails.Builder details(Subnet subnet) {
        return CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT).displayName("shop")
                .subnetId(subnet.getId()).isPrivate(false)
                .backendSets(Map.of("nodes", BackendSetDetails.builder().policy(NetworkLoadBalancingPolicy.FiveTuple)
                        .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(10256)
                                .urlPath("/healthz").build()).build()))
                .listeners(Map.of("https", ListenerDetails.builder().name("https").defaultBackendSetName("nodes")
                        .port(443).protocol(ListenerProtocols.Tcp).build()));
    }

    private CreateNetworkLoadBalancerResponse create(CreateNetworkLoadBalancerDetails details) {
        return nlbs.createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(details).build());
    }

    @Test
    void publicNlbTakesAnAddressFromItsSubnetAndAPublicIp() {
        CreateNetworkLoadBalancerResponse response = create(details(publicSubnet).build());

        var nlb = nlbs.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(response.getNetworkLoadBalancer().getId()).build()).getNetworkLoadBalancer();

        assertThat(nlb.getLifecycleState()).isEqualTo(LifecycleState.Active);
        assertThat(nlb.getIpAddresses()).extracting(ip -> ip.getIsPublic()).containsExactly(false, true);
        assertThat(nlb.getIpAddresses().get(0).getIpAddress()).isEqualTo("10.0.2.2");
        assertThat(vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(publicSubnet.getId()).build()).getItems())
                .hasSize(1);
        assertThat(nlb.getListeners().get("https").getPort()).isEqualTo(443);
        assertThat(nlb.getBackendSets().get("nodes").getHealthChecker().getPort()).isEqualTo(10256);
    }

    @Test
    void createIsTrackedByAWorkRequestThatSucceeds() {
        String workId = create(details(publicSubnet).build()).getOpcWorkRequestId();

        assertThat(nlbs.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workId).build()).getWorkRequest()
                .getStatus()).isEqualTo(OperationStatus.Succeeded);
    }

    @Test
    void publicNlbInAPrivateSubnetIsRejected() {
        assertThatThrownBy(() -> create(details(privateSubnet).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400))
                .hasMessageContaining("needs a public subnet");
    }

    @Test
    void privateNlbInAPrivateSubnetIsAccepted() {
        var nlb = create(details(privateSubnet).isPrivate(true).build()).getNetworkLoadBalancer();

        assertThat(nlb.getIpAddresses()).singleElement().satisfies(ip -> assertThat(ip.getIsPublic()).isFalse());
    }

    @Test
    void listenerNamingAnUnknownBackendSetIsRejected() {
        assertThatThrownBy(() -> create(details(publicSubnet).listeners(Map.of("x", ListenerDetails.builder().name("x")
                .defaultBackendSetName("missing").port(80).protocol(ListenerProtocols.Tcp).build())).build()))
                .hasMessageContaining("'missing'");
    }

    @Test
    void backendsAreAddedToABackendSet() {
        String id = create(details(publicSubnet).build()).getNetworkLoadBalancer().getId();

        nlbs.createBackend(CreateBackendRequest.builder().networkLoadBalancerId(id).backendSetName("nodes")
                .createBackendDetails(CreateBackendDetails.builder().ipAddress("10.0.16.5").port(30080).build()).build());

        assertThat(nlbs.listBackends(ListBackendsRequest.builder().networkLoadBalancerId(id).backendSetName("nodes")
                .build()).getBackendCollection().getItems()).singleElement()
                .satisfies(b -> assertThat(b.getName()).isEqualTo("10.0.16.5:30080"));
    }

    @Test
    void listReturnsTheCompartmentsNlbs() {
        create(details(publicSubnet).build());

        assertThat(nlbs.listNetworkLoadBalancers(ListNetworkLoadBalancersRequest.builder().compartmentId(COMPARTMENT)
                .build()).getNetworkLoadBalancerCollection().getItems()).extracting(n -> n.getDisplayName())
                .containsExactly("shop");
    }

    @Test
    void secondChangeWhileTheFirstIsInFlightIsIncorrectState() {
        try (FakeOci manual = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
            VirtualNetwork mvn = door.virtualNetwork(manual);
            Vcn mvcn = Fixtures.vcn(mvn, "m", "10.0.0.0/16");
            Subnet subnet = Fixtures.subnet(mvn, mvcn, "lb", "10.0.2.0/27");
            String id = door.networkLoadBalancer(manual).createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                    .createNetworkLoadBalancerDetails(details(subnet).build()).build()).getNetworkLoadBalancer().getId();
            manual.clock().advance(Duration.ofMinutes(1));
            UpdateNetworkLoadBalancerRequest rename = UpdateNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id)
                    .updateNetworkLoadBalancerDetails(UpdateNetworkLoadBalancerDetails.builder().displayName("x").build())
                    .build();

            door.networkLoadBalancer(manual).updateNetworkLoadBalancer(rename);

            assertThatThrownBy(() -> door.networkLoadBalancer(manual).updateNetworkLoadBalancer(rename))
                    .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("IncorrectState"));
        }
    }
}
