package dev.okenet.testkit.scheduling;

import java.util.Objects;
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
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** A running pod. */
    public static PodStatus running(String name, String node, String ip) {
        return new PodStatus(name, Phase.RUNNING, Optional.of(node), Optional.of(ip), Optional.empty(), Optional.empty());
    }

    /** A pending pod, bound to {@code node} when the scheduler placed it. */
    public static PodStatus pending(String name, Optional<String> node, String reason, String message) {
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
