package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Service asks about the load balancer's addresses: {@code getLoadBalancerIP},
 * {@code getIngressIpMode}, {@code getAssignedPrivateIP} and {@code getRuleSets} in
 * {@code load_balancer_spec.go}.
 *
 * <ul>
 *   <li>spec.loadBalancerIP (a reserved public IP) must be an IP address and is refused on an
 *       internal load balancer.
 *   <li>{@code oci.oraclecloud.com/ingress-ip-mode}: "proxy" or "vip" in any case.
 *   <li>The assigned-private-IP annotations are refused unless the Service asks for an NLB.
 *   <li>Rule sets are refused on an NLB.
 * </ul>
 */
final class AddressOptions {
    private AddressOptions() {}

    static Optional<String> loadBalancerIp(ServiceView svc, boolean internal) {
        String ip = svc.loadBalancerIp();
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        if (!isIp(ip)) {
            throw new CcmFailure("invalid value " + GoText.quote(ip) + " provided for LoadBalancerIP");
        }
        if (internal) {
            throw new CcmFailure("invalid service: cannot create a private load balancer with Reserved IP");
        }
        return Optional.of(ip);
    }

    static Optional<String> ingressIpMode(ServiceView svc) {
        Optional<String> value = svc.annotation(Annotations.INGRESS_IP_MODE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "proxy":
                return Optional.of("Proxy");
            case "vip":
                return Optional.of("VIP");
            default:
                throw new CcmFailure("IpMode can only be set as Proxy or VIP");
        }
    }

    static void assignedPrivateIps(ServiceView svc) {
        boolean asked = svc.annotation(Annotations.NLB_ASSIGNED_IPV4).isPresent()
                || svc.annotation(Annotations.NLB_ASSIGNED_IPV6).isPresent();
        if (asked && !svc.isNlb()) {
            throw new CcmFailure("Private IP assignment via annoations " + Annotations.NLB_ASSIGNED_IPV4 + " & "
                    + Annotations.NLB_ASSIGNED_IPV6 + " is supported only in OCI Network Loadbalancer. Set "
                    + Annotations.TYPE + " to nlb");
        }
    }

    static void ruleSets(ServiceView svc) {
        if (svc.annotation(Annotations.RULE_SETS).isPresent() && svc.isNlb()) {
            throw new CcmFailure("invalid annotation " + Annotations.RULE_SETS
                    + ". Rule Sets are not supported by Network Load Balancer");
        }
    }

    /** Go's {@code net.ParseIP}: dotted IPv4 without leading zeros, or an IPv6 literal. */
    static boolean isIp(String text) {
        if (text.contains(":")) {
            return text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                    && text.indexOf(":::") < 0;
        }
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
