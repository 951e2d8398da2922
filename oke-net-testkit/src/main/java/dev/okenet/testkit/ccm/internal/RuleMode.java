package dev.okenet.testkit.ccm.internal;

/** Who writes a load balancer's security rules, as the CCM's annotations choose it. */
public enum RuleMode {
    /** The CCM writes nothing (the NLB default). */
    NONE,
    /** The CCM writes the client to load balancer ingress into the LB subnet's security list. */
    SL_FRONTEND,
    /** The CCM writes every rule into security lists: frontend, LB to nodes, nodes from LB (the LB default). */
    SL_ALL,
    /** The CCM creates a frontend NSG for the load balancer and writes backend rules into the backend NSG. */
    NSG;

    /** The value of {@code oci.oraclecloud.com/security-rule-management-mode}, or null if not one. */
    static RuleMode ofRuleModeAnnotation(String value) {
        switch (value) {
            case "SL-All":
                return SL_ALL;
            case "SL-Frontend":
                return SL_FRONTEND;
            case "NSG":
                return NSG;
            case "None":
                return NONE;
            default:
                return null;
        }
    }

    /** The value of a {@code ...security-list-management-mode} annotation, or null if not one. */
    static RuleMode ofSecurityListAnnotation(String value) {
        switch (value) {
            case "All":
                return SL_ALL;
            case "Frontend":
                return SL_FRONTEND;
            case "None":
                return NONE;
            default:
                return null;
        }
    }
}
