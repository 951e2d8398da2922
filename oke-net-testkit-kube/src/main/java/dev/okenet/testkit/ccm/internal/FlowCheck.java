package dev.okenet.testkit.ccm.internal;

import java.util.List;
import java.util.Optional;

/**
 * Whether a TCP or UDP flow from one endpoint to another passes OCI's security rules: the sender's
 * egress rules and the receiver's ingress rules must both admit it. Rules are taken as stateful
 * (OKE's are), so replies are not checked. Routing is not checked here.
 */
public final class FlowCheck {
    private final RuleBook rules;

    public FlowCheck(RuleBook rules) {
        this.rules = rules;
    }

    /** The verdict, its step texts starting ALLOWED or DENIED. */
    public Verdict check(Endpoint from, Endpoint to, String protocolNumber, int port) {
        Verdict egress = egress(from, to, protocolNumber, port);
        return egress.allowed() ? ingress(from, to, protocolNumber, port) : egress;
    }

    /** Whether {@code from}'s egress rules let the flow out (always, for outside clients). */
    public Verdict egress(Endpoint from, Endpoint to, String protocolNumber, int port) {
        String flow = name(protocolNumber) + " " + port;
        if (from.subnetId().isEmpty()) {
            return Verdict.allowed("ALLOWED " + from.label() + " are outside the VCN: no egress rules of ours apply");
        }
        List<NormalRule> fromRules = rules.rulesAt(from);
        Optional<NormalRule> egress = fromRules.stream().filter(r -> !r.ingress())
                .filter(r -> r.admits(to, protocolNumber, port)).findFirst();
        if (egress.isEmpty()) {
            return Verdict.denied("DENIED egress from " + from.label() + " to " + to.label() + " on " + flow + ": no egress"
                    + " rule of " + rules.originsOf(fromRules) + " admits it");
        }
        return Verdict.allowed("ALLOWED egress from " + from.label() + " to " + to.label() + " on " + flow + " by "
                + egress.get());
    }

    /** Whether {@code to}'s ingress rules admit the flow from {@code from}. */
    public Verdict ingress(Endpoint from, Endpoint to, String protocolNumber, int port) {
        String flow = name(protocolNumber) + " " + port;
        List<NormalRule> toRules = rules.rulesAt(to);
        Optional<NormalRule> ingress = toRules.stream().filter(NormalRule::ingress)
                .filter(r -> r.admits(from, protocolNumber, port)).findFirst();
        if (ingress.isEmpty()) {
            return Verdict.denied("DENIED ingress at " + to.label() + " from " + from.label() + " on " + flow + ": no ingress"
                    + " rule of " + rules.originsOf(toRules) + " admits it");
        }
        return Verdict.allowed("ALLOWED " + from.label() + " to " + to.label() + " on " + flow + " by " + ingress.get());
    }

    private static String name(String protocolNumber) {
        return "17".equals(protocolNumber) ? "UDP" : "6".equals(protocolNumber) ? "TCP" : "protocol " + protocolNumber;
    }

    /**
     * A flow's outcome.
     *
     * @param allowed whether it passes
     * @param step what allowed it or what stopped it
     */
    public record Verdict(boolean allowed, String step) {
        static Verdict allowed(String step) {
            return new Verdict(true, step);
        }

        static Verdict denied(String step) {
            return new Verdict(false, step);
        }
    }
}
