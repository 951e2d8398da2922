package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Optional;
import java.util.Set;

/**
 * The backend set policy: {@code getLoadBalancerPolicy} in {@code load_balancer_spec.go}, with the
 * constants of {@code load_balancer.go}. An LB reads {@code oci.oraclecloud.com/loadbalancer-policy}
 * (ROUND_ROBIN by default, LEAST_CONNECTIONS, IP_HASH); an NLB reads
 * {@code oci-network-load-balancer.oraclecloud.com/backend-policy} (FIVE_TUPLE by default,
 * THREE_TUPLE, TWO_TUPLE). Values are compared exactly; any other is refused.
 */
final class BackendPolicy {
    private static final Set<String> LB = Set.of("ROUND_ROBIN", "LEAST_CONNECTIONS", "IP_HASH");
    private static final Set<String> NLB = Set.of("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE");

    private BackendPolicy() {}

    static String of(ServiceView svc) {
        Optional<String> value = svc.annotation(svc.isNlb() ? Annotations.NLB_BACKEND_POLICY : Annotations.LB_POLICY);
        if (value.isEmpty()) {
            return svc.isNlb() ? "FIVE_TUPLE" : "ROUND_ROBIN";
        }
        if ((svc.isNlb() ? NLB : LB).contains(value.get())) {
            return value.get();
        }
        throw new CcmFailure("loadbalancer policy \"" + value.get() + "\" is not valid");
    }
}
