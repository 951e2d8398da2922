package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.Node;
import com.oracle.bmc.containerengine.model.NodeError;
import java.util.ArrayList;
import java.util.List;

/** One worker node of a node pool: where it lives, when it comes up, the addresses it holds. */
final class NodeRecord {
    final String id;
    final String name;
    final String nodePoolId;
    final String subnetId;
    final String availabilityDomain;
    final long upAt;
    final List<String> privateIpIds = new ArrayList<>();
    /** The pod VNICs' addresses, each VNIC's taken as one block. */
    final List<dev.okenet.testkit.internal.core.VirtualNetworkBackend.IpBlockHandle> podIpBlocks = new ArrayList<>();
    String privateIp;
    String errorCode;
    String errorMessage;
    long deletingAt = Long.MAX_VALUE;
    long deletedAt = Long.MAX_VALUE;

    NodeRecord(String id, String name, String nodePoolId, String subnetId, String availabilityDomain, long upAt) {
        this.id = id;
        this.name = name;
        this.nodePoolId = nodePoolId;
        this.subnetId = subnetId;
        this.availabilityDomain = availabilityDomain;
        this.upAt = upAt;
    }

    boolean failed() {
        return errorCode != null;
    }

    Node render(long now, String kubernetesVersion) {
        String state;
        if (now >= deletedAt) {
            state = "DELETED";
        } else if (now >= deletingAt) {
            state = "DELETING";
        } else if (now < upAt) {
            state = "CREATING";
        } else {
            state = failed() ? "FAILING" : "ACTIVE";
        }
        return Node.builder().id(id).name(name).nodePoolId(nodePoolId).subnetId(subnetId)
                .availabilityDomain(availabilityDomain).kubernetesVersion(kubernetesVersion)
                .privateIp(privateIp).faultDomain("FAULT-DOMAIN-1")
                .lifecycleState(Node.LifecycleState.create(state))
                .nodeError(failed() ? NodeError.builder().code(errorCode).message(errorMessage).build() : null)
                .build();
    }
}
