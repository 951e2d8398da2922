package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.responses.GetVcnResponse;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciExtension;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The conformance scenarios no per-resource test class covers, run through both doors with the
 * same expectations: the response's opc-request-id is the call log's, a timeout's status code, a
 * repeated query parameter, and the SDK's default waiters. The rest of FakeOci's conformance tests
 * (core, containerengine, nlb, faults, call log, clock) are parameterised over {@link Door} themselves.
 */
class BothDoorsConformanceTest {
    // One fake for the class, reset after each test: the HTTP door's SDK clients are built once.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci FAKE;

    private static CreateVcnDetails.Builder details(String... cidrs) {
        return CreateVcnDetails.builder().compartmentId(COMPARTMENT).cidrBlocks(List.of(cidrs));
    }

    private static Vcn create(VirtualNetwork vn, CreateVcnDetails details) {
        return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(details).build()).getVcn();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aResponsesOpcRequestIdIsTheOneTheCallLogRecords(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn created = create(vn, details("10.0.0.0/16").displayName("prod").build());

        GetVcnResponse got = vn.getVcn(GetVcnRequest.builder().vcnId(created.getId()).build());

        assertThat(got.getOpcRequestId()).isEqualTo(FAKE.calls().last().opcRequestId());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTimeoutIsAClientSideTimeout(Door door) {
        FAKE.faults().on("listVcns").onEveryCall().respond(Fault.timeout());

        assertThatThrownBy(() -> door.virtualNetwork(FAKE).listVcns(ListVcnsRequest.builder()
                .compartmentId(COMPARTMENT).build())).isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.isClientSide()).isTrue();
                    assertThat(e.getStatusCode()).isEqualTo(-1);
                });
    }

    /** Creates a VCN-native cluster through the door. */
    private static void createCluster(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Subnet api = Fixtures.privateSubnet(vn, vcn, "api", "10.0.0.0/29");
        Subnet lb = Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/27");
        door.containerEngine(FAKE).createCluster(CreateClusterRequest.builder().createClusterDetails(
                CreateClusterDetails.builder().name("oke").compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .kubernetesVersion("v1.31.1")
                        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(api.getId())
                                .isPublicIpEnabled(false).build())
                        .clusterPodNetworkOptions(List.of(OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()))
                        .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(lb.getId()))
                                .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.96.0.0/16")
                                        .build()).build()).build()).build());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aRepeatedQueryParameterFiltersByAnyOfItsValues(Door door) {
        createCluster(door);
        ListClustersRequest.Builder list = ListClustersRequest.builder().compartmentId(COMPARTMENT);

        var matching = door.containerEngine(FAKE).listClusters(list.lifecycleState(
                List.of(ClusterLifecycleState.Creating, ClusterLifecycleState.Active)).build()).getItems();
        var other = door.containerEngine(FAKE).listClusters(list.lifecycleState(
                List.of(ClusterLifecycleState.Deleted, ClusterLifecycleState.Failed)).build()).getItems();

        assertThat(matching).extracting(cluster -> cluster.getName()).containsExactly("oke");
        assertThat(other).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theWaitersSeeAResourceSteadyOnFirstRead(Door door) throws Exception {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        vn.getWaiters().forVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build(), Vcn.LifecycleState.Available)
                .execute();

        assertThat(FAKE.calls().count("getVcn")).isEqualTo(1);
    }
}
