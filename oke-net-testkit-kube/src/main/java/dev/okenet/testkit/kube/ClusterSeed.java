package dev.okenet.testkit.kube;

import dev.okenet.testkit.FakeOci;

/**
 * Puts an OKE cluster (its network, cluster and node pools) into a fresh FakeOci for
 * {@link dev.okenet.testkit.kube.junit.SimulatedClusterTest}; implementations need a public no-argument
 * constructor. A seed may apply a network with any provider, e.g. oke-net's own:
 *
 * <pre>{@code
 * public final class ProdSeed implements ClusterSeed {
 *     public ClusterRef seed(FakeOci oci) {
 *         // apply ReferenceNetworks.prod() with OciNetworkProvider over oci, return its cluster
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ClusterSeed {
    /** Creates the cluster in {@code oci} and says which it is. */
    ClusterRef seed(FakeOci oci);
}
