package dev.okenet.testkit.kube;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import dev.okenet.testkit.kube.internal.ClusterState;
import dev.okenet.testkit.kube.internal.ReachabilityEvaluator;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;
import java.util.Set;

/**
 * "Can A reach B on this port?" in the simulated cluster, answered from the objects in its API
 * (pods, Services, NetworkPolicies, Namespaces, the policy engine's DaemonSet) and the VCN's
 * security rules in FakeOci, with a trace. NetworkPolicy counts only when Calico or Cilium runs in
 * the cluster; the VCN's rules always. See {@code oke-net-testkit-kube/KUBE.md} for the semantics.
 *
 * <pre>{@code
 * ClusterReachability reach = cluster.reachability();
 * reach.policyEngine();                       // Optional[Calico (DaemonSet kube-system/calico-node)]
 * PolicyVerdict v = reach.from(Target.pod("shop", "web-0")).to(Target.service("shop", "api")).on("TCP", 8080);
 * }</pre>
 */
public final class ClusterReachability {
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    private final ReachabilityEvaluator evaluator;

    ClusterReachability(KubernetesClient client, ClusterState state) {
        this.evaluator = new ReachabilityEvaluator(client, state);
    }

    /** The NetworkPolicy engine running in the cluster, if any, and where it was found. */
    public Optional<String> policyEngine() {
        return evaluator.engine();
    }

    /** Starts a question from {@code source} (a pod, a node or an address block). */
    public From from(Target source) {
        notNull(source, "ClusterReachability.from(source)", "Give a pod, a node or an address block, e.g. Target.pod(\"shop\", \"web-0\").");
        return destination -> {
            notNull(destination, "ClusterReachability.From.to(destination)", "Give a pod, a Service, a node or an address block.");
            return (protocol, port) -> {
                notNull(protocol, "ClusterReachability.To.on(protocol, port): protocol", "Give TCP, UDP or SCTP.");
                if (!PROTOCOLS.contains(protocol)) {
                    throw new IllegalArgumentException("protocol \"" + protocol + "\" is not one of TCP, UDP, SCTP");
                }
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("port " + port + " is not 1-65535");
                }
                return evaluator.evaluate(source, destination, protocol, port);
            };
        };
    }

    /** The step after {@code from(..)}. */
    @FunctionalInterface
    public interface From {
        /** The destination: a pod, a Service, a node or an address block. */
        To to(Target destination);
    }

    /** The step after {@code to(..)}. */
    @FunctionalInterface
    public interface To {
        /** The verdict for {@code protocol} ("TCP", "UDP", "SCTP") and destination {@code port}. */
        PolicyVerdict on(String protocol, int port);
    }
}
