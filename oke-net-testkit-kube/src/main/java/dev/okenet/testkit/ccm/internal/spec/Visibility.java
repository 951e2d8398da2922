package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Optional;

/**
 * Whether the load balancer is internal: {@code isInternalLB} in {@code load_balancer_spec.go}. The
 * LB reads {@code service.beta.kubernetes.io/oci-load-balancer-internal}, the NLB
 * {@code oci-network-load-balancer.oraclecloud.com/internal}; absent means public; the value goes
 * through Go's {@code strconv.ParseBool} ("TRUE" and "1" count, "yes" is an error).
 */
final class Visibility {
    private Visibility() {}

    static boolean isInternal(ServiceView svc) {
        String key = svc.isNlb() ? Annotations.NLB_INTERNAL : Annotations.LB_INTERNAL;
        Optional<String> value = svc.annotation(key);
        if (value.isEmpty()) {
            return false;
        }
        return GoText.parseBool(value.get()).orElseThrow(() -> new CcmFailure("invalid value: " + value.get()
                + " provided for annotation: " + key + ": " + GoText.parseBoolError(value.get())));
    }
}
