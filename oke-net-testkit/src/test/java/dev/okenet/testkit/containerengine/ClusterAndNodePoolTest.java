package dev.okenet.testkit.containerengine;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolLifecycleState;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.WorkRequestStatus;
import com.oracle.bmc.containerengine.requests.CreateClusterRequest;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.DeleteClusterRequest;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetWorkRequestRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestErrorsRequest;
import com.oracle.bmc.containerengine.responses.CreateClusterResponse;
import com.oracle.bmc.containerengine.responses.CreateNodePoolResponse;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.PrivateIp;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.DeleteSubnetRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class ClusterAndNodePoolTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final ContainerEngine ce;
    private final Vcn vcn;
    private final Subnet api;
    private final Subnet workers;
    private final Subnet pods;
    private final Subnet lb;

    ClusterAndNodePoolTest(Door door) {
        vn = door.virtualNetwork(OCI);
        ce = door.containerEngine(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        api = Fixtures.privateSubnet(vn, vcn, "api", "10.0.0.0/29");
        workers = Fixtures.privateSubnet(vn, vcn, "workers", "10.0.16.0/24");
        pods = Fixtures.privateSubnet(vn, vcn, "pods", "10.0.64.0/24");
        lb = Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/27");
    }

    private CreateClusterResponse createCluster(boolean vcnNative) {
        CreateClusterDetails.Builder details = Fixtures.clusterDetails(vcn)
                .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(api.getId())
                        .isPublicIpEnabled(false).build())
                .options(ClusterCreateOptions.builder().serviceLbSubnetIds(List.of(lb.getId()))
                        .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.96.0.0/16").build())
                        .build());
        if (vcnNative) {
            details.clusterPodNetworkOptions(List.of(OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()));
        }
        return ce.createCluster(CreateClusterRequest.builder().createClusterDetails(details.build()).build());
    }

    private CreateNodePoolResponse createPool(String clusterId, int size, int maxPods) {
        return ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(CreateNodePoolDetails.builder()
                .compartmentId(COMPARTMENT).clusterId(clusterId).name("np1").kubernetesVersion("v1.31.1")
                .nodeShape("VM.Standard.E5.Flex")
                .nodeShapeConfig(CreateNodeShapeConfigDetails.builder().ocpus(4f).memoryInGBs(32f).build())
                .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder().size(size)
                        .placementConfigs(List.of(NodePoolPlacementConfigDetails.builder()
                                .availabilityDomain("Uocm:US-ASHBURN-AD-1").subnetId(workers.getId()).build()))
                        .nodePoolPodNetworkOptionDetails(OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder()
                                .podSubnetIds(List.of(pods.getId())).maxPodsPerNode(maxPods).build())
                        .build())
                .build()).build());
    }

    @Test
    void clusterCreateReturnsWorkRequestThatSucceeds() {
        CreateClusterResponse response = createCluster(true);

        var work = ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(response.getOpcWorkRequestId()).build())
                .getWorkRequest();

        assertThat(work.getStatus()).isEqualTo(WorkRequestStatus.Succeeded);
        assertThat(work.getResources()).singleElement().satisfies(r -> assertThat(r.getEntityType()).isEqualTo("cluster"));
    }

    @Test
    void clusterRoundTripsNetworkSettings() {
        String id = ce.getWorkRequest(GetWorkRequestRequest.builder()
                .workRequestId(createCluster(true).getOpcWorkRequestId()).build()).getWorkRequest()
                .getResources().get(0).getIdentifier();

        Cluster cluster = ce.getCluster(GetClusterRequest.builder().clusterId(id).build()).getCluster();

        assertThat(cluster.getLifecycleState()).isEqualTo(ClusterLifecycleState.Active);
        assertThat(cluster.getVcnId()).isEqualTo(vcn.getId());
        assertThat(cluster.getEndpointConfig().getSubnetId()).isEqualTo(api.getId());
        assertThat(cluster.getOptions().getServiceLbSubnetIds()).containsExactly(lb.getId());
        assertThat(cluster.getOptions().getKubernetesNetworkConfig().getServicesCidr()).isEqualTo("10.96.0.0/16");
        assertThat(cluster.getClusterPodNetworkOptions()).singleElement()
                .isInstanceOf(OciVcnIpNativeClusterPodNetworkOptionDetails.class);
        assertThat(cluster.getEndpoints().getPrivateEndpoint()).isEqualTo("10.0.0.2:6443");
    }

    /**
     * {@code CreateClusterEndpointConfigDetails.isPublicIpEnabled}: "If set to true on a private
     * subnet, the cluster provisioning will fail" - the request is accepted and the cluster fails.
     */
    @Test
    void publicEndpointInPrivateSubnetFailsTheClusterAndItsWorkRequest() {
        var response = ce.createCluster(CreateClusterRequest.builder().createClusterDetails(
                Fixtures.clusterDetails(vcn).endpointConfig(CreateClusterEndpointConfigDetails.builder()
                                .subnetId(api.getId()).isPublicIpEnabled(true).build()).build()).build());

        var work = ce.getWorkRequest(com.oracle.bmc.containerengine.requests.GetWorkRequestRequest.builder()
                .workRequestId(response.getOpcWorkRequestId()).build()).getWorkRequest();
        var errors = ce.listWorkRequestErrors(com.oracle.bmc.containerengine.requests.ListWorkRequestErrorsRequest
                .builder().compartmentId(COMPARTMENT).workRequestId(work.getId()).build()).getItems();
        var cluster = ce.getCluster(com.oracle.bmc.containerengine.requests.GetClusterRequest.builder()
                .clusterId(work.getResources().get(0).getIdentifier()).build()).getCluster();
        assertThat(work.getStatus().getValue()).isEqualTo("FAILED");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("private"));
        assertThat(cluster.getLifecycleState()).isEqualTo(ClusterLifecycleState.Failed);
    }

    @Test
    void servicesCidrOverlappingTheVcnIsRejected() {
        assertThatThrownBy(() -> ce.createCluster(CreateClusterRequest.builder().createClusterDetails(
                Fixtures.clusterDetails(vcn).options(ClusterCreateOptions.builder()
                                .kubernetesNetworkConfig(KubernetesNetworkConfig.builder().servicesCidr("10.0.0.0/16")
                                        .build()).build()).build()).build()))
                .hasMessageContaining("overlaps the VCN");
    }

    @Test
    void vcnNativeNodesTakeWorkerAndPodSubnetAddresses() {
        String clusterId = Fixtures.workResourceId(ce, createCluster(true).getOpcWorkRequestId());
        String poolId = Fixtures.workResourceId(ce, createPool(clusterId, 2, 31).getOpcWorkRequestId());

        NodePool pool = ce.getNodePool(GetNodePoolRequest.builder().nodePoolId(poolId).build()).getNodePool();
        List<PrivateIp> workerIps = vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(workers.getId()).build())
                .getItems();
        List<PrivateIp> podIps = vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(pods.getId()).limit(1000)
                .build()).getItems();

        assertThat(pool.getNodes()).hasSize(2).allSatisfy(n -> assertThat(n.getPrivateIp()).startsWith("10.0.16."));
        assertThat(workerIps).hasSize(2);
        assertThat(podIps).hasSize(2 * (31 + 1));
    }

    @Test
    void podSubnetExhaustionFailsTheWorkRequestWithTheReason() {
        String clusterId = Fixtures.workResourceId(ce, createCluster(true).getOpcWorkRequestId());
        // a /24 holds 253 usable addresses; 3 nodes x (93 + 3) = 288
        String workId = createPool(clusterId, 3, 93).getOpcWorkRequestId();

        var work = ce.getWorkRequest(GetWorkRequestRequest.builder().workRequestId(workId).build()).getWorkRequest();
        var errors = ce.listWorkRequestErrors(ListWorkRequestErrorsRequest.builder().compartmentId(COMPARTMENT)
                .workRequestId(workId).build()).getItems();
        NodePool pool = ce.getNodePool(GetNodePoolRequest.builder()
                .nodePoolId(work.getResources().get(0).getIdentifier()).build()).getNodePool();

        assertThat(work.getStatus()).isEqualTo(WorkRequestStatus.Failed);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains(pods.getId(), "does not have enough free IP addresses"));
        assertThat(pool.getLifecycleState()).isEqualTo(NodePoolLifecycleState.NeedsAttention);
    }

    @Test
    void maxPodsAboveTheShapeCapIsRejected() {
        String clusterId = Fixtures.workResourceId(ce, createCluster(true).getOpcWorkRequestId());

        // 4 OCPUs -> 4 VNICs -> at most 3 x 31 = 93 pods
        assertThatThrownBy(() -> createPool(clusterId, 1, 94)).hasMessageContaining("1 to 93");
    }

    @Test
    void subnetWithNodesCannotBeDeleted() {
        String clusterId = Fixtures.workResourceId(ce, createCluster(true).getOpcWorkRequestId());
        createPool(clusterId, 1, 31);

        assertThatThrownBy(() -> vn.deleteSubnet(DeleteSubnetRequest.builder().subnetId(workers.getId()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));
    }

    @Test
    void deletingTheClusterFreesItsAddresses() {
        String clusterId = Fixtures.workResourceId(ce, createCluster(true).getOpcWorkRequestId());
        createPool(clusterId, 1, 31);

        ce.deleteCluster(DeleteClusterRequest.builder().clusterId(clusterId).build());
        vn.deleteSubnet(DeleteSubnetRequest.builder().subnetId(workers.getId()).build());

        assertThat(vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(pods.getId()).build()).getItems()).isEmpty();
    }
}
