package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The client CIDRs: {@code getLoadBalancerSourceRanges} in {@code load_balancer_spec.go} over
 * Kubernetes' {@code GetLoadBalancerSourceRanges} ({@code k8s.io/kubernetes/pkg/api/v1/service})
 * and {@code ParseIPNets} ({@code k8s.io/utils/net}), IPv4 only.
 *
 * <ul>
 *   <li>spec.loadBalancerSourceRanges when given, else the
 *       {@code service.beta.kubernetes.io/load-balancer-source-ranges} annotation
 *       (comma-separated), else 0.0.0.0/0.
 *   <li>Each entry is trimmed and normalised to its network ("10.0.0.7/24" becomes
 *       "10.0.0.0/24"); duplicates collapse. The CCM iterates a Go map, so its order is random:
 *       here they are sorted.
 * </ul>
 */
final class SourceRanges {
    static final String ANY = "0.0.0.0/0";

    private SourceRanges() {}

    static List<String> of(ServiceView svc) {
        if (!svc.sourceRanges().isEmpty()) {
            return parse(svc.sourceRanges()).orElseThrow(() -> new CcmFailure("service.Spec.LoadBalancerSourceRanges: "
                    + "[" + String.join(" ", svc.sourceRanges()) + "] is not valid. Expecting a list of IP ranges. For example,"
                    + " 10.0.0.0/24. Error msg: invalid CIDR address: " + firstInvalid(svc.sourceRanges())));
        }
        String value = svc.annotationOrEmpty(Annotations.SOURCE_RANGES).strip();
        String effective = value.isEmpty() ? ANY : value;
        List<String> specs = List.of(effective.split(",", -1));
        return parse(specs).orElseThrow(() -> new CcmFailure(Annotations.SOURCE_RANGES + ": " + effective
                + " is not valid. Expecting a comma-separated list of source IP ranges. For example,"
                + " 10.0.0.0/24,192.168.2.0/24"));
    }

    private static Optional<List<String>> parse(List<String> specs) {
        TreeSet<String> out = new TreeSet<>();
        for (String spec : specs) {
            Optional<Ipv4Cidr> cidr = cidr(spec);
            if (cidr.isEmpty()) {
                return Optional.empty();
            }
            out.add(cidr.get().network().toString());
        }
        return Optional.of(List.copyOf(out));
    }

    private static String firstInvalid(List<String> specs) {
        return specs.stream().map(String::strip).filter(s -> cidr(s).isEmpty()).findFirst().orElse("");
    }

    private static Optional<Ipv4Cidr> cidr(String spec) {
        String trimmed = spec.strip();
        if (trimmed.contains(":")) {
            throw new UnsupportedOperationException("SimulatedCcm simulates IPv4 only, but a load balancer source range is"
                    + " the IPv6 block \"" + trimmed + "\"; see oke-net-testkit/CCM.md.");
        }
        return Ipv4Cidr.parse(trimmed);
    }
}
