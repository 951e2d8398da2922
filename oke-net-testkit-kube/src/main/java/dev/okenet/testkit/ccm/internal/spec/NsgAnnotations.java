package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * NSG OCIDs from annotations: {@code getNetworkSecurityGroupIds} and {@code getManagedBackendNSG}
 * in {@code load_balancer_spec.go}, with {@code RemoveDuplicatesFromList} ({@code util.go}).
 *
 * <ul>
 *   <li>The LB reads {@code oci.oraclecloud.com/oci-network-security-groups}, the NLB
 *       {@code oci-network-load-balancer.oraclecloud.com/oci-network-security-groups}; absent or
 *       empty means none.
 *   <li>Spaces are removed, the comma-separated OCIDs de-duplicated and sorted; an empty item
 *       (e.g. "a,,b") is refused.
 *   <li>At most 5 NSGs on the load balancer; the backend NSG list has no limit.
 * </ul>
 */
final class NsgAnnotations {
    static final int MAX_NSGS = 5;

    private NsgAnnotations() {}

    /** The load balancer's own NSGs. */
    static List<String> loadBalancerNsgs(ServiceView svc) {
        return read(svc, svc.isNlb() ? Annotations.NLB_NSGS : Annotations.LB_NSGS, true);
    }

    /** {@code oci.oraclecloud.com/oci-backend-network-security-group}. */
    static List<String> backendNsgs(ServiceView svc) {
        return read(svc, Annotations.BACKEND_NSG, false);
    }

    private static List<String> read(ServiceView svc, String key, boolean limited) {
        Optional<String> value = svc.annotation(key).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String ocid : new TreeSet<>(List.of(value.get().replace(" ", "").split(",", -1)))) {
            if (limited && out.size() + 1 > MAX_NSGS) {
                throw new CcmFailure("invalid number of Network Security Groups (Max: 5) provided for annotation: " + key);
            }
            if (ocid.isEmpty()) {
                throw new CcmFailure("invalid NetworkSecurityGroups OCID: [" + value.get() + "] provided for annotation: " + key);
            }
            out.add(ocid);
        }
        return out;
    }
}
