package dev.okenet.testkit.ccm.internal.rules;

import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The NSG rules of rule-management mode "NSG": {@code generateNsgLoadBalancerIngressRules},
 * {@code generateNsgLoadBalancerEgressRules}, {@code generateNsgBackendIngressRules},
 * {@code reconcileSecurityRules} and {@code filterSecurityRulesForService} in
 * {@code load_balancer_network_security_group.go}.
 *
 * <ul>
 *   <li>Frontend NSG (created by the CCM for the load balancer): ingress from every client CIDR on
 *       every listener port; egress to every backend NSG on every node port and, once, on the health
 *       check port. Without a backend NSG there is no egress rule at all.
 *   <li>Each backend NSG: ingress from the frontend NSG on every node port and, once, on the
 *       health check port; when an NLB preserves the source, also from every client CIDR on every
 *       node port.
 *   <li>All TCP, whatever the Service port's protocol; each rule's description is
 *       "service-uid-&lt;uid&gt;", which is how the CCM finds its own rules again: those it no
 *       longer wants are removed, the missing ones added.
 * </ul>
 */
public final class NsgRules {
    private NsgRules() {}

    /** The frontend NSG's ingress rules. */
    public static List<NsgRule> frontendIngress(List<String> sourceCidrs, Collection<LbSpec.PortSpec> ports, String description) {
        List<NsgRule> out = new ArrayList<>();
        for (LbSpec.PortSpec port : ports) {
            if (port.listenerPort() != 0) {
                sourceCidrs.forEach(cidr -> out.add(NsgRule.make(true, cidr, false, port.listenerPort(), description)));
            }
        }
        return out;
    }

    /** The frontend NSG's egress rules. */
    public static List<NsgRule> frontendEgress(Collection<LbSpec.PortSpec> ports, List<String> backendNsgIds,
            String description) {
        List<NsgRule> out = new ArrayList<>();
        boolean healthCheckDone = false;
        for (LbSpec.PortSpec port : ports) {
            if (port.backendPort() != 0) {
                backendNsgIds.forEach(nsg -> out.add(NsgRule.make(false, nsg, true, port.backendPort(), description)));
            }
            if (!healthCheckDone && port.healthCheckPort() != 0) {
                healthCheckDone = true;
                backendNsgIds.forEach(nsg -> out.add(NsgRule.make(false, nsg, true, port.healthCheckPort(), description)));
            }
        }
        return out;
    }

    /** A backend NSG's ingress rules. */
    public static List<NsgRule> backendIngress(Collection<LbSpec.PortSpec> ports, List<String> sourceCidrs,
            boolean preserveSource, String frontendNsgId, String description) {
        List<NsgRule> out = new ArrayList<>();
        if (preserveSource) {
            for (LbSpec.PortSpec port : ports) {
                if (port.backendPort() != 0) {
                    sourceCidrs.forEach(cidr -> out.add(NsgRule.make(true, cidr, false, port.backendPort(), description)));
                }
            }
        }
        boolean healthCheckDone = false;
        for (LbSpec.PortSpec port : ports) {
            if (port.backendPort() != 0) {
                out.add(NsgRule.make(true, frontendNsgId, true, port.backendPort(), description));
            }
            if (!healthCheckDone && port.healthCheckPort() != 0) {
                healthCheckDone = true;
                out.add(NsgRule.make(true, frontendNsgId, true, port.healthCheckPort(), description));
            }
        }
        return out;
    }

    /**
     * What to change in an NSG: the wanted rules missing from {@code existing}, and the ids of the
     * Service's existing rules (same description) that are no longer wanted.
     *
     * @param add rules to add
     * @param removeIds ids of rules to remove
     */
    public record Changes(List<NsgRule> add, List<String> removeIds) {
        public Changes {
            add = List.copyOf(add);
            removeIds = List.copyOf(removeIds);
        }
    }

    /** {@code reconcileSecurityRules} over the rules of {@code existing} that carry {@code description}. */
    public static Changes reconcile(List<NsgRule> wanted, List<NsgRule> existing, String description) {
        List<NsgRule> ours = existing.stream().filter(r -> description.equals(r.description())).toList();
        List<String> remove = new ArrayList<>();
        for (NsgRule rule : ours) {
            if (wanted.stream().noneMatch(rule::sameAs)) {
                remove.add(rule.id());
            }
        }
        List<NsgRule> add = new ArrayList<>();
        for (NsgRule rule : wanted) {
            if (ours.stream().noneMatch(rule::sameAs)) {
                add.add(rule);
            }
        }
        return new Changes(add, remove);
    }
}
