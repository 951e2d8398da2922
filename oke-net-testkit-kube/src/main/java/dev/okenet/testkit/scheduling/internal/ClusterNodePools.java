package dev.okenet.testkit.scheduling.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Node;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.requests.GetNodePoolRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import com.oracle.bmc.containerengine.responses.ListNodePoolsResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The node pools of one cluster as GetNodePool returns them (with their nodes and node config),
 * read through every page of ListNodePools: what the scheduler's and the node controller's views
 * of the cluster are built from.
 *
 * <pre>{@code
 * for (NodePool pool : ClusterNodePools.read(engine, compartmentId, clusterId)) { ... }
 * }</pre>
 */
public final class ClusterNodePools {
    private ClusterNodePools() {}

    /** Every node pool of cluster {@code clusterId}, in listing order. */
    public static List<NodePool> read(ContainerEngine engine, String compartmentId, String clusterId) {
        List<NodePool> pools = new ArrayList<>();
        String page = null;
        do {
            ListNodePoolsResponse response = engine.listNodePools(ListNodePoolsRequest.builder().compartmentId(compartmentId)
                    .clusterId(clusterId).page(page).build());
            for (NodePoolSummary summary : response.getItems()) {
                pools.add(engine.getNodePool(GetNodePoolRequest.builder().nodePoolId(summary.getId()).build()).getNodePool());
            }
            page = response.getOpcNextPage();
        } while (page != null);
        return pools;
    }

    /** The nodes of {@code pool}, none when it has none yet. */
    public static List<Node> nodes(NodePool pool) {
        return pool.getNodes() == null ? List.of() : pool.getNodes();
    }
}
