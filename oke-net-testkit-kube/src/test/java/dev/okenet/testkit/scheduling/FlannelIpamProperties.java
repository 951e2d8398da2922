package dev.okenet.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.scheduling.internal.FlannelIpam;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FlannelIpamProperties {
    record Cluster(int prefix, int nodes) {}

    /** Every prefix from /8 to /28: 21 values, so each is checked once. */
    @Test
    void aPodsCidrServesTwoToTheTwentyFiveMinusPrefixNodes() {
        Property.forAll(Gen.ints(8, 28)).tries(1000).check(prefix -> {
            long expected = prefix > 25 ? 0 : 1L << (25 - prefix);

            assertThat(new FlannelIpam("10.0.0.0/" + prefix).capacity()).isEqualTo(expected);
        });
    }

    @Test
    void nodesGetDistinctBlocksInsideThePodsCidrUntilItIsFull() {
        Property.forAll(Gen.zip(Gen.ints(18, 25), Gen.ints(0, 200), Cluster::new)).tries(200).check(cluster -> {
            FlannelIpam ipam = new FlannelIpam("10.244.0.0/" + cluster.prefix());
            List<String> ids = IntStream.range(0, cluster.nodes()).mapToObj(i -> "node-" + i).toList();

            ipam.sync(ids, ids);

            List<Ipv4Cidr> blocks = ids.stream().map(ipam::blockOf).flatMap(Optional::stream).toList();
            Ipv4Cidr pods = Ipv4Cidr.parse("10.244.0.0/" + cluster.prefix()).orElseThrow();
            assertThat(blocks).hasSize((int) Math.min(cluster.nodes(), ipam.capacity())).doesNotHaveDuplicates()
                    .allSatisfy(b -> assertThat(pods.contains(b)).isTrue());
        });
    }

    /** /23, /24 and /25: each checked once. */
    @Test
    void aRemovedNodesBlockGoesToTheNextNode() {
        Property.forAll(Gen.ints(23, 25)).tries(50).check(prefix -> {
            FlannelIpam ipam = new FlannelIpam("10.244.0.0/" + prefix);
            List<String> full = IntStream.range(0, (int) ipam.capacity()).mapToObj(i -> "node-" + i).toList();
            ipam.sync(full, full);
            Ipv4Cidr freed = ipam.blockOf("node-0").orElseThrow();

            List<String> after = new java.util.ArrayList<>(full.subList(1, full.size()));
            after.add("late");
            ipam.sync(after, after);

            assertThat(ipam.blockOf("late")).contains(freed);
        });
    }
}
