package dev.okenet.testkit.scheduling;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.List;

/**
 * The cluster after a scheduling pass: every pod, every node, and the pod subnets' usage.
 *
 * <pre>{@code
 * SchedulingResult r = cluster.schedule("web", 300);
 * r.running();                                            // 240
 * r.pending();                                            // 60
 * r.pendingWith(PodStatus.FAILED_TO_CREATE_PRIVATE_IP);   // 60
 * }</pre>
 *
 * @param pods every pod, in creation order
 * @param nodes every node that joined or tried to, in node pool order
 * @param podSubnets the pod subnets (VCN-native; empty on flannel)
 */
public record SchedulingResult(List<PodStatus> pods, List<NodeStatus> nodes, List<SubnetUsage> podSubnets) {
    /** Copies the lists. */
    public SchedulingResult {
        pods = List.copyOf(notNull(pods, "SchedulingResult: pods", "Give every pod, or List.of() for none."));
        nodes = List.copyOf(notNull(nodes, "SchedulingResult: nodes", "Give every node, or List.of() for none."));
        podSubnets = List.copyOf(notNull(podSubnets, "SchedulingResult: podSubnets", "Give the pod subnets, or List.of() on flannel."));
    }

    /** Pods running. */
    public long running() {
        return pods.stream().filter(PodStatus::isRunning).count();
    }

    /** Pods pending, for any reason. */
    public long pending() {
        return pods.size() - running();
    }

    /** Pods pending with {@code reason}. */
    public long pendingWith(String reason) {
        notNull(reason, "SchedulingResult.pendingWith(reason)", "Give PodStatus.FAILED_SCHEDULING or PodStatus.FAILED_TO_CREATE_PRIVATE_IP.");
        return pods.stream().filter(p -> p.reason().filter(reason::equals).isPresent()).count();
    }

    /** The nodes the scheduler places pods on. */
    public long schedulableNodes() {
        return nodes.stream().filter(NodeStatus::schedulable).count();
    }

    @Override
    public String toString() {
        return running() + " running, " + pending() + " pending on " + nodes.size() + " nodes " + podSubnets;
    }
}
