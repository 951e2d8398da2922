package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Optional;

/**
 * Whether an NLB keeps the client's address: {@code getPreserveSource} and
 * {@code getPreserveSourceAnnotation} in {@code load_balancer_spec.go}.
 *
 * <ul>
 *   <li>Only when the type annotation is exactly "nlb": this check does not lower-case it, so a
 *       Service typed "NLB" gets an NLB that never preserves the source and whose
 *       {@code is-preserve-source} is not checked.
 *   <li>With externalTrafficPolicy Cluster the annotation must be absent, whatever its value: the
 *       CCM refuses the Service.
 *   <li>Absent means true; a present value goes through Go's {@code strconv.ParseBool}.
 *   <li>The source is preserved only with externalTrafficPolicy Local.
 * </ul>
 */
final class PreserveSource {
    private PreserveSource() {}

    static boolean of(ServiceView svc) {
        if (!"nlb".equals(svc.annotationOrEmpty(Annotations.TYPE))) {
            return false;
        }
        Optional<String> value = svc.annotation(Annotations.NLB_PRESERVE_SOURCE);
        if (ServiceView.CLUSTER.equals(svc.externalTrafficPolicy()) && value.isPresent()) {
            throw new CcmFailure(Annotations.NLB_PRESERVE_SOURCE
                    + " annotation cannot be set when externalTrafficPolicy is set to Cluster");
        }
        boolean enabled = value.isEmpty() || GoText.parseBool(value.get()).orElseThrow(() -> new CcmFailure(
                "failed to to parse " + Annotations.NLB_PRESERVE_SOURCE + " annotation value - " + value.get()));
        return ServiceView.LOCAL.equals(svc.externalTrafficPolicy()) && enabled;
    }
}
