package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.WorkRequestStatus;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import com.oracle.bmc.core.responses.GetVcnResponse;
import com.oracle.bmc.core.responses.ListVcnsResponse;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.LifecycleState;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.SimulatedCrash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A representative set of FakeOci's conformance scenarios (round trips, validation errors,
 * etags, retry tokens, paging, faults, crashes, polymorphic models, waiters, the call log), run
 * through both doors with the same expectations.
 */
class BothDoorsConformanceTest {
    // One fake for the class, reset after each test: the HTTP door's SDK clients are built once.
    private static final FakeOci FAKE = FakeOci.create();

    @AfterEach
    void reset() {
        FAKE.reset();
    }

    @AfterAll
    static void close() {
        FAKE.close();
    }

    private static CreateVcnDetails.Builder details(String... cidrs) {
        return CreateVcnDetails.builder().compartmentId(COMPARTMENT).cidrBlocks(List.of(cidrs));
    }

    private static Vcn create(VirtualNetwork vn, CreateVcnDetails details) {
        return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(details).build()).getVcn();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aVcnRoundTripsEveryField(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Map<String, Map<String, Object>> defined = Map.of("ops", Map.of("team", "net"));
        Vcn created = create(vn, details("10.0.0.0/16", "10.1.0.0/16").displayName("prod").dnsLabel("prod")
                .freeformTags(Map.of("okenet.network", "prod")).definedTags(defined).build());

        GetVcnResponse got = vn.getVcn(GetVcnRequest.builder().vcnId(created.getId()).build());

        Vcn vcn = got.getVcn();
        assertThat(vcn.getCidrBlocks()).containsExactly("10.0.0.0/16", "10.1.0.0/16");
        assertThat(vcn.getVcnDomainName()).isEqualTo("prod.oraclevcn.com");
        assertThat(vcn.getFreeformTags()).containsExactly(Map.entry("okenet.network", "prod"));
        assertThat(vcn.getDefinedTags()).isEqualTo(defined);
        assertThat(vcn.getTimeCreated()).isEqualTo(created.getTimeCreated());
        assertThat(vcn.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        assertThat(got.getEtag()).isNotBlank();
        assertThat(got.getOpcRequestId()).isEqualTo(FAKE.calls().last().opcRequestId());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aValidationErrorKeepsItsStatusCodeAndMessage(Door door) {
        assertThatThrownBy(() -> create(door.virtualNetwork(FAKE), details("10.0.0.1/16").build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("did you mean 10.0.0.0/16");
                });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deletingAVcnWithASubnetIsAConflictNamingTheSubnet(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn vcn = create(vn, details("10.0.0.0/16").build());
        String subnetId = Fixtures.subnet(vn, vcn, "workers", "10.0.1.0/24").getId();

        assertThatThrownBy(() -> vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(409);
                    assertThat(e.getServiceCode()).isEqualTo("Conflict");
                    assertThat(e.getMessage()).contains(subnetId);
                });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anUpdateWithTheCurrentEtagSucceedsAndAStaleOneIsNoEtagMatch(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn vcn = create(vn, details("10.0.0.0/16").displayName("a").build());
        String etag = vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getEtag();
        UpdateVcnRequest rename = UpdateVcnRequest.builder().vcnId(vcn.getId()).ifMatch(etag)
                .updateVcnDetails(UpdateVcnDetails.builder().displayName("b").build()).build();

        assertThat(vn.updateVcn(rename).getVcn().getDisplayName()).isEqualTo("b");
        assertThatThrownBy(() -> vn.updateVcn(rename)).isInstanceOfSatisfying(BmcException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(412));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aRetryTokenMakesCreateIdempotent(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        CreateVcnRequest request = CreateVcnRequest.builder().opcRetryToken("token-1")
                .createVcnDetails(details("10.0.0.0/16").displayName("x").build()).build();

        String first = vn.createVcn(request).getVcn().getId();
        String second = vn.createVcn(request).getVcn().getId();

        assertThat(second).isEqualTo(first);
        assertThat(FAKE.virtualNetwork().listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build())
                .getItems()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void listsPageWithOpcNextPageAndThePaginatorsWalkEveryPage(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        for (int i = 0; i < 5; i++) {
            create(vn, details("10." + i + ".0.0/16").displayName("v" + i).build());
        }
        ListVcnsRequest firstPage = ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2).build();

        ListVcnsResponse first = vn.listVcns(firstPage);
        ListVcnsResponse second = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2)
                .page(first.getOpcNextPage()).build());
        List<String> all = new ArrayList<>();
        vn.getPaginators().listVcnsRecordIterator(firstPage).forEach(vcn -> all.add(vcn.getDisplayName()));

        assertThat(first.getItems()).extracting(Vcn::getDisplayName).containsExactly("v0", "v1");
        assertThat(second.getItems()).extracting(Vcn::getDisplayName).containsExactly("v2", "v3");
        assertThat(all).containsExactly("v0", "v1", "v2", "v3", "v4");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anInjectedFaultReachesTheCallerAndTheNextCallSucceeds(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        FAKE.faults().on("createVcn").onNthCall(1).respond(Fault.tooManyRequests());

        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")).isInstanceOfSatisfying(BmcException.class,
                e -> assertThat(e.getServiceCode()).isEqualTo("TooManyRequests"));
        Fixtures.vcn(vn, "a", "10.0.0.0/16");

        assertThat(FAKE.calls().of("createVcn")).extracting(ApiCall::status).containsExactly(429, 200);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aFaultAfterTakingEffectLeavesTheResourceBehind(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        FAKE.faults().on("createVcn").onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());

        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")).isInstanceOf(BmcException.class);

        assertThat(vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()).getItems()).hasSize(1);
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

    @ParameterizedTest
    @EnumSource(Door.class)
    void aLatencyFaultAdvancesTheVirtualClock(Door door) {
        FAKE.faults().on("listVcns").onEveryCall().respond(Fault.latency(Duration.ofSeconds(5)));
        Duration before = FAKE.clock().elapsed();

        door.virtualNetwork(FAKE).listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());

        assertThat(FAKE.clock().elapsed().minus(before)).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aCrashLetsTheCallTakeEffectThenEveryCallFailsUntilCleared(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        FAKE.faults().crashAfterMutatingCalls(1);

        assertThatThrownBy(() -> Fixtures.vcn(vn, "a", "10.0.0.0/16")).isInstanceOf(SimulatedCrash.class);
        assertThatThrownBy(() -> vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()))
                .isInstanceOf(SimulatedCrash.class);
        FAKE.faults().clear();

        assertThat(vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()).getItems()).hasSize(1);
    }

    /** Creates a VCN-native cluster through the door; its work request's id. */
    private static String createCluster(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        ContainerEngine ce = door.containerEngine(FAKE);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Subnet api = Fixtures.privateSubnet(vn, vcn, "api", "10.0.0.0/29");
        Subnet lb = Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/27");
        return ce.createCluster(CreateClusterRequest.builder().createClusterDetails(
                CreateClusterDetails.builder().name("oke").compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .kubernetesVersion("v1.31.1")
                        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(api.getId())
                                .isPublicIpEnabled(false).build())
                        .clusterPodNetworkOptions(List.of(OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()))
                        .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(lb.getId()))
                                .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.96.0.0/16")
                                        .build()).build()).build()).build()).getOpcWorkRequestId();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aVcnNativeClusterKeepsItsPolymorphicPodNetworkOptions(Door door) {
        ContainerEngine ce = door.containerEngine(FAKE);
        String workRequest = createCluster(door);

        var work = ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workRequest).build()).getWorkRequest();
        Cluster cluster = ce.getCluster(GetClusterRequest.builder().clusterId(work.getResources().get(0).getIdentifier())
                .build()).getCluster();

        assertThat(work.getStatus()).isEqualTo(WorkRequestStatus.Succeeded);
        assertThat(cluster.getClusterPodNetworkOptions()).singleElement()
                .isInstanceOf(OciVcnIpNativeClusterPodNetworkOptionDetails.class);
        assertThat(cluster.getEndpoints().getPrivateEndpoint()).isEqualTo("10.0.0.2:6443");
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
    void anEnumQueryParameterFiltersTheList(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        create(vn, details("10.0.0.0/16").displayName("a").build());
        create(vn, details("10.1.0.0/16").displayName("b").build());

        var available = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).displayName("b")
                .lifecycleState(Vcn.LifecycleState.Available).build()).getItems();
        var terminated = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT)
                .lifecycleState(Vcn.LifecycleState.Terminated).build()).getItems();

        assertThat(available).extracting(Vcn::getDisplayName).containsExactly("b");
        assertThat(terminated).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aNetworkLoadBalancerIsActiveWithItsBackendSet(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Subnet lb = Fixtures.subnet(vn, Fixtures.vcn(vn, "prod", "10.0.0.0/16"), "lb", "10.0.2.0/27");
        String id = door.networkLoadBalancer(FAKE).createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT)
                        .displayName("shop").subnetId(lb.getId())
                        .backendSets(Map.of("nodes", BackendSetDetails.builder().policy(NetworkLoadBalancingPolicy.FiveTuple)
                                .healthChecker(HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(10256)
                                        .urlPath("/healthz").build()).build())).build()).build())
                .getNetworkLoadBalancer().getId();

        var nlb = door.networkLoadBalancer(FAKE).getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder()
                .networkLoadBalancerId(id).build()).getNetworkLoadBalancer();

        assertThat(nlb.getLifecycleState()).isEqualTo(LifecycleState.Active);
        assertThat(nlb.getBackendSets().get("nodes").getHealthChecker().getUrlPath()).isEqualTo("/healthz");
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

    @ParameterizedTest
    @EnumSource(Door.class)
    void theCallLogRecordsEachCallWithItsOutcome(Door door) {
        VirtualNetwork vn = door.virtualNetwork(FAKE);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        assertThatThrownBy(() -> vn.getVcn(GetVcnRequest.builder().vcnId("ocid1.vcn.oc1.iad.nope").build()))
                .isInstanceOf(BmcException.class);

        assertThat(FAKE.calls().all()).extracting(ApiCall::operation, ApiCall::resourceId, ApiCall::displayName,
                ApiCall::status, ApiCall::serviceCode, ApiCall::mutating).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("createVcn", vcn.getId(), "prod", 200, null, true),
                        org.assertj.core.groups.Tuple.tuple("getVcn", "ocid1.vcn.oc1.iad.nope", null, 404,
                                "NotAuthorizedOrNotFound", false));
    }
}
