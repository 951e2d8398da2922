package dev.okenet.testkit.internal.containerengine;

import java.util.Map;

/**
 * VCN-native pod addressing (OCI-FACTS.md, Addresses): each pod VNIC pre-allocates up to 31
 * secondary IPs; a node needs ceil(maxPodsPerNode / 31) pod VNICs, each with one primary IP, so it
 * takes maxPodsPerNode + podVnics addresses of the pod subnet; maxPodsPerNode is capped at
 * min((vnics - 1) x 31, 110), where flexible VM shapes get one VNIC per OCPU, at least 2 and at
 * most 24 (unverified; shapes not in the table are checked only against the 110 cap).
 */
final class PodAddressing {
    static final int IPS_PER_POD_VNIC = 31;
    static final int KUBERNETES_MAX_PODS = 110;
    static final int DEFAULT_MAX_PODS = 31;
    private static final Map<String, Boolean> FLEX_SHAPES = Map.of(
            "VM.Standard.E3.Flex", true, "VM.Standard.E4.Flex", true, "VM.Standard.E5.Flex", true,
            "VM.Standard3.Flex", true, "VM.Optimized3.Flex", true, "VM.Standard.A1.Flex", true);

    private PodAddressing() {}

    static int podVnics(int maxPodsPerNode) {
        return Math.max(1, (maxPodsPerNode + IPS_PER_POD_VNIC - 1) / IPS_PER_POD_VNIC);
    }

    /** Addresses one node takes in the pod subnet. */
    static int podSubnetIpsPerNode(int maxPodsPerNode) {
        return maxPodsPerNode + podVnics(maxPodsPerNode);
    }

    /** The most pods a node of this shape can have, or 110 for shapes not in the table. */
    static int maxPodsFor(String shape, Float ocpus) {
        if (shape == null || !FLEX_SHAPES.containsKey(shape) || ocpus == null) {
            return KUBERNETES_MAX_PODS;
        }
        int vnics = Math.max(2, Math.min(24, (int) Math.floor(ocpus)));
        return Math.min((vnics - 1) * IPS_PER_POD_VNIC, KUBERNETES_MAX_PODS);
    }
}
