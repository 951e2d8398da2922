package dev.okenet.oci.internal.graph;

import dev.okenet.ResolvedNetwork;
import dev.okenet.resolved.ResolvedNodePool;

/**
 * What a node pool's create request is made from: the pool and its network (for the cluster's
 * Kubernetes version, the CNI and the compartment).
 *
 * <pre>{@code
 * ((NodePoolSource) spec.source()).pool().pool().minNodes();
 * }</pre>
 *
 * @param net the network
 * @param pool the node pool
 */
public record NodePoolSource(ResolvedNetwork net, ResolvedNodePool pool) {
}
