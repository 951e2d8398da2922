package dev.okenet.testkit.scheduling.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.Node;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster read from ContainerEngine: its pod networking and every node of its node pools.
 *
 * @param flannel whether pods use the flannel overlay (else VCN-native)
 * @param podsCidr the flannel pods CIDR
 * @param nodes every node, in node pool and node order
 */
public record ClusterView(boolean flannel, Optional<String> podsCidr, List<NodeView> nodes) {
    /** Kubernetes' default max-pods, which flannel nodes on OKE keep. */
    public static final int KUBERNETES_MAX_PODS = 110;
    /** OKE's default maxPodsPerNode when a VCN-native node pool names none. */
    static final int DEFAULT_VCN_NATIVE_MAX_PODS = 31;

    public ClusterView {
        nodes = List.copyOf(nodes);
    }

    /** Reads cluster {@code clusterId} of {@code compartmentId}. */
    public static ClusterView read(ContainerEngine engine, String compartmentId, String clusterId) {
        Cluster cluster = engine.getCluster(GetClusterRequest.builder().clusterId(clusterId).build()).getCluster();
        boolean flannel = cluster.getClusterPodNetworkOptions() == null || cluster.getClusterPodNetworkOptions().isEmpty()
                || cluster.getClusterPodNetworkOptions().get(0) instanceof FlannelOverlayClusterPodNetworkOptionDetails;
        Optional<String> podsCidr = Optional.ofNullable(cluster.getOptions())
                .map(o -> o.getKubernetesNetworkConfig()).map(k -> k.getPodsCidr());
        List<NodeView> nodes = new ArrayList<>();
        for (NodePool pool : ClusterNodePools.read(engine, compartmentId, clusterId)) {
            int maxPods = KUBERNETES_MAX_PODS;
            List<String> podSubnets = List.of();
            var options = pool.getNodeConfigDetails() == null ? null
                    : pool.getNodeConfigDetails().getNodePoolPodNetworkOptionDetails();
            if (options instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails vcnNative) {
                maxPods = vcnNative.getMaxPodsPerNode() == null ? DEFAULT_VCN_NATIVE_MAX_PODS : vcnNative.getMaxPodsPerNode();
                podSubnets = vcnNative.getPodSubnetIds() == null ? List.of() : vcnNative.getPodSubnetIds();
            }
            for (Node node : ClusterNodePools.nodes(pool)) {
                nodes.add(new NodeView(node.getId(), node.getName(), pool.getName(), maxPods, podSubnets,
                        node.getLifecycleState() == null ? "UNKNOWN" : node.getLifecycleState().getValue(),
                        Optional.ofNullable(node.getPrivateIp()),
                        Optional.ofNullable(node.getNodeError()).map(e -> e.getMessage())));
            }
        }
        return new ClusterView(flannel, podsCidr, nodes);
    }
}
