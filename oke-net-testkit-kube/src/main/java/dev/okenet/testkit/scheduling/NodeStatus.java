package dev.okenet.testkit.scheduling;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.Optional;

/**
 * One worker node as the scheduler sees it.
 *
 * <pre>{@code
 * NodeStatus node = result.nodes().get(4);
 * node.condition();   // "NoPodAddresses: ..." for a node whose pod VNICs got no address
 * node.podAddresses(); // 0
 * }</pre>
 *
 * @param name the node's name
 * @param nodePool its node pool's name
 * @param schedulable whether the scheduler places pods on it
 * @param maxPods its kubelet's max-pods (maxPodsPerNode, or 110 on flannel)
 * @param podAddresses the pod addresses it holds: pre-allocated secondary IPs (VCN-native) or its /25's (flannel)
 * @param podCidr its flannel pod CIDR, if it got one
 * @param pods pods bound to it
 * @param condition "Ready", or what is wrong and why
 */
public record NodeStatus(String name, String nodePool, boolean schedulable, int maxPods, int podAddresses,
        Optional<String> podCidr, int pods, String condition) {
    /** Checks that every part is given. */
    public NodeStatus {
        notNull(name, "NodeStatus: name", "Give the node's name, e.g. \"10.0.4.2\".");
        notNull(nodePool, "NodeStatus: nodePool", "Give its node pool's name, e.g. \"general\".");
        notNull(podCidr, "NodeStatus: podCidr", "Give Optional.empty() when the node got no flannel pod CIDR.");
        notNull(condition, "NodeStatus: condition", "Give \"Ready\", or what is wrong and why.");
    }
}
