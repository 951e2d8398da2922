package dev.okenet.testkit.scheduling.internal;

import java.util.List;
import java.util.Optional;

/**
 * A node as the cloud reports it, with what its node pool says about pods.
 *
 * @param id the instance OCID
 * @param name the node's name
 * @param nodePool its node pool's name
 * @param maxPods maxPodsPerNode (VCN-native) or Kubernetes' 110 (flannel)
 * @param podSubnetIds the pod subnets (VCN-native)
 * @param state the node's lifecycle state
 * @param privateIp its primary address, once it has one
 * @param error its node error, if it failed
 */
public record NodeView(String id, String name, String nodePool, int maxPods, List<String> podSubnetIds, String state,
        Optional<String> privateIp, Optional<String> error) {
    public NodeView {
        podSubnetIds = List.copyOf(podSubnetIds);
    }

    /** Up with its primary VNIC. */
    public boolean isActive() {
        return "ACTIVE".equals(state) && privateIp.isPresent();
    }

    /**
     * Launched, but its pod VNICs found the pod subnet full: the instance joins the cluster, the CNI
     * then has no address to give its pods. Recognised by the node error naming a pod subnet.
     */
    public boolean lacksPodAddresses() {
        return "FAILING".equals(state) && error.map(e -> podSubnetIds.stream().anyMatch(e::contains)).orElse(false);
    }
}
