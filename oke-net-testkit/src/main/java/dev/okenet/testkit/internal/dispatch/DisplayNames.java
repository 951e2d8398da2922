package dev.okenet.testkit.internal.dispatch;

import dev.okenet.testkit.internal.error.OciErrors;

/**
 * OCI's length limits on a create or update request's {@code displayName}, checked for every
 * operation in one place (the dispatcher), as OCI checks a request before acting on it: Core
 * Services (VirtualNetwork) take 1 to 255 characters (Oracle's API reference, e.g. CreateVcnDetails
 * and CreateNetworkSecurityGroupDetails: "displayName ... Min Length: 1, Max Length: 255"); Network
 * Load Balancer takes up to 1,024 (oracle/oci-cloud-controller-manager
 * {@code load_balancer_util.go}, {@code GetLoadBalancerName}: "1024 is the max length for display
 * name", citing the NLB API's UpdateNetworkLoadBalancerDetails). Other services are not checked.
 */
final class DisplayNames {
    private DisplayNames() {}

    /** Throws OCI's 400 when {@code displayName} breaks {@code service}'s limits. */
    static void check(String service, String operation, String displayName) {
        if (displayName == null || !(operation.startsWith("create") || operation.startsWith("update"))) {
            return;
        }
        int max = switch (service) {
            case "VirtualNetwork" -> 255;
            case "NetworkLoadBalancer" -> 1024;
            default -> Integer.MAX_VALUE;
        };
        if (max == Integer.MAX_VALUE) {
            return;
        }
        if (displayName.isEmpty() || displayName.length() > max) {
            throw OciErrors.invalid("The displayName of " + operation + " is " + displayName.length() + " characters long; "
                    + service + " takes 1 to " + max + ". Use a shorter name.");
        }
    }
}
