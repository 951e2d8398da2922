/**
 * A simulated OKE cluster behind a real Kubernetes API: fabric8's mock API server in CRUD mode
 * over {@link dev.okenet.testkit.FakeOci}, reached by a real fabric8 {@code KubernetesClient} over
 * HTTP, with controllers that watch and write the API as OKE's do: Nodes for the node pools'
 * workers, the cloud controller manager provisioning load balancers, the scheduler and pod IP
 * allocation (VCN-native or flannel), Deployments; and NetworkPolicy as the cluster enforces it.
 *
 * <pre>{@code
 * try (SimulatedCluster cluster = SimulatedCluster.builder(fakeOci).cluster(compartmentId, clusterId).start()) {
 *     KubernetesClient kube = cluster.client();
 *     kube.apps().deployments().inNamespace("shop").resource(deployment).create();
 *     cluster.settle();
 *     kube.pods().inNamespace("shop").list();     // Running, or Pending with FailedToCreatePrivateIP
 * }
 * }</pre>
 */
package dev.okenet.testkit.kube;
