package dev.okenet.testkit.ccm.internal.spec;

/**
 * The one question about OCI the CCM asks while it reads a Service's subnets
 * ({@code client.NetworkingInterface.IsRegionalSubnet}: a subnet without an availability domain is
 * regional).
 */
@FunctionalInterface
public interface SubnetLookup {
    /**
     * Whether {@code subnetId} is regional.
     *
     * @throws dev.okenet.testkit.ccm.internal.CcmFailure with OCI's error when the subnet cannot be read
     */
    boolean isRegional(String subnetId);

    /**
     * Fetches a chosen subnet ({@code getSubnets} in {@code load_balancer.go}), so that a subnet
     * OCI does not know fails before the Service is read further. Nothing by default.
     *
     * @throws dev.okenet.testkit.ccm.internal.CcmFailure with OCI's error
     */
    default void require(String subnetId) {}
}
