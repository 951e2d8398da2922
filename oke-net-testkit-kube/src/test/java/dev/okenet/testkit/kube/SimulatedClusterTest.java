package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ccm.TestCluster;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated cluster over TestCluster's VCN-native cluster (3 nodes, 31 pods each, a /24 pod
 * subnet): one API server for the class, objects removed after each test.
 */
class SimulatedClusterTest {
    private static TestCluster oke;
    private static SimulatedCluster cluster;
    private static KubernetesClient kube;

    @BeforeAll
    static void start() {
        oke = TestCluster.vcnNative("10.0.8.0/24", 3, 31);
        cluster = oke.simulate();
        kube = cluster.client();
    }

    @AfterEach
    void clean() {
        kube.apps().deployments().inAnyNamespace().delete();
        kube.services().inAnyNamespace().delete();
        cluster.settle();
        kube.pods().inAnyNamespace().delete();
        kube.v1().events().inAnyNamespace().delete();
        cluster.settle();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        oke.close();
    }

    @Test
    void everyActiveWorkerIsANodeNamedForItsAddressWithOkeLabels() {
        List<Node> nodes = kube.nodes().list().getItems();

        assertThat(nodes).hasSize(3).allSatisfy(node -> {
            assertThat(node.getMetadata().getName()).startsWith("10.0.");
            assertThat(node.getSpec().getProviderID()).startsWith("oci://ocid1.instance.");
            assertThat(node.getStatus().getAddresses()).anySatisfy(a -> assertThat(a.getType()).isEqualTo("InternalIP"));
            assertThat(node.getMetadata().getLabels()).containsKeys("topology.kubernetes.io/zone",
                    "oci.oraclecloud.com/fault-domain").containsEntry("oci.oraclecloud.com/vcn-native-ip-cni", "true");
            assertThat(node.getMetadata().getAnnotations()).containsEntry("oci.oraclecloud.com/compartment-id",
                    Fixtures.COMPARTMENT);
            assertThat(node.getStatus().getAllocatable().get("pods").getAmount()).isEqualTo("31");
        });
    }

    @Test
    void aDeploymentsPodsRunWithAddressesOfThePodSubnet() {
        kube.apps().deployments().inNamespace("shop").resource(deployment("web", 4)).create();
        cluster.settle();

        List<Pod> pods = kube.pods().inNamespace("shop").list().getItems();
        assertThat(pods).hasSize(4).allSatisfy(p -> {
            assertThat(p.getStatus().getPhase()).isEqualTo("Running");
            assertThat(p.getStatus().getPodIP()).startsWith("10.0.8.");
            assertThat(p.getSpec().getNodeName()).startsWith("10.0.");
        });
        assertThat(kube.apps().deployments().inNamespace("shop").withName("web").get().getStatus().getReadyReplicas())
                .isEqualTo(4);
    }

    @Test
    void podsBeyondEveryNodesMaxPodsStayPendingWithFailedScheduling() {
        kube.apps().deployments().inNamespace("shop").resource(deployment("big", 95)).create();
        cluster.settle();

        List<Pod> pending = kube.pods().inNamespace("shop").list().getItems().stream()
                .filter(p -> "Pending".equals(p.getStatus().getPhase())).toList();
        assertThat(pending).hasSize(2);
        assertThat(cluster.events(pending.get(0))).extracting(Event::getReason).contains("FailedScheduling");
    }

    @Test
    void aPublicNlbServiceGetsTheAddressOfTheNlbTheCcmCreated() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPublic.getId())).create();
        cluster.settle();

        Service web = kube.services().inNamespace("shop").withName("web").get();
        assertThat(web.getStatus().getLoadBalancer().getIngress()).singleElement()
                .satisfies(i -> assertThat(i.getIp()).isNotBlank());
        assertThat(web.getSpec().getPorts().get(0).getNodePort()).isBetween(30000, 32767);
        assertThat(cluster.events(web)).extracting(Event::getReason).contains("EnsuringLoadBalancer", "EnsuredLoadBalancer");
    }

    @Test
    void aPublicNlbInAPrivateSubnetStaysPendingWithSyncLoadBalancerFailed() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPrivate.getId())).create();
        cluster.settle();

        Service web = kube.services().inNamespace("shop").withName("web").get();
        assertThat(web.getStatus() == null || web.getStatus().getLoadBalancer() == null
                || web.getStatus().getLoadBalancer().getIngress() == null
                || web.getStatus().getLoadBalancer().getIngress().isEmpty()).isTrue();
        assertThat(cluster.events(web)).filteredOn(e -> "SyncLoadBalancerFailed".equals(e.getReason())).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("InvalidParameter").contains("internal"));
    }

    @Test
    void fixingTheAnnotationOfAPendingServiceGivesItAnAddress() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPrivate.getId())).create();
        cluster.settle();

        kube.services().inNamespace("shop").withName("web").edit(s -> new ServiceBuilder(s).editMetadata()
                .addToAnnotations("oci-network-load-balancer.oraclecloud.com/internal", "true").endMetadata().build());
        cluster.settle();

        assertThat(kube.services().inNamespace("shop").withName("web").get().getStatus().getLoadBalancer().getIngress())
                .singleElement().satisfies(i -> assertThat(i.getIp()).startsWith("10.0.3."));
    }

    @Test
    void deletingALoadBalancerServiceDeletesItsNlb() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPublic.getId())).create();
        cluster.settle();

        kube.services().inNamespace("shop").withName("web").delete();
        cluster.settle();

        var nlbs = oke.oci.networkLoadBalancer().listNetworkLoadBalancers(
                com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest.builder()
                        .compartmentId(Fixtures.COMPARTMENT).build()).getNetworkLoadBalancerCollection().getItems();
        assertThat(nlbs).allSatisfy(n -> assertThat(n.getLifecycleState().getValue()).isIn("DELETING", "DELETED"));
    }

    @Test
    void aServiceThatStopsBeingALoadBalancerLosesItsNlbAndItsAddress() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPublic.getId())).create();
        cluster.settle();

        kube.services().inNamespace("shop").withName("web").edit(s -> new ServiceBuilder(s).editSpec().withType("NodePort")
                .endSpec().build());
        cluster.settle();

        Service web = kube.services().inNamespace("shop").withName("web").get();
        assertThat(web.getStatus().getLoadBalancer().getIngress()).isNullOrEmpty();
        assertThat(cluster.events(web)).extracting(Event::getReason).contains("DeletingLoadBalancer", "DeletedLoadBalancer");
    }

    @Test
    void aUsersUpdateOfAServiceKeepsTheAddressTheCcmWrote() {
        kube.services().inNamespace("shop").resource(TestCluster.service("web", 80, "Cluster",
                "oci.oraclecloud.com/load-balancer-type", "nlb",
                "oci-network-load-balancer.oraclecloud.com/subnet", oke.lbPublic.getId())).create();
        cluster.settle();
        Service before = kube.services().inNamespace("shop").withName("web").get();

        Service relabelled = new ServiceBuilder(before).editMetadata().addToLabels("team", "shop").endMetadata()
                .withStatus(null).build();
        kube.services().inNamespace("shop").resource(relabelled).update();

        assertThat(kube.services().inNamespace("shop").withName("web").get().getStatus().getLoadBalancer())
                .isEqualTo(before.getStatus().getLoadBalancer());
    }

    @Test
    void aDeletedPodsAddressGoesToTheNextPod() {
        kube.resource(pod("first", Map.of("app", "solo"))).create();
        cluster.settle();
        String address = kube.pods().inNamespace("shop").withName("first").get().getStatus().getPodIP();

        kube.pods().inNamespace("shop").withName("first").delete();
        kube.resource(pod("second", Map.of("app", "solo"))).create();
        cluster.settle();

        assertThat(kube.pods().inNamespace("shop").withName("second").get().getStatus().getPodIP()).isEqualTo(address);
    }

    @Test
    void aDeletedServicesNodePortCanBeTakenAgain() {
        Service fixed = new ServiceBuilder(TestCluster.service("a", 80, "Cluster")).editSpec().editFirstPort()
                .withNodePort(31000).endPort().endSpec().build();
        kube.services().inNamespace("shop").resource(fixed).create();
        cluster.settle();
        assertThatThrownBy(() -> kube.services().inNamespace("shop").resource(new ServiceBuilder(fixed).editMetadata()
                .withName("b").endMetadata().build()).create()).hasMessageContaining("already allocated");

        kube.services().inNamespace("shop").delete();
        kube.services().inNamespace("shop").resource(new ServiceBuilder(fixed).editMetadata().withName("b").endMetadata()
                .build()).create();

        cluster.settle();

        Service b = kube.services().inNamespace("shop").withName("b").get();
        assertThat(b.getSpec().getPorts().get(0).getNodePort()).isEqualTo(31000);
        assertThat(cluster.events(b)).extracting(Event::getMessage).noneMatch(m -> m.contains("already allocated"));
    }

    @Test
    void theApiServerRefusesANodePortOutOfRange() {
        Service bad = new ServiceBuilder(TestCluster.service("bad", 80, "Cluster")).editSpec().editFirstPort()
                .withNodePort(80).endPort().endSpec().build();

        assertThatThrownBy(() -> kube.services().inNamespace("shop").resource(bad).create())
                .isInstanceOf(KubernetesClientException.class).hasMessageContaining("not in the valid range");
    }

    @Test
    void startingOverAClusterFakeOciDoesNotHaveSaysWhatToDo() {
        assertThatThrownBy(() -> SimulatedCluster.builder(oke.oci).cluster(Fixtures.COMPARTMENT,
                "ocid1.cluster.oc1.iad.aaaaaaaanothere").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ocid1.cluster.oc1.iad.aaaaaaaanothere")
                .hasMessageContaining("create the cluster");
    }

    @Test
    void startingWithoutAClusterIsRefusedWithTheFix() {
        assertThatThrownBy(() -> SimulatedCluster.builder(oke.oci).start()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cluster(compartmentId, clusterId)");
    }

    static Deployment deployment(String name, int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace("shop").endMetadata().withNewSpec()
                .withReplicas(replicas).withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata().withNewSpec()
                .addNewContainer().withName(name).withImage("nginx").endContainer().endSpec().endTemplate().endSpec().build();
    }

    static Pod pod(String name, Map<String, String> labels) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("shop").withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().build();
    }
}
