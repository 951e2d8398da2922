package dev.okenet.testkit.scheduling;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

/**
 * How much of a pod subnet is taken, counted from the private IPs in the cloud.
 *
 * <pre>{@code
 * SubnetUsage pods = result.podSubnets().get(0);
 * pods.usable();      // 253 for a /24
 * pods.allocated();   // 248: four nodes x (60 pods + 2 VNICs)
 * }</pre>
 *
 * @param subnetId the subnet
 * @param cidr its CIDR
 * @param usable its usable addresses (size - 3)
 * @param allocated private IPs in it
 */
public record SubnetUsage(String subnetId, String cidr, long usable, long allocated) {
    /** Checks that the subnet is named. */
    public SubnetUsage {
        notNull(subnetId, "SubnetUsage: subnetId", "Give the subnet's OCID.");
        notNull(cidr, "SubnetUsage: cidr", "Give the subnet's CIDR block, e.g. \"10.0.32.0/19\".");
    }

    /** Addresses left. */
    public long free() {
        return usable - allocated;
    }
}
