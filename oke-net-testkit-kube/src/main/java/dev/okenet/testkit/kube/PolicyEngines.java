package dev.okenet.testkit.kube;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.util.Map;

/**
 * The DaemonSets a NetworkPolicy engine runs, as its manifests install them: create one in a
 * {@link SimulatedCluster} and {@link SimulatedCluster#reachability()} enforces NetworkPolicy, as
 * OKE does once Calico or Cilium runs (Oracle, "Example: Installing Calico and Setting Up Network
 * Policies"; OKE enforces none by itself). Without one, policies are accepted and ignored.
 *
 * <pre>{@code
 * cluster.client().resource(PolicyEngines.calicoNode()).create();
 * cluster.settle();
 * }</pre>
 */
public final class PolicyEngines {
    private PolicyEngines() {}

    /** Calico's node agent: DaemonSet {@code kube-system/calico-node}, label {@code k8s-app=calico-node}. */
    public static DaemonSet calicoNode() {
        return daemonSet("calico-node", "calico/node");
    }

    /** Cilium's agent: DaemonSet {@code kube-system/cilium}, label {@code k8s-app=cilium}. */
    public static DaemonSet cilium() {
        return daemonSet("cilium", "quay.io/cilium/cilium");
    }

    private static DaemonSet daemonSet(String name, String image) {
        Map<String, String> labels = Map.of("k8s-app", name);
        return new DaemonSetBuilder().withNewMetadata().withName(name).withNamespace("kube-system").withLabels(labels)
                .endMetadata().withNewSpec().withNewSelector().withMatchLabels(labels).endSelector().withNewTemplate()
                .withNewMetadata().withLabels(labels).endMetadata().withNewSpec().addNewContainer().withName(name)
                .withImage(image).endContainer().endSpec().endTemplate().endSpec().build();
    }
}
