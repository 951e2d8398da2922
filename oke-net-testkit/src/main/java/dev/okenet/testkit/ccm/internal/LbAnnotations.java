package dev.okenet.testkit.ccm.internal;

/**
 * The Service annotations the simulated CCM understands (shared/OCI-FACTS.md, "Services and load
 * balancers"). Written out here rather than shared with oke-net-impl: the testkit is an independent
 * oracle and must not agree with the manifests by construction.
 */
final class LbAnnotations {
    static final String TYPE = "oci.oraclecloud.com/load-balancer-type";
    static final String LB = "service.beta.kubernetes.io/oci-load-balancer-";
    static final String LB_INTERNAL = LB + "internal";
    static final String LB_SHAPE = LB + "shape";
    static final String LB_FLEX_MIN = LB + "shape-flex-min";
    static final String LB_FLEX_MAX = LB + "shape-flex-max";
    static final String LB_SUBNET1 = LB + "subnet1";
    static final String LB_SL_MODE = LB + "security-list-management-mode";
    static final String LB_NSGS = "oci.oraclecloud.com/oci-network-security-groups";
    static final String RULE_MODE = "oci.oraclecloud.com/security-rule-management-mode";
    static final String BACKEND_NSG = "oci.oraclecloud.com/oci-backend-network-security-group";
    static final String NLB = "oci-network-load-balancer.oraclecloud.com/";
    static final String NLB_INTERNAL = NLB + "internal";
    static final String NLB_SUBNET = NLB + "subnet";
    static final String NLB_NSGS = NLB + "oci-network-security-groups";
    static final String NLB_PRESERVE_SOURCE = NLB + "is-preserve-source";
    static final String NLB_SL_MODE = NLB + "security-list-management-mode";
    static final String NLB_BACKEND_POLICY = NLB + "backend-policy";

    private LbAnnotations() {}
}
