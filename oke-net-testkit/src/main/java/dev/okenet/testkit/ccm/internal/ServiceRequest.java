package dev.okenet.testkit.ccm.internal;

import dev.okenet.testkit.ccm.ServiceStatus.Kind;
import dev.okenet.testkit.internal.net.Ipv4Cidr;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a LoadBalancer Service asks the CCM for, read from its annotations and spec with the CCM's
 * defaults: an LB unless {@code load-balancer-type: nlb}; public unless the internal annotation is
 * "true"; shape 100Mbps; rule management All for an LB and None for an NLB; clients 0.0.0.0/0
 * unless {@code loadBalancerSourceRanges} says otherwise.
 *
 * @param ref namespace/name
 * @param kind LB or NLB
 * @param internal whether the load balancer gets only a private address
 * @param subnetId the subnet annotation, if given
 * @param shape the LB shape (LB only)
 * @param flexMinMbps the flexible shape's minimum (LB only)
 * @param flexMaxMbps the flexible shape's maximum (LB only)
 * @param nsgIds NSGs to attach to the load balancer
 * @param preserveSource whether an NLB keeps the client's address
 * @param mode who writes the security rules
 * @param backendNsgId the backend NSG for NSG mode
 * @param sourceRanges client CIDRs
 * @param ports the ports with their node ports
 * @param healthCheckPort the port health checks probe
 */
public record ServiceRequest(String ref, Kind kind, boolean internal, Optional<String> subnetId, String shape,
        Optional<Integer> flexMinMbps, Optional<Integer> flexMaxMbps, List<String> nsgIds, boolean preserveSource,
        RuleMode mode, Optional<String> backendNsgId, List<String> sourceRanges, List<ServicePortSpec> ports,
        int healthCheckPort) {
    /** kube-proxy's health check port, probed with externalTrafficPolicy Cluster. */
    public static final int KUBE_PROXY_HEALTH_PORT = 10256;
    static final String FIXED_SHAPE = "100Mbps";
    static final String FLEXIBLE_SHAPE = "flexible";
    static final int FLEX_MIN = 10;
    static final int FLEX_MAX = 8000;

    /** The namespace/name of a Service. */
    public static String refOf(Service service) {
        if (service == null || service.getMetadata() == null || service.getMetadata().getName() == null) {
            throw new IllegalArgumentException("The Service has no metadata.name; give it one (and a namespace).");
        }
        String ns = service.getMetadata().getNamespace() == null ? "default" : service.getMetadata().getNamespace();
        return ns + "/" + service.getMetadata().getName();
    }

    /** Whether the Service is of type LoadBalancer. */
    public static boolean isLoadBalancer(Service service) {
        return service.getSpec() != null && "LoadBalancer".equals(service.getSpec().getType());
    }

    /** The kind a Service asks for, read before anything else can fail. */
    public static Kind kindOf(Service service) {
        return "nlb".equalsIgnoreCase(annotations(service).getOrDefault(LbAnnotations.TYPE, "lb").trim())
                ? Kind.NETWORK_LOAD_BALANCER : Kind.LOAD_BALANCER;
    }

    /**
     * Reads {@code service}, giving its ports node ports from {@code nodePorts}.
     *
     * @throws CcmFailure for what the CCM (or Kubernetes) rejects, with the CCM's reason
     */
    public static ServiceRequest parse(Service service, NodePortAllocator nodePorts) {
        String ref = refOf(service);
        Map<String, String> a = annotations(service);
        Kind kind = kindOf(service);
        boolean nlb = kind == Kind.NETWORK_LOAD_BALANCER;
        boolean internal = bool(a, nlb ? LbAnnotations.NLB_INTERNAL : LbAnnotations.LB_INTERNAL);
        Optional<String> subnet = Optional.ofNullable(a.get(nlb ? LbAnnotations.NLB_SUBNET : LbAnnotations.LB_SUBNET1))
                .map(String::trim).filter(s -> !s.isEmpty());
        List<String> nsgs = list(a.get(nlb ? LbAnnotations.NLB_NSGS : LbAnnotations.LB_NSGS));
        boolean local = "Local".equals(service.getSpec().getExternalTrafficPolicy());
        boolean preserve = nlb && bool(a, LbAnnotations.NLB_PRESERVE_SOURCE);
        if (preserve && !local) {
            throw new CcmFailure("annotation " + LbAnnotations.NLB_PRESERVE_SOURCE + " is \"true\" but the Service's"
                    + " externalTrafficPolicy is not Local; the source can only be preserved with externalTrafficPolicy"
                    + " Local.");
        }
        List<ServicePortSpec> ports = ports(service, ref, nodePorts);
        if (!nlb && ports.stream().anyMatch(p -> "UDP".equals(p.protocol()))) {
            throw new CcmFailure("OCI load balancers support TCP only, but " + ref + " has a UDP port; use a network"
                    + " load balancer (" + LbAnnotations.TYPE + ": nlb).");
        }
        RuleMode mode = mode(a, nlb);
        if (nlb && mode != RuleMode.NONE && mode != RuleMode.NSG && ports.stream().anyMatch(p -> "UDP".equals(p.protocol()))) {
            throw new CcmFailure("security list management mode " + mode + " is not supported for UDP ports of a network"
                    + " load balancer; only None is.");
        }
        String shape = a.getOrDefault(LbAnnotations.LB_SHAPE, FIXED_SHAPE).trim();
        Optional<Integer> min = integer(a, LbAnnotations.LB_FLEX_MIN);
        Optional<Integer> max = integer(a, LbAnnotations.LB_FLEX_MAX);
        if (!nlb && FLEXIBLE_SHAPE.equalsIgnoreCase(shape)) {
            checkFlexible(min, max);
        }
        int healthPort = KUBE_PROXY_HEALTH_PORT;
        if (local) {
            Integer given = service.getSpec().getHealthCheckNodePort();
            healthPort = nodePorts.allocate(ref + " healthCheckNodePort", given == null || given == 0 ? null : given);
        }
        List<String> sources = sourceRanges(service);
        return new ServiceRequest(ref, kind, internal, subnet, shape, min, max, nsgs, preserve, mode,
                Optional.ofNullable(a.get(LbAnnotations.BACKEND_NSG)).map(String::trim).filter(s -> !s.isEmpty()),
                sources, ports, healthPort);
    }

    private static Map<String, String> annotations(Service service) {
        Map<String, String> a = service.getMetadata().getAnnotations();
        return a == null ? Map.of() : a;
    }

    private static boolean bool(Map<String, String> a, String key) {
        return "true".equalsIgnoreCase(a.getOrDefault(key, "false").trim());
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<Integer> integer(Map<String, String> a, String key) {
        String value = a.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new CcmFailure("annotation " + key + " is \"" + value + "\", which is not a whole number of Mbps.");
        }
    }

    private static RuleMode mode(Map<String, String> a, boolean nlb) {
        String ruleMode = a.get(LbAnnotations.RULE_MODE);
        if (ruleMode != null) {
            RuleMode mode = RuleMode.ofRuleModeAnnotation(ruleMode.trim());
            if (mode == null) {
                throw new CcmFailure("annotation " + LbAnnotations.RULE_MODE + " is \"" + ruleMode
                        + "\"; use SL-All, SL-Frontend, NSG or None.");
            }
            return mode;
        }
        String key = nlb ? LbAnnotations.NLB_SL_MODE : LbAnnotations.LB_SL_MODE;
        String listMode = a.get(key);
        if (listMode == null) {
            return nlb ? RuleMode.NONE : RuleMode.SL_ALL;
        }
        RuleMode mode = RuleMode.ofSecurityListAnnotation(listMode.trim());
        if (mode == null) {
            throw new CcmFailure("annotation " + key + " is \"" + listMode + "\"; use All, Frontend or None.");
        }
        return mode;
    }

    private static void checkFlexible(Optional<Integer> min, Optional<Integer> max) {
        if (min.isEmpty() || max.isEmpty()) {
            throw new CcmFailure("the flexible shape needs both " + LbAnnotations.LB_FLEX_MIN + " and "
                    + LbAnnotations.LB_FLEX_MAX + ".");
        }
        if (min.get() < FLEX_MIN || max.get() > FLEX_MAX || min.get() > max.get()) {
            throw new CcmFailure("Error returned by LoadBalancer Service. Http Status Code: 400. Error Code:"
                    + " InvalidParameter. The flexible shape's bandwidth " + min.get() + "-" + max.get() + " Mbps is"
                    + " invalid: it must be " + FLEX_MIN + " to " + FLEX_MAX + " Mbps with minimum <= maximum.");
        }
    }

    private static List<ServicePortSpec> ports(Service service, String ref, NodePortAllocator nodePorts) {
        List<ServicePort> given = service.getSpec().getPorts();
        if (given == null || given.isEmpty()) {
            throw new CcmFailure(ref + " has no ports; a LoadBalancer Service needs at least one.");
        }
        List<ServicePortSpec> out = new ArrayList<>();
        for (ServicePort p : given) {
            if (p.getPort() == null) {
                throw new CcmFailure(ref + " has a port without a port number.");
            }
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol().toUpperCase(Locale.ROOT);
            Integer requested = p.getNodePort() == null || p.getNodePort() == 0 ? null : p.getNodePort();
            int nodePort = nodePorts.allocate(ref + " " + protocol + "/" + p.getPort(), requested);
            out.add(new ServicePortSpec(protocol, p.getPort(), nodePort));
        }
        return out;
    }

    private static List<String> sourceRanges(Service service) {
        List<String> ranges = service.getSpec().getLoadBalancerSourceRanges();
        if (ranges == null || ranges.isEmpty()) {
            return List.of("0.0.0.0/0");
        }
        for (String range : ranges) {
            if (Ipv4Cidr.parse(range).isEmpty()) {
                throw new CcmFailure("loadBalancerSourceRanges entry \"" + range + "\" is not an IPv4 CIDR block.");
            }
        }
        return List.copyOf(ranges);
    }
}
