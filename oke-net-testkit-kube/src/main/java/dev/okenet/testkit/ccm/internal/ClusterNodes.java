package dev.okenet.testkit.ccm.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Node;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.responses.ListNodePoolsResponse;
import java.util.ArrayList;
import java.util.List;

/** The worker nodes of a cluster that are up and hold an address: the load balancers' backends. */
public final class ClusterNodes {
    private ClusterNodes() {}

    /**
     * A worker node as a backend.
     *
     * @param name the node's name
     * @param ip its primary private IP
     * @param subnetId its worker subnet
     * @param nsgIds its node pool's NSGs
     */
    public record WorkerNode(String name, String ip, String subnetId, List<String> nsgIds) {
        public WorkerNode {
            nsgIds = List.copyOf(nsgIds);
        }

        /** The node as a flow endpoint. */
        public Endpoint endpoint() {
            return Endpoint.vnic("node " + name + " (" + ip + ")", ip, subnetId, nsgIds);
        }
    }

    /** The ACTIVE nodes with an address, in node pool and node order. */
    public static List<WorkerNode> ready(ContainerEngine engine, String compartmentId, String clusterId) {
        List<WorkerNode> nodes = new ArrayList<>();
        String page = null;
        do {
            ListNodePoolsResponse response = engine.listNodePools(ListNodePoolsRequest.builder()
                    .compartmentId(compartmentId).clusterId(clusterId).page(page).build());
            for (NodePoolSummary summary : response.getItems()) {
                NodePool pool = engine.getNodePool(GetNodePoolRequest.builder().nodePoolId(summary.getId()).build())
                        .getNodePool();
                List<String> nsgs = pool.getNodeConfigDetails() == null || pool.getNodeConfigDetails().getNsgIds() == null
                        ? List.of() : pool.getNodeConfigDetails().getNsgIds();
                for (Node node : pool.getNodes() == null ? List.<Node>of() : pool.getNodes()) {
                    if (node.getLifecycleState() == Node.LifecycleState.Active && node.getPrivateIp() != null) {
                        nodes.add(new WorkerNode(node.getName(), node.getPrivateIp(), node.getSubnetId(), nsgs));
                    }
                }
            }
            page = response.getOpcNextPage();
        } while (page != null);
        return nodes;
    }
}
