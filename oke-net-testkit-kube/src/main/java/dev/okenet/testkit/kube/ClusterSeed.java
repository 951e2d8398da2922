package dev.okenet.testkit.kube;

import dev.okenet.testkit.FakeOci;

/**
 * Puts an OKE cluster (its network, cluster and node pools) into a fresh FakeOci for
 * {@link dev.okenet.testkit.kube.junit.SimulatedClusterTest}, and optionally objects into its
 * Kubernetes API once it runs; implementations need a public no-argument constructor (one instance
 * does both steps, so it may keep what {@link #seed} learnt for {@link #started}). A seed may apply a
 * network with any provider, e.g. oke-net's own:
 *
 * <pre>{@code
 * public final class ProdSeed implements ClusterSeed {
 *     public ClusterRef seed(FakeOci oci) {
 *         // apply ReferenceNetworks.prod() with OciNetworkProvider over oci, return its cluster
 *     }
 *
 *     public void started(SimulatedCluster cluster) {
 *         // apply the rendered manifests with cluster.client()
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ClusterSeed {
    /** Creates the cluster in {@code oci} and says which it is. */
    ClusterRef seed(FakeOci oci);

    /** Called once the cluster runs, before any test: create the objects every test starts from. */
    default void started(SimulatedCluster cluster) {
    }
}
