package dev.okenet.testkit.ccm.internal.rules;

import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The rules the CCM leaves in a security list when it ensures one port of a new load balancer
 * ({@code actualPorts} nil: the simulation creates load balancers, it does not update them):
 * {@code getLoadBalancerIngressRules}, {@code getLoadBalancerEgressRules} and
 * {@code getNodeIngressRules} in {@code load_balancer_security_lists.go}.
 *
 * <p>The CCM owns every single-port TCP rule on the ports it manages: a rule on such a port from or
 * to a peer it does not want is dropped, unless another Service still uses the port
 * ({@link ServicesInUse}). Rules it does not recognise (other protocols, port ranges, source port
 * ranges) are kept untouched. New rules are TCP only, whatever the Service port's protocol
 * ({@code makeIngressSecurityRule}: "TODO(apryde): UDP support"), appended in sorted peer order.
 */
public final class SecurityListRules {
    private SecurityListRules() {}

    /**
     * The load balancer subnet's ingress: clients in {@code sourceCidrs} on {@code listenerPort}.
     */
    public static List<IngressSecurityRule> loadBalancerIngress(List<IngressSecurityRule> rules, List<String> sourceCidrs,
            int listenerPort, ServicesInUse services) {
        TreeSet<String> wanted = new TreeSet<>(sourceCidrs);
        List<IngressSecurityRule> out = new ArrayList<>();
        for (IngressSecurityRule rule : rules) {
            if (!isSinglePortTcp(rule.getTcpOptions(), listenerPort)) {
                out.add(rule);
            } else if (take(wanted, rule.getSource())) {
                out.add(rule);
            } else if (services.listenerPortInUse(listenerPort)) {
                out.add(rule);
            }
        }
        wanted.forEach(cidr -> out.add(ingress(cidr, listenerPort)));
        return out;
    }

    /** The load balancer subnet's egress to the node subnets on {@code port} (a node port or the health check port). */
    public static List<EgressSecurityRule> loadBalancerEgress(List<EgressSecurityRule> rules, List<String> nodeSubnetCidrs,
            int port, ServicesInUse services) {
        TreeSet<String> wanted = new TreeSet<>(nodeSubnetCidrs);
        List<EgressSecurityRule> out = new ArrayList<>();
        for (EgressSecurityRule rule : rules) {
            if (!isSinglePortTcp(rule.getTcpOptions(), port)) {
                out.add(rule);
            } else if (take(wanted, rule.getDestination())) {
                out.add(rule);
            } else if (services.healthCheckPortInUse(port)) {
                out.add(rule);
            }
        }
        wanted.forEach(cidr -> out.add(egress(cidr, port)));
        return out;
    }

    /**
     * A node subnet's ingress: from the load balancer subnets on the node port and the health check
     * port, and, when an NLB preserves the source, from the clients on the node port.
     */
    public static List<IngressSecurityRule> nodeIngress(List<IngressSecurityRule> rules, List<String> lbSubnetCidrs,
            int nodePort, int healthCheckPort, List<String> sourceCidrs, boolean preserveSource, ServicesInUse services) {
        TreeSet<String> backend = new TreeSet<>(lbSubnetCidrs);
        TreeSet<String> health = new TreeSet<>(lbSubnetCidrs);
        if (preserveSource) {
            backend.addAll(sourceCidrs);
        }
        List<IngressSecurityRule> out = new ArrayList<>();
        for (IngressSecurityRule rule : rules) {
            Integer max = singlePortTcpMax(rule.getTcpOptions(), nodePort, healthCheckPort);
            if (max == null) {
                out.add(rule);
            } else if (max == nodePort && take(backend, rule.getSource())) {
                out.add(rule);
            } else if (max == healthCheckPort && take(health, rule.getSource())) {
                out.add(rule);
            } else if (max == healthCheckPort && services.healthCheckPortInUse(healthCheckPort)) {
                out.add(rule);
            }
        }
        if (nodePort != 0) {
            backend.forEach(cidr -> out.add(ingress(cidr, nodePort)));
        }
        if (healthCheckPort != 0) {
            health.forEach(cidr -> out.add(ingress(cidr, healthCheckPort)));
        }
        return out;
    }

    /**
     * {@code securityListRulesChanged}: whether the computed rules differ from the list's, so the
     * CCM calls UpdateSecurityList.
     */
    public static boolean changed(List<?> before, List<?> after) {
        return before.size() != after.size() || !before.containsAll(after);
    }

    /** Removes {@code peer} from {@code wanted} if it is there: the rule for it exists already. */
    private static boolean take(TreeSet<String> wanted, String peer) {
        return peer != null && wanted.remove(peer);
    }

    /** {@code makeIngressSecurityRule}: stateful TCP to one port. */
    public static IngressSecurityRule ingress(String source, int port) {
        return IngressSecurityRule.builder().source(source).sourceType(IngressSecurityRule.SourceType.CidrBlock)
                .protocol("6").tcpOptions(tcp(port)).isStateless(false).build();
    }

    /** {@code makeEgressSecurityRule}: stateful TCP to one port. */
    public static EgressSecurityRule egress(String destination, int port) {
        return EgressSecurityRule.builder().destination(destination)
                .destinationType(EgressSecurityRule.DestinationType.CidrBlock).protocol("6").tcpOptions(tcp(port))
                .isStateless(false).build();
    }

    private static TcpOptions tcp(int port) {
        return TcpOptions.builder().destinationPortRange(PortRange.builder().min(port).max(port).build()).build();
    }

    /** A TCP rule on exactly {@code port}, without a source port range: one the CCM manages. */
    private static boolean isSinglePortTcp(TcpOptions tcp, int port) {
        PortRange range = managedRange(tcp);
        return range != null && range.getMin() == port && range.getMax() == port;
    }

    /**
     * {@code portRangeMatchesSpec}: the rule's upper port when its range is exactly the node port or
     * exactly the health check port, else null (the rule is not the CCM's business).
     */
    private static Integer singlePortTcpMax(TcpOptions tcp, int nodePort, int healthCheckPort) {
        PortRange range = managedRange(tcp);
        if (range == null) {
            return null;
        }
        boolean matches = (range.getMin() == nodePort && range.getMax() == nodePort)
                || (range.getMin() == healthCheckPort && range.getMax() == healthCheckPort);
        return matches ? range.getMax() : null;
    }

    private static PortRange managedRange(TcpOptions tcp) {
        if (tcp == null || tcp.getSourcePortRange() != null || tcp.getDestinationPortRange() == null
                || tcp.getDestinationPortRange().getMin() == null || tcp.getDestinationPortRange().getMax() == null) {
            return null;
        }
        return tcp.getDestinationPortRange();
    }
}
