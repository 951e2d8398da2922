package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The load balancer shape: {@code getLBShape} in {@code load_balancer_spec.go} and
 * {@code parseFlexibleShapeBandwidth} in {@code load_balancer_util.go}, for a load balancer that
 * does not exist yet.
 *
 * <ul>
 *   <li>An NLB has no shape annotation: the CCM sends "flexible" without bandwidths.
 *   <li>The shape annotation is taken as written (default "100Mbps"); only "flexible", in any
 *       case, is recognised and then needs both bandwidth annotations (an empty one is missing).
 *   <li>A bandwidth loses every character that is not a letter or digit, then a trailing "Mbps"
 *       or "mbps", and must then be a whole number ("1,000 Mbps" is 1000, "-5" is 5).
 *   <li>Both bandwidths are clamped to 10..8192 Mbps and the maximum is raised to the minimum:
 *       nothing here is an error.
 * </ul>
 *
 * @param shape the shape sent to OCI
 * @param flexMin the minimum bandwidth of a flexible shape
 * @param flexMax the maximum bandwidth of a flexible shape
 */
record ShapeChoice(String shape, Optional<Integer> flexMin, Optional<Integer> flexMax) {
    static final String FLEXIBLE = "flexible";
    static final String DEFAULT_SHAPE = "100Mbps";
    static final int CLAMP_MIN = 10;
    static final int CLAMP_MAX = 8192;

    static ShapeChoice of(ServiceView svc) {
        if (svc.isNlb()) {
            return new ShapeChoice(FLEXIBLE, Optional.empty(), Optional.empty());
        }
        String shape = svc.annotation(Annotations.LB_SHAPE).orElse(DEFAULT_SHAPE);
        if (!FLEXIBLE.equals(shape.toLowerCase(Locale.ROOT))) {
            return new ShapeChoice(shape, Optional.empty(), Optional.empty());
        }
        String min = svc.annotationOrEmpty(Annotations.LB_FLEX_MIN);
        String max = svc.annotationOrEmpty(Annotations.LB_FLEX_MAX);
        if (min.isEmpty() || max.isEmpty()) {
            throw new CcmFailure("error parsing service annotation: " + Annotations.LB_SHAPE + "=flexible requires "
                    + Annotations.LB_FLEX_MIN + " and " + Annotations.LB_FLEX_MAX + " to be set");
        }
        int minMbps = clamp(bandwidth(min, Annotations.LB_FLEX_MIN));
        int maxMbps = Math.max(clamp(bandwidth(max, Annotations.LB_FLEX_MAX)), minMbps);
        return new ShapeChoice(FLEXIBLE, Optional.of(minMbps), Optional.of(maxMbps));
    }

    /** {@code parseFlexibleShapeBandwidth}. */
    static long bandwidth(String value, String annotation) {
        String digits = value.replaceAll("[^a-zA-Z0-9]+", "");
        if (digits.endsWith("Mbps")) {
            digits = digits.substring(0, digits.length() - 4);
        } else if (digits.endsWith("mbps")) {
            digits = digits.substring(0, digits.length() - 4);
        }
        OptionalLong parsed = GoText.atoi(digits);
        if (parsed.isEmpty()) {
            throw new CcmFailure("invalid format for " + annotation + " annotation : " + value);
        }
        return parsed.getAsLong();
    }

    private static int clamp(long mbps) {
        return (int) Math.max(CLAMP_MIN, Math.min(CLAMP_MAX, mbps));
    }
}
