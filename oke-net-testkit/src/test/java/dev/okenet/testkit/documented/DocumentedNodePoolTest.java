package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.documented.Refusals.invalid;
import static dev.okenet.testkit.documented.Refusals.missing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.KeyValue;
import com.oracle.bmc.containerengine.model.NodeEvictionNodePoolSettings;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolCyclingDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageDetails;
import com.oracle.bmc.containerengine.model.PreemptibleNodeConfigDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolDetails;
import com.oracle.bmc.containerengine.model.UpdateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.requests.CreateNodePoolRequest;
import com.oracle.bmc.containerengine.requests.DeleteNodePoolRequest;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListWorkRequestsRequest;
import com.oracle.bmc.containerengine.requests.UpdateNodePoolRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** OKE node pools as the Container Engine SDK's model and request javadoc documents them. */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedNodePoolTest {
    private static final String AD1 = "Uocm:US-ASHBURN-AD-1";
    private static final String AD2 = "Uocm:US-ASHBURN-AD-2";
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final ContainerEngine ce;
    private final Vcn vcn;
    private final Subnet workers;
    private final String clusterId;

    DocumentedNodePoolTest(Door door) {
        vn = door.virtualNetwork(OCI);
        ce = door.containerEngine(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        workers = Fixtures.privateSubnet(vn, vcn, "workers", "10.0.16.0/24");
        clusterId = Fixtures.clusterId(ce, Fixtures.clusterDetails(vcn).build());
    }

    private static NodePoolPlacementConfigDetails placement(String ad, Subnet subnet) {
        return NodePoolPlacementConfigDetails.builder().availabilityDomain(ad).subnetId(subnet.getId()).build();
    }

    private CreateNodePoolNodeConfigDetails.Builder config(NodePoolPlacementConfigDetails... placements) {
        return CreateNodePoolNodeConfigDetails.builder().size(1).placementConfigs(List.of(placements));
    }

    private CreateNodePoolDetails.Builder details() {
        return CreateNodePoolDetails.builder().compartmentId(COMPARTMENT).clusterId(clusterId).name("np1")
                .nodeShape("VM.Standard.E5.Flex").nodeConfigDetails(config(placement(AD1, workers)).build());
    }

    private NodePool create(CreateNodePoolDetails details) {
        String work = ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(details).build())
                .getOpcWorkRequestId();
        String id = Fixtures.workResourceId(ce, work);
        return ce.getNodePool(GetNodePoolRequest.builder().nodePoolId(id).build()).getNodePool();
    }

    /** CreateNodePoolDetails.nodeConfigDetails: "Exactly one of the subnetIds or nodeConfigDetails properties must be specified." */
    @Test
    void aPoolGivingBothSubnetIdsAndNodeConfigDetailsIsRejected() {
        invalid(() -> create(details().subnetIds(List.of(workers.getId())).build()), "subnetIds", "nodeConfigDetails");
    }

    @Test
    void aPoolGivingNeitherIsMissingNodeConfigDetails() {
        missing(() -> create(details().nodeConfigDetails(null).build()), "nodeConfigDetails");
    }

    /** The deprecated subnetIds placement is not modelled: the request fails as unsupported. */
    @Test
    void theLegacySubnetIdsPlacementIsUnsupported() {
        assertThatThrownBy(() -> create(details().nodeConfigDetails(null).subnetIds(List.of(workers.getId())).build()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("COVERAGE.md");
    }

    /** size is a required field of CreateNodePoolNodeConfigDetails (OCI API reference). */
    @Test
    void aNodeConfigWithoutASizeIsMissingSize() {
        missing(() -> create(details().nodeConfigDetails(config(placement(AD1, workers)).size(null).build()).build()),
                "size");
    }

    /**
     * kubernetesVersion is optional in CreateNodePoolDetails (OCI API reference); without it the
     * pool runs the cluster's version.
     */
    @Test
    void aPoolWithoutAKubernetesVersionRunsTheClusters() {
        assertThat(create(details().build()).getKubernetesVersion()).isEqualTo("v1.31.1");
    }

    /** CreateNodePoolNodeConfigDetails.isPvEncryptionInTransitEnabled: "The default value is false." */
    @Test
    void inTransitEncryptionIsOffByDefault() {
        assertThat(create(details().build()).getNodeConfigDetails().getIsPvEncryptionInTransitEnabled()).isFalse();
    }

    /** placementConfigs: "Provide one placement configuration for each availability domain". */
    @Test
    void twoPlacementsInOneAvailabilityDomainAreRejected() {
        invalid(() -> create(details().nodeConfigDetails(config(placement(AD1, workers), placement(AD1, workers))
                .build()).build()), AD1, "more than once");
    }

    /**
     * CreateSubnetDetails.availabilityDomain: resources in an AD-specific subnet "can only be
     * created in that availability domain".
     */
    @Test
    void aPlacementInAnotherDomainThanItsAdSpecificSubnetIsRejected() {
        Subnet ad1 = vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(Fixtures.subnetDetails(vcn,
                "ad1", "10.0.17.0/24").prohibitPublicIpOnVnic(true).availabilityDomain(AD1).build()).build()).getSubnet();

        invalid(() -> create(details().nodeConfigDetails(config(placement(AD2, ad1)).build()).build()), AD1, AD2);
    }

    /** preemptionAction is a required field of PreemptibleNodeConfigDetails (OCI API reference). */
    @Test
    void aPreemptiblePlacementWithoutAnActionIsMissingPreemptionAction() {
        NodePoolPlacementConfigDetails preemptible = placement(AD1, workers).toBuilder()
                .preemptibleNodeConfig(PreemptibleNodeConfigDetails.builder().build()).build();

        missing(() -> create(details().nodeConfigDetails(config(preemptible).build()).build()), "preemptionAction");
    }

    /** NodeSourceViaImageDetails: imageId required (API reference); bootVolumeSizeInGBs "Minimum value is 50 GB". */
    @Test
    void anImageSourceNeedsAnImageAndFiftyGigabytesOfBootVolume() {
        missing(() -> create(details().nodeSourceDetails(NodeSourceViaImageDetails.builder().build()).build()),
                "imageId");
        invalid(() -> create(details().nodeSourceDetails(NodeSourceViaImageDetails.builder()
                .imageId("ocid1.image.oc1.iad.aaaa").bootVolumeSizeInGBs(40L).build()).build()), "40", "50");
    }

    /** NodeEvictionNodePoolSettings.evictionGraceDuration: "Default PT60M, Min PT0M, Max: PT60M." */
    @Test
    void evictionGraceDefaultsToAnHourAndMayNotExceedIt() {
        NodePool pool = create(details().nodeEvictionNodePoolSettings(NodeEvictionNodePoolSettings.builder()
                .isForceDeleteAfterGraceDuration(true).build()).build());

        assertThat(pool.getNodeEvictionNodePoolSettings().getEvictionGraceDuration()).isEqualTo("PT60M");
        invalid(() -> create(details().nodeEvictionNodePoolSettings(NodeEvictionNodePoolSettings.builder()
                .evictionGraceDuration("PT90M").build()).build()), "PT90M", "PT60M");
    }

    /**
     * NodePoolCyclingDetails.maximumUnavailable: "Defaults to 0"; maximumSurge: "Defaults to 1";
     * each "Ranges from 0 to Nodepool size or 0% to 100%".
     */
    @Test
    void cyclingGetsItsDefaultsAndKeepsWithinThePoolSize() {
        NodePool pool = create(details().nodePoolCyclingDetails(NodePoolCyclingDetails.builder()
                .isNodeCyclingEnabled(true).build()).build());

        assertThat(pool.getNodePoolCyclingDetails().getMaximumUnavailable()).isEqualTo("0");
        assertThat(pool.getNodePoolCyclingDetails().getMaximumSurge()).isEqualTo("1");
        invalid(() -> create(details().nodePoolCyclingDetails(NodePoolCyclingDetails.builder().maximumSurge("3")
                .build()).build()), "maximumSurge", "3");
        invalid(() -> create(details().nodePoolCyclingDetails(NodePoolCyclingDetails.builder().maximumUnavailable("150%")
                .build()).build()), "maximumUnavailable", "150%");
    }

    /** DeleteNodePoolRequest.overrideEvictionGraceDuration: "Default PT60M, Min PT0M, Max: PT60M." */
    @Test
    void deletingWithAGraceOverrideAboveAnHourIsRejected() {
        NodePool pool = create(details().build());

        invalid(() -> ce.deleteNodePool(DeleteNodePoolRequest.builder().nodePoolId(pool.getId())
                .overrideEvictionGraceDuration("PT2H").build()), "PT2H");
    }

    /** UpdateNodePoolDetails: every field the update gives is kept, not only name, version and size. */
    @Test
    void anUpdateKeepsLabelsShapeAndPlacementItGives() {
        NodePool pool = create(details().build());
        Subnet more = Fixtures.privateSubnet(vn, vcn, "more", "10.0.18.0/24");

        ce.updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(pool.getId()).updateNodePoolDetails(
                UpdateNodePoolDetails.builder().nodeShape("VM.Standard.E4.Flex")
                        .initialNodeLabels(List.of(KeyValue.builder().key("tier").value("web").build()))
                        .sshPublicKey("ssh-ed25519 AAAA test")
                        .nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder()
                                .placementConfigs(List.of(placement(AD1, more))).build()).build()).build());

        NodePool updated = ce.getNodePool(GetNodePoolRequest.builder().nodePoolId(pool.getId()).build()).getNodePool();
        assertThat(updated.getNodeShape()).isEqualTo("VM.Standard.E4.Flex");
        assertThat(updated.getInitialNodeLabels()).extracting(KeyValue::getValue).containsExactly("web");
        assertThat(updated.getSshPublicKey()).isEqualTo("ssh-ed25519 AAAA test");
        assertThat(updated.getNodeConfigDetails().getPlacementConfigs()).extracting(p -> p.getSubnetId())
                .containsExactly(more.getId());
        assertThat(updated.getNodeConfigDetails().getSize()).isEqualTo(1);
    }

    /** UpdateNodePoolDetails.subnetIds: "Only one of the subnetIds or nodeConfigDetails properties can be specified." */
    @Test
    void anUpdateGivingBothSubnetIdsAndNodeConfigDetailsIsRejected() {
        NodePool pool = create(details().build());

        invalid(() -> ce.updateNodePool(UpdateNodePoolRequest.builder().nodePoolId(pool.getId()).updateNodePoolDetails(
                UpdateNodePoolDetails.builder().subnetIds(List.of(workers.getId()))
                        .nodeConfigDetails(UpdateNodePoolNodeConfigDetails.builder().size(2).build()).build()).build()),
                "subnetIds", "nodeConfigDetails");
    }

    /** ListWorkRequestsRequest.resourceType: "Type of the resource associated with a work request". */
    @Test
    void workRequestsFilterByResourceType() {
        create(details().build());
        ListWorkRequestsRequest.Builder list = ListWorkRequestsRequest.builder().compartmentId(COMPARTMENT);

        assertThat(ce.listWorkRequests(list.resourceType(ListWorkRequestsRequest.ResourceType.Nodepool).build())
                .getItems()).extracting(w -> w.getOperationType().getValue()).containsExactly("NODEPOOL_CREATE");
        assertThat(ce.listWorkRequests(list.resourceType(ListWorkRequestsRequest.ResourceType.Cluster).build())
                .getItems()).extracting(w -> w.getOperationType().getValue()).containsExactly("CLUSTER_CREATE");
    }
}
