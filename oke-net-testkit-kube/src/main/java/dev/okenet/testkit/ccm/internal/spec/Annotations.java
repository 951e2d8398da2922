package dev.okenet.testkit.ccm.internal.spec;

/**
 * The Service annotations the simulated CCM reads, spelled as in the constant blocks of
 * {@code pkg/cloudprovider/providers/oci/load_balancer_spec.go} (v1.35.0). Written out here rather
 * than shared with oke-net-impl: the testkit is an independent oracle and must not agree with the
 * rendered manifests by construction.
 */
public final class Annotations {
    /** {@code ServiceAnnotationLoadBalancerType}: "lb" (default) or "nlb", compared case-insensitively. */
    public static final String TYPE = "oci.oraclecloud.com/load-balancer-type";

    static final String LB = "service.beta.kubernetes.io/oci-load-balancer-";
    public static final String LB_INTERNAL = LB + "internal";
    public static final String LB_SHAPE = LB + "shape";
    public static final String LB_FLEX_MIN = LB + "shape-flex-min";
    public static final String LB_FLEX_MAX = LB + "shape-flex-max";
    public static final String LB_SUBNET1 = LB + "subnet1";
    public static final String LB_SUBNET2 = LB + "subnet2";
    public static final String LB_SSL_PORTS = LB + "ssl-ports";
    public static final String LB_TLS_SECRET = LB + "tls-secret";
    public static final String LB_TLS_BACKENDSET_SECRET = LB + "tls-backendset-secret";
    public static final String LB_IDLE_TIMEOUT = LB + "connection-idle-timeout";
    public static final String LB_PROXY_PROTOCOL = LB + "connection-proxy-protocol-version";
    public static final String LB_SL_MODE = LB + "security-list-management-mode";
    public static final String LB_HEALTH_RETRIES = LB + "health-check-retries";
    public static final String LB_HEALTH_INTERVAL = LB + "health-check-interval";
    public static final String LB_HEALTH_TIMEOUT = LB + "health-check-timeout";
    public static final String LB_BACKEND_PROTOCOL = LB + "backend-protocol";
    public static final String LB_NSGS = "oci.oraclecloud.com/oci-network-security-groups";
    public static final String LB_POLICY = "oci.oraclecloud.com/loadbalancer-policy";
    public static final String RULE_MODE = "oci.oraclecloud.com/security-rule-management-mode";
    public static final String BACKEND_NSG = "oci.oraclecloud.com/oci-backend-network-security-group";
    public static final String INGRESS_IP_MODE = "oci.oraclecloud.com/ingress-ip-mode";
    public static final String RULE_SETS = "oci.oraclecloud.com/oci-load-balancer-rule-sets";

    static final String NLB = "oci-network-load-balancer.oraclecloud.com/";
    public static final String NLB_INTERNAL = NLB + "internal";
    public static final String NLB_SUBNET = NLB + "subnet";
    public static final String NLB_NSGS = NLB + "oci-network-security-groups";
    public static final String NLB_HEALTH_RETRIES = NLB + "health-check-retries";
    public static final String NLB_HEALTH_INTERVAL = NLB + "health-check-interval";
    public static final String NLB_HEALTH_TIMEOUT = NLB + "health-check-timeout";
    public static final String NLB_BACKEND_POLICY = NLB + "backend-policy";
    public static final String NLB_SL_MODE = NLB + "security-list-management-mode";
    public static final String NLB_PRESERVE_SOURCE = NLB + "is-preserve-source";
    public static final String NLB_ASSIGNED_IPV4 = NLB + "assigned-private-ipv4";
    public static final String NLB_ASSIGNED_IPV6 = NLB + "assigned-ipv6";

    /** Kubernetes' own source-range annotation ({@code v1.AnnotationLoadBalancerSourceRangesKey}). */
    public static final String SOURCE_RANGES = "service.beta.kubernetes.io/load-balancer-source-ranges";

    private Annotations() {}
}
