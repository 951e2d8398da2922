package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who writes a load balancer's security rules, and the checks the CCM makes on a Service before
 * anything else: {@code getSecurityListManagementMode}, {@code getRuleManagementMode} and
 * {@code validateService} in {@code load_balancer_spec.go}, {@code validateProtocols} in
 * {@code load_balancer_util.go}.
 *
 * <ul>
 *   <li>Security-list mode: "All", "Frontend" or "None", compared exactly. An LB defaults to
 *       "All" and falls back to "All" on any other value; an NLB defaults to "None" and refuses
 *       any other value.
 *   <li>{@code oci.oraclecloud.com/security-rule-management-mode}, when present, wins: "SL-All",
 *       "SL-Frontend" and "NSG" in any case, "None" exactly; anything else is refused.
 *   <li>UDP: an LB refuses it; an NLB takes it only with security-list mode "None". The check reads
 *       the security-list annotation only, so an NLB with UDP and rule-management mode "SL-All"
 *       passes (and its rules are then written for TCP, see {@code SecurityListRules}).
 *   <li>sessionAffinity must be "None".
 * </ul>
 */
final class RuleManagement {
    private static final Set<String> SECURITY_LIST_MODES = Set.of(LbSpec.ALL, LbSpec.FRONTEND, LbSpec.NONE);

    private RuleManagement() {}

    /** {@code validateService}: its errors are wrapped "invalid service: ..." by {@code NewLBSpec}. */
    static void validate(ServiceView svc) {
        String mode;
        try {
            mode = securityListMode(svc);
        } catch (CcmFailure e) {
            throw invalidService(e.getMessage());
        }
        for (ServiceView.Port port : svc.ports()) {
            if ("UDP".equals(port.protocol()) && !svc.isNlb()) {
                throw invalidService("OCI load balancers do not support UDP");
            }
            if ("UDP".equals(port.protocol()) && svc.isNlb() && !LbSpec.NONE.equals(mode)) {
                throw invalidService("Security list management mode can only be 'None' for UDP protocol");
            }
        }
        if (!"None".equals(svc.sessionAffinity())) {
            throw invalidService("OCI only supports SessionAffinity \"None\" currently");
        }
    }

    /** {@code getSecurityListManagementMode}. */
    static String securityListMode(ServiceView svc) {
        String key = svc.isNlb() ? Annotations.NLB_SL_MODE : Annotations.LB_SL_MODE;
        Optional<String> value = svc.annotation(key);
        if (value.isEmpty()) {
            return svc.isNlb() ? LbSpec.NONE : LbSpec.ALL;
        }
        if (SECURITY_LIST_MODES.contains(value.get())) {
            return value.get();
        }
        if (svc.isNlb()) {
            throw new CcmFailure("invalid value: " + value.get() + " provided for annotation: " + key);
        }
        return LbSpec.ALL; // the CCM logs "using default All" and carries on
    }

    /** {@code getRuleManagementMode}: "All", "Frontend", "None" or "NSG". */
    static String ruleMode(ServiceView svc) {
        Optional<String> value = svc.annotation(Annotations.RULE_MODE);
        if (value.isEmpty()) {
            return securityListMode(svc);
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "sl-all":
                return LbSpec.ALL;
            case "sl-frontend":
                return LbSpec.FRONTEND;
            case "nsg":
                return LbSpec.NSG;
            default:
                // Only the exact spelling "None" is known here: "none" is refused.
                if (LbSpec.NONE.equals(value.get())) {
                    return LbSpec.NONE;
                }
                throw new CcmFailure("invalid value: " + value.get() + " provided for annotation: " + Annotations.RULE_MODE);
        }
    }

    private static CcmFailure invalidService(String message) {
        return new CcmFailure("invalid service: " + message);
    }
}
