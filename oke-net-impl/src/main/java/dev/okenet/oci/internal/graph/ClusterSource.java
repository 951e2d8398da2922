package dev.okenet.oci.internal.graph;

import dev.okenet.ResolvedNetwork;
import dev.okenet.resolved.ResolvedCluster;

/**
 * What the cluster's create request is made from: the whole network, since it names the VCN,
 * subnets, NSGs and CIDRs.
 *
 * <pre>{@code
 * ((ClusterSource) spec.source()).cluster().kubernetesVersion();
 * }</pre>
 *
 * @param net the network
 */
public record ClusterSource(ResolvedNetwork net) {
  /** The cluster. */
  public ResolvedCluster cluster() {
    return net.cluster();
  }
}
