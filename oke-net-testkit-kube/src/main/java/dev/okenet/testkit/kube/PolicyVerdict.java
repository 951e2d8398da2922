package dev.okenet.testkit.kube;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.util.List;

/**
 * Whether traffic gets through the simulated cluster, with the trace of every step that decided
 * it: the policy engine (or its absence), NetworkPolicy egress at the source and ingress at the
 * destination, the Service's translation, the VCN's security rules. Each step starts with
 * {@code ALLOWED}, {@code DENIED} or {@code NOTE}.
 *
 * <pre>{@code
 * PolicyVerdict v = cluster.reachability().from(Target.pod("shop", "web-0")).to(Target.pod("shop", "api-0")).on("TCP", 8080);
 * v.allowed();
 * System.out.println(v.render());
 * }</pre>
 *
 * @param from the source asked about
 * @param to the destination asked about
 * @param protocol "TCP", "UDP" or "SCTP"
 * @param port the destination port asked about
 * @param allowed whether the traffic gets through
 * @param trace the steps, in the order the packet meets them
 */
public record PolicyVerdict(Target from, Target to, String protocol, int port, boolean allowed, List<String> trace) {
    /** Copies the trace. */
    public PolicyVerdict {
        notNull(from, "PolicyVerdict: from", "Give the source, e.g. Target.pod(\"shop\", \"web-0\").");
        notNull(to, "PolicyVerdict: to", "Give the destination, e.g. Target.service(\"shop\", \"api\").");
        notNull(protocol, "PolicyVerdict: protocol", "Give TCP, UDP or SCTP.");
        trace = List.copyOf(notNull(trace, "PolicyVerdict: trace", "Give the steps in the order the packet meets them, or List.of()."));
    }

    /** The question and the outcome on one line. */
    public String summary() {
        return from + " -> " + to + " on " + protocol + " " + port + ": " + (allowed ? "ALLOWED" : "DENIED");
    }

    /** The summary and one numbered line per step. */
    public String render() {
        StringBuilder text = new StringBuilder(summary()).append('\n');
        for (int i = 0; i < trace.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(trace.get(i)).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
