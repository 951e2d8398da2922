package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.ccm.TestCluster;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A flannel cluster whose /24 pods CIDR holds two nodes' /25s, with three nodes. */
class FlannelSimulatedClusterTest {
    private static TestCluster oke;
    private static SimulatedCluster cluster;
    private static KubernetesClient kube;

    @BeforeAll
    static void start() {
        oke = TestCluster.flannel("10.244.0.0/24", 3);
        cluster = oke.simulate();
        kube = cluster.client();
        kube.apps().deployments().inNamespace("shop").resource(SimulatedClusterTest.deployment("web", 6)).create();
        cluster.settle();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        oke.close();
    }

    @Test
    void twoNodesGetA25OfThePodsCidrAndTheThirdKeepsTheNetworkUnavailableTaint() {
        List<Node> nodes = kube.nodes().list().getItems();

        assertThat(nodes).filteredOn(n -> n.getSpec().getPodCIDR() != null).extracting(n -> n.getSpec().getPodCIDR())
                .containsExactlyInAnyOrder("10.244.0.0/25", "10.244.0.128/25");
        assertThat(nodes).filteredOn(n -> n.getSpec().getPodCIDR() == null).singleElement()
                .satisfies(n -> assertThat(n.getSpec().getTaints()).extracting(t -> t.getKey())
                        .containsExactly("node.kubernetes.io/network-unavailable"));
        assertThat(nodes).allSatisfy(n -> assertThat(n.getMetadata().getAnnotations())
                .containsEntry("flannel.alpha.coreos.com/backend-type", "vxlan"));
    }

    @Test
    void podsRunOnlyOnNodesWithA25AndTakeAnAddressOfIt() {
        Map<String, String> podCidrs = kube.nodes().list().getItems().stream().filter(n -> n.getSpec().getPodCIDR() != null)
                .collect(Collectors.toMap(n -> n.getMetadata().getName(), n -> n.getSpec().getPodCIDR()));
        List<Pod> pods = kube.pods().inNamespace("shop").list().getItems();

        assertThat(pods).hasSize(6).allSatisfy(p -> {
            assertThat(p.getStatus().getPhase()).isEqualTo("Running");
            assertThat(podCidrs).containsKey(p.getSpec().getNodeName());
            assertThat(Ipv4Cidr.parse(podCidrs.get(p.getSpec().getNodeName())).orElseThrow()
                    .contains(Ipv4Cidr.parseAddress(p.getStatus().getPodIP()).orElseThrow())).isTrue();
        });
    }
}
