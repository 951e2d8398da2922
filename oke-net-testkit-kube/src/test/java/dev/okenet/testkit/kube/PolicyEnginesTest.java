package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import org.junit.jupiter.api.Test;

class PolicyEnginesTest {

    @Test
    void calicoNodeIsKubeSystemsCalicoNodeDaemonSetSelectingItsOwnPods() {
        assertEngine(PolicyEngines.calicoNode(), "calico-node");
    }

    @Test
    void ciliumIsKubeSystemsCiliumDaemonSetSelectingItsOwnPods() {
        assertEngine(PolicyEngines.cilium(), "cilium");
    }

    private static void assertEngine(DaemonSet set, String name) {
        assertThat(set.getMetadata().getName()).isEqualTo(name);
        assertThat(set.getMetadata().getNamespace()).isEqualTo("kube-system");
        assertThat(set.getSpec().getSelector().getMatchLabels()).containsEntry("k8s-app", name)
                .isEqualTo(set.getSpec().getTemplate().getMetadata().getLabels());
    }
}
