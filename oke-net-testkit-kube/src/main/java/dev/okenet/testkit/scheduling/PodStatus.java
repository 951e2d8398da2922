package dev.okenet.testkit.scheduling;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.Optional;

/**
 * One pod as {@code kubectl get pod -o wide} and {@code kubectl describe pod} would show it.
 *
 * <pre>{@code
 * PodStatus pod = result.pods().get(0);
 * pod.phase();     // PENDING
 * pod.reason();    // Optional[FailedToCreatePrivateIP]
 * }</pre>
 *
 * @param name the pod's name
 * @param phase Running or Pending
 * @param node the node it is bound to, if any
 * @param ip its address, when running
 * @param reason why it is pending: {@link #FAILED_SCHEDULING} or {@link #FAILED_TO_CREATE_PRIVATE_IP}
 * @param message the event message with the numbers
 */
public record PodStatus(String name, Phase phase, Optional<String> node, Optional<String> ip, Optional<String> reason,
        Optional<String> message) {
    /** No node has room: the scheduler's event reason. */
    public static final String FAILED_SCHEDULING = "FailedScheduling";
    /** Bound to a node whose pod VNICs hold no free address: the OCI VCN-native CNI's error. */
    public static final String FAILED_TO_CREATE_PRIVATE_IP = "FailedToCreatePrivateIP";

    /** The pod phases the simulation produces. */
    public enum Phase {
        RUNNING, PENDING
    }

    /** Checks that every part is given. */
    public PodStatus {
        notNull(name, "PodStatus: name", "Give the pod's name, e.g. \"web-0\".");
        notNull(phase, "PodStatus: phase", "Give Phase.RUNNING or Phase.PENDING.");
        notNull(node, "PodStatus: node", "Give Optional.empty() when the pod is bound to no node.");
        notNull(ip, "PodStatus: ip", "Give Optional.empty() when the pod has no address.");
        notNull(reason, "PodStatus: reason", "Give Optional.empty() when the pod is not pending.");
        notNull(message, "PodStatus: message", "Give Optional.empty() when the pod is not pending.");
    }

    /** A running pod. */
    public static PodStatus running(String name, String node, String ip) {
        notNull(node, "PodStatus.running(name, node, ip): node", "Give the node the pod runs on, e.g. \"10.0.4.2\".");
        notNull(ip, "PodStatus.running(name, node, ip): ip", "Give the pod's address, e.g. \"10.0.32.7\".");
        return new PodStatus(name, Phase.RUNNING, Optional.of(node), Optional.of(ip), Optional.empty(), Optional.empty());
    }

    /** A pending pod, bound to {@code node} when the scheduler placed it. */
    public static PodStatus pending(String name, Optional<String> node, String reason, String message) {
        notNull(reason, "PodStatus.pending(name, node, reason, message): reason", "Give FAILED_SCHEDULING or FAILED_TO_CREATE_PRIVATE_IP.");
        notNull(message, "PodStatus.pending(name, node, reason, message): message", "Give the event message with the numbers.");
        return new PodStatus(name, Phase.PENDING, node, Optional.empty(), Optional.of(reason), Optional.of(message));
    }

    public boolean isRunning() {
        return phase == Phase.RUNNING;
    }

    @Override
    public String toString() {
        return name + " " + phase + node.map(n -> " on " + n).orElse("") + ip.map(i -> " " + i).orElse("")
                + reason.map(r -> " " + r + ": " + message.orElse("")).orElse("");
    }
}
