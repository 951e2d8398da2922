package dev.okenet.crosscheck;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.testkit.kube.PolicyEngines;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;

/**
 * A network applied to FakeOci with the provider, a simulated cluster over it, and the manifests
 * the library renders applied to its API server (namespaces first); Calico's DaemonSet is
 * installed when the network says Calico enforces policy, as a user would install it.
 */
final class SimulatedOke implements AutoCloseable {
  final AppliedCluster applied;
  final SimulatedCluster cluster;
  final KubernetesClient kube;

  private SimulatedOke(OkeNetwork intent) {
    this.applied = AppliedCluster.into(FakeOci.create(), intent);
    this.cluster = SimulatedCluster.builder(applied.oci).cluster(intent.compartmentId(), applied.clusterId).start();
    this.kube = cluster.client();
    applied.manifests().namespaces().forEach(ns -> kube.resource(ns).create());
    for (HasMetadata object : applied.manifests().all()) {
      if (!(object instanceof io.fabric8.kubernetes.api.model.Namespace)) {
        kube.resource(object).create();
      }
    }
    if (intent.cluster().policyEngine() == PolicyEngine.CALICO) {
      kube.resource(PolicyEngines.calicoNode()).create();
    }
  }

  static SimulatedOke of(OkeNetwork intent) {
    return new SimulatedOke(intent);
  }

  /** A pod with {@code labels} and one container port per name/number pair. */
  Pod pod(String namespace, String name, Map<String, String> labels, Object... namedPorts) {
    PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata();
    var container = new io.fabric8.kubernetes.api.model.ContainerBuilder().withName("app").withImage("example/app");
    for (int i = 0; i < namedPorts.length; i += 2) {
      container.addToPorts(new ContainerPortBuilder().withName((String) namedPorts[i]).withContainerPort((Integer) namedPorts[i + 1])
          .build());
    }
    return kube.resource(pod.withNewSpec().withContainers(container.build()).endSpec().build()).create();
  }


  @Override
  public void close() {
    cluster.close();
    applied.close();
  }
}
