package dev.okenet.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ccm.TestCluster;
import org.junit.jupiter.api.Test;

/** Flannel clusters: a /25 of the pods CIDR per node, 2^(25 − prefix) nodes at most. */
class FlannelSchedulingTest {
    private static SchedulingResult schedule(TestCluster cluster, int pods) {
        return PodScheduling.builder(cluster.oci).cluster(Fixtures.COMPARTMENT, cluster.clusterId).build()
                .schedule("web", pods);
    }

    @Test
    void nodesBeyondThePodsCidrsCapacityGetNoPodCidr() {
        // A /23 pods CIDR holds 2^(25 - 23) = 4 node ranges.
        try (TestCluster cluster = TestCluster.flannel("10.244.0.0/23", 6)) {
            SchedulingResult result = schedule(cluster, 0);

            assertThat(result.nodes()).filteredOn(n -> n.podCidr().isPresent()).hasSize(4);
            assertThat(result.nodes()).filteredOn(n -> !n.schedulable()).hasSize(2)
                    .allSatisfy(n -> assertThat(n.condition()).startsWith("CIDRNotAvailable").contains("serves 4 nodes"));
        }
    }

    @Test
    void eachNodeGetsItsOwn25OfThePodsCidr() {
        try (TestCluster cluster = TestCluster.flannel("10.244.0.0/23", 4)) {
            SchedulingResult result = schedule(cluster, 0);

            assertThat(result.nodes()).extracting(n -> n.podCidr().orElseThrow())
                    .containsExactly("10.244.0.0/25", "10.244.0.128/25", "10.244.1.0/25", "10.244.1.128/25");
        }
    }

    @Test
    void podsOnlyRunOnNodesWithAPodCidr() {
        try (TestCluster cluster = TestCluster.flannel("10.244.0.0/23", 6)) {
            SchedulingResult result = schedule(cluster, 600);

            assertThat(result.running()).isEqualTo(4 * 110);
            assertThat(result.pendingWith(PodStatus.FAILED_SCHEDULING)).isEqualTo(600 - 440);
        }
    }

    @Test
    void podAddressesComeFromTheirNodesRange() {
        try (TestCluster cluster = TestCluster.flannel("10.244.0.0/23", 1)) {
            SchedulingResult result = schedule(cluster, 2);

            assertThat(result.pods()).extracting(p -> p.ip().orElseThrow()).containsExactly("10.244.0.2", "10.244.0.3");
        }
    }
}
