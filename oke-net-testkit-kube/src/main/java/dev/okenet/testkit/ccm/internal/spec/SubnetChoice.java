package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.List;
import java.util.Optional;

/**
 * Which subnets a load balancer goes to: {@code getLoadBalancerSubnets},
 * {@code getOciLoadBalancerSubnets} and {@code getNetworkLoadbalancerSubnets} in
 * {@code pkg/cloudprovider/providers/oci/load_balancer.go}.
 *
 * <ul>
 *   <li>NLB: the non-empty subnet annotation, else the first configured subnet; one subnet only.
 *   <li>LB: subnet1 (alone when regional), subnet2 (alone when regional, else the second of an
 *       AD-specific pair), else the configured ones; an internal LB keeps only the first.
 * </ul>
 */
final class SubnetChoice {
    static final String NO_LB_SUBNET = "a subnet must be specified for creating a load balancer";
    static final String NO_NLB_SUBNET = "a subnet must be specified for a network load balancer";

    private SubnetChoice() {}

    static List<String> of(ServiceView svc, DefaultSubnets defaults, SubnetLookup lookup) {
        return svc.isNlb() ? networkLoadBalancer(svc, defaults) : loadBalancer(svc, defaults, lookup);
    }

    private static List<String> networkLoadBalancer(ServiceView svc, DefaultSubnets defaults) {
        Optional<String> annotated = svc.annotation(Annotations.NLB_SUBNET).filter(s -> !s.isEmpty());
        if (annotated.isPresent()) {
            return List.of(annotated.get());
        }
        String first = defaults.asList().get(0);
        if (first.isEmpty()) {
            throw new CcmFailure(NO_NLB_SUBNET);
        }
        return List.of(first);
    }

    private static List<String> loadBalancer(ServiceView svc, DefaultSubnets defaults, SubnetLookup lookup) {
        boolean internal = Visibility.isInternal(svc);
        List<String> subnets = defaults.asList();
        Optional<String> subnet1 = svc.annotation(Annotations.LB_SUBNET1).filter(s -> !s.isEmpty());
        if (subnet1.isPresent()) {
            subnets.set(0, subnet1.get());
            if (lookup.isRegional(subnet1.get())) {
                return List.of(subnet1.get());
            }
        }
        Optional<String> subnet2 = svc.annotation(Annotations.LB_SUBNET2).filter(s -> !s.isEmpty());
        if (subnet2.isPresent()) {
            if (lookup.isRegional(subnet2.get())) {
                return List.of(subnet2.get());
            }
            if (subnets.size() > 1) {
                subnets.set(1, subnet2.get());
            } else {
                subnets.add(subnet2.get());
            }
        }
        if (subnets.get(0).isEmpty() || (subnets.size() == 2 && subnets.get(1).isEmpty())) {
            throw new CcmFailure(NO_LB_SUBNET);
        }
        // Public load balancers in AD-specific subnets need two; internal ones always use the first.
        return internal ? List.of(subnets.get(0)) : List.copyOf(subnets);
    }
}
