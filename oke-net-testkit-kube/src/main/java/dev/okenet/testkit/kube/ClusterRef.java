package dev.okenet.testkit.kube;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;


/**
 * An OKE cluster in FakeOci: its compartment and OCID.
 *
 * <pre>{@code
 * ClusterRef ref = new ClusterRef("ocid1.compartment.oc1..example", clusterId);
 * }</pre>
 *
 * @param compartmentId the compartment its node pools and load balancers live in
 * @param clusterId the cluster's OCID
 */
public record ClusterRef(String compartmentId, String clusterId) {
    /** Checks both are given. */
    public ClusterRef {
        notNull(compartmentId, "ClusterRef: compartmentId", "Give the compartment its node pools and load balancers live in.");
        notNull(clusterId, "ClusterRef: clusterId", "Give the OKE cluster's OCID.");
    }
}
