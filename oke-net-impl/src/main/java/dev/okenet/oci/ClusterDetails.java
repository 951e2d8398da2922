package dev.okenet.oci;

import dev.okenet.internal.Require;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import java.util.List;
import java.util.Objects;

/**
 * The OKE cluster and node pool requests for a network, filled in with its OCIDs: for users who
 * create clusters with their own code ({@link OciNetworkProvider#networkOnly}).
 *
 * <pre>{@code
 * ClusterDetails d = provider.networkOnly(net, applyResult.idsByKey());
 * String workRequest = ce.createCluster(CreateClusterRequest.builder().createClusterDetails(d.cluster()).build())
 *     .getOpcWorkRequestId();
 * // ... once the cluster exists:
 * d.nodePoolsFor(clusterId).forEach(p -> ce.createNodePool(CreateNodePoolRequest.builder().createNodePoolDetails(p).build()));
 * }</pre>
 *
 * @param cluster the CreateClusterDetails
 * @param nodePools one CreateNodePoolDetails per node pool, without a cluster id
 */
public record ClusterDetails(CreateClusterDetails cluster, List<CreateNodePoolDetails> nodePools) {
  /** Copies the list. */
  public ClusterDetails {
    Require.components(ClusterDetails.class, cluster, nodePools);
    Objects.requireNonNull(cluster, "cluster");
    nodePools = List.copyOf(nodePools);
  }

  /** The node pool requests with {@code clusterId} filled in. */
  public List<CreateNodePoolDetails> nodePoolsFor(String clusterId) {
    if (clusterId == null || clusterId.isBlank()) {
      throw new IllegalArgumentException("nodePoolsFor needs the cluster's OCID (from the finished CreateCluster work request).");
    }
    return nodePools.stream().map(p -> CreateNodePoolDetails.builder().copy(p).clusterId(clusterId).build()).toList();
  }
}
