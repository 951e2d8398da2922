package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.ccm.TestCluster;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/** {@code @SimulatedClusterTest} through a meta-annotation: fields and parameters share the class's cluster. */
@SimulatedClusterExtensionTest.SmallOke
class SimulatedClusterExtensionTest {
    /** A team's own annotation, composed of {@code @SimulatedClusterTest}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SimulatedClusterTest(seed = SmallSeed.class)
    @interface SmallOke {}

    /** TestCluster's VCN-native cluster (2 nodes), and a namespace every test starts from. */
    public static final class SmallSeed implements ClusterSeed {
        @Override
        public ClusterRef seed(FakeOci oci) {
            return new ClusterRef(Fixtures.COMPARTMENT, TestCluster.vcnNativeIn(oci, "10.0.8.0/24", 2, 31).clusterId);
        }

        @Override
        public void started(SimulatedCluster cluster) {
            cluster.client().resource(new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build()).create();
        }
    }

    static SimulatedCluster cluster;
    static FakeOci oci;
    KubernetesClient kube;

    @Test
    void staticAndInstanceFieldsGetTheClassesClusterItsClientAndItsFakeOci() {
        assertThat(cluster.client()).isSameAs(kube);
        assertThat(cluster.oci()).isSameAs(oci);
        assertThat(kube.nodes().list().getItems()).hasSize(2);
    }

    @Test
    void parametersGetTheSameCluster(SimulatedCluster same, KubernetesClient client) {
        assertThat(same).isSameAs(cluster);
        assertThat(client.namespaces().withName("shop").get()).isNotNull();
    }
}
