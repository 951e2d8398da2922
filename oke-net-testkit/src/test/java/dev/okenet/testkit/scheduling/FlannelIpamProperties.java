package dev.okenet.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import dev.okenet.testkit.scheduling.internal.FlannelIpam;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FlannelIpamProperties {
    @Property
    void aPodsCidrServesTwoToTheTwentyFiveMinusPrefixNodes(@ForAll @IntRange(min = 8, max = 28) int prefix) {
        long expected = prefix > 25 ? 0 : 1L << (25 - prefix);

        assertThat(new FlannelIpam("10.0.0.0/" + prefix).capacity()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void nodesGetDistinctBlocksInsideThePodsCidrUntilItIsFull(@ForAll @IntRange(min = 18, max = 25) int prefix,
            @ForAll @IntRange(min = 0, max = 200) int nodes) {
        FlannelIpam ipam = new FlannelIpam("10.244.0.0/" + prefix);
        List<String> ids = IntStream.range(0, nodes).mapToObj(i -> "node-" + i).toList();

        ipam.sync(ids, ids);

        List<Ipv4Cidr> blocks = ids.stream().map(ipam::blockOf).flatMap(Optional::stream).toList();
        Ipv4Cidr pods = Ipv4Cidr.parse("10.244.0.0/" + prefix).orElseThrow();
        assertThat(blocks).hasSize((int) Math.min(nodes, ipam.capacity())).doesNotHaveDuplicates()
                .allSatisfy(b -> assertThat(pods.contains(b)).isTrue());
    }

    @Property(tries = 50)
    void aRemovedNodesBlockGoesToTheNextNode(@ForAll @IntRange(min = 23, max = 25) int prefix) {
        FlannelIpam ipam = new FlannelIpam("10.244.0.0/" + prefix);
        List<String> full = IntStream.range(0, (int) ipam.capacity()).mapToObj(i -> "node-" + i).toList();
        ipam.sync(full, full);
        Ipv4Cidr freed = ipam.blockOf("node-0").orElseThrow();

        List<String> after = new java.util.ArrayList<>(full.subList(1, full.size()));
        after.add("late");
        ipam.sync(after, after);

        assertThat(ipam.blockOf("late")).contains(freed);
    }
}
