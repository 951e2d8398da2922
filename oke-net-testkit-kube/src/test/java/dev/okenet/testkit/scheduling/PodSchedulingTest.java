package dev.okenet.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ccm.TestCluster;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import org.junit.jupiter.api.Test;

/** VCN-native clusters: pods take the pod IPs FakeOci pre-allocated per node. */
class PodSchedulingTest {
    private static PodScheduling scheduling(TestCluster cluster) {
        return PodScheduling.builder(cluster.oci).cluster(Fixtures.COMPARTMENT, cluster.clusterId).build();
    }

    @Test
    void podsBeyondThePodSubnetStayPendingWithFailedToCreatePrivateIp() {
        // /24: 253 usable; a node with maxPodsPerNode 60 takes 60 + 2 VNICs = 62, so 4 nodes fit (248) and the 5th does not.
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/24", 1, 60)) {
            PodScheduling pods = scheduling(cluster).scaleNodePool(cluster.nodePoolId, 5);

            SchedulingResult result = pods.schedule("web", 300);

            assertThat(result.running()).isEqualTo(240);
            assertThat(result.pendingWith(PodStatus.FAILED_TO_CREATE_PRIVATE_IP)).isEqualTo(60);
        }
    }

    @Test
    void theFailedNodeIsTheOneWhosePodVnicsFoundTheSubnetFull() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/24", 5, 60)) {
            SchedulingResult result = scheduling(cluster).schedule("web", 300);

            assertThat(result.nodes()).filteredOn(n -> n.podAddresses() == 0).singleElement().satisfies(n -> {
                assertThat(n.schedulable()).isTrue();
                assertThat(n.pods()).isEqualTo(60);
                assertThat(n.condition()).contains("pod VNICs hold no address");
            });
        }
    }

    @Test
    void pendingMessageNamesThePodSubnetNumbers() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/24", 5, 60)) {
            SchedulingResult result = scheduling(cluster).schedule("web", 300);

            assertThat(result.pods()).filteredOn(p -> !p.isRunning()).first().satisfies(p -> assertThat(p.message())
                    .hasValueSatisfying(m -> assertThat(m).contains("FailedToCreatePrivateIP")
                            .contains("10.0.32.0/24 (248 of 253 usable addresses allocated, 5 free)").contains("62")));
        }
    }

    @Test
    void podSubnetUsageCountsThePreAllocatedAddressesBeforeAnyPodRuns() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/24", 3, 60)) {
            SchedulingResult result = scheduling(cluster).snapshot();

            assertThat(result.podSubnets()).singleElement().satisfies(u -> {
                assertThat(u.usable()).isEqualTo(253);
                assertThat(u.allocated()).isEqualTo(3 * 62);
                assertThat(u.free()).isEqualTo(253 - 186);
            });
        }
    }

    @Test
    void runningPodsHaveDistinctAddressesOfThePodSubnet() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/24", 2, 31)) {
            SchedulingResult result = scheduling(cluster).schedule("api", 62);

            Ipv4Cidr pods = Ipv4Cidr.parse("10.0.32.0/24").orElseThrow();
            assertThat(result.pods()).extracting(p -> p.ip().orElseThrow()).doesNotHaveDuplicates()
                    .allMatch(ip -> pods.contains(Ipv4Cidr.parseAddress(ip).orElseThrow()));
        }
    }

    @Test
    void podsBeyondMaxPodsPerNodeFailScheduling() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31)) {
            SchedulingResult result = scheduling(cluster).schedule("api", 70);

            assertThat(result.running()).isEqualTo(62);
            assertThat(result.pendingWith(PodStatus.FAILED_SCHEDULING)).isEqualTo(8);
            assertThat(result.pods().get(69).message()).hasValueSatisfying(m -> assertThat(m).contains("0/2 nodes are available"));
        }
    }

    @Test
    void podsWaitingForANodeRunOnceThePoolIsScaledUp() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31)) {
            PodScheduling pods = scheduling(cluster);
            pods.schedule("api", 70);

            SchedulingResult after = pods.scaleNodePool(cluster.nodePoolId, 3).snapshot();

            assertThat(after.running()).isEqualTo(70);
        }
    }

    @Test
    void schedulerSpreadsPodsOverTheLeastLoadedNodes() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 3, 31)) {
            SchedulingResult result = scheduling(cluster).schedule("api", 9);

            assertThat(result.nodes()).extracting(NodeStatus::pods).containsExactly(3, 3, 3);
        }
    }

    @Test
    void podsOfARemovedNodeWaitForRoomElsewhere() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 2, 31)) {
            PodScheduling pods = scheduling(cluster);
            pods.schedule("api", 40);

            SchedulingResult after = pods.scaleNodePool(cluster.nodePoolId, 1).snapshot();

            assertThat(after.running()).isEqualTo(31);
            assertThat(after.pendingWith(PodStatus.FAILED_SCHEDULING)).isEqualTo(9);
        }
    }

    @Test
    void podNamesContinueAcrossCalls() {
        try (TestCluster cluster = TestCluster.vcnNative("10.0.32.0/19", 1, 31)) {
            PodScheduling pods = scheduling(cluster);
            pods.schedule("api", 2);

            assertThat(pods.schedule("api", 1).pods()).extracting(PodStatus::name).containsExactly("api-0", "api-1", "api-2");
        }
    }
}
