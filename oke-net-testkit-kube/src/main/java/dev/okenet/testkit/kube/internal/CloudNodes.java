package dev.okenet.testkit.kube.internal;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Node;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import dev.okenet.testkit.scheduling.internal.ClusterNodePools;
import dev.okenet.testkit.scheduling.internal.ClusterView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's worker nodes as FakeOci's Container Engine reports them, with what their node pool
 * says about pods and security groups: what a node joining the cluster brings.
 */
public final class CloudNodes {
    private CloudNodes() {}

    /**
     * One worker instance.
     *
     * @param id its instance OCID
     * @param ociName the node's name in the node pool
     * @param pool its node pool's name
     * @param shape the node pool's shape
     * @param availabilityDomain its AD
     * @param faultDomain its fault domain
     * @param state its lifecycle state
     * @param privateIp its primary address, once it has one
     * @param subnetId its worker subnet
     * @param nsgIds its node pool's NSGs
     * @param error its node error
     * @param vcnNative whether its pods are VCN-native
     * @param maxPods maxPodsPerNode (VCN-native) or Kubernetes' 110 (flannel)
     * @param podSubnetIds the pod subnets (VCN-native)
     * @param podNsgIds the pods' NSGs (VCN-native)
     */
    public record CloudNode(String id, String ociName, String pool, String shape, String availabilityDomain,
            String faultDomain, String state, Optional<String> privateIp, String subnetId, List<String> nsgIds,
            Optional<String> error, boolean vcnNative, int maxPods, List<String> podSubnetIds, List<String> podNsgIds) {
        /** Up with its primary VNIC. */
        public boolean isActive() {
            return "ACTIVE".equals(state) && privateIp.isPresent();
        }

        /**
         * Joined the cluster although its pod VNICs found the pod subnet full: the kubelet registers,
         * the CNI then has no address for its pods (the scheduling simulation's reading of a node
         * error naming a pod subnet; FakeOci reports such a node FAILING, without an address).
         */
        public boolean joinedWithoutPodAddresses() {
            return "FAILING".equals(state) && error.map(e -> podSubnetIds.stream().anyMatch(e::contains)).orElse(false);
        }

        /** The Kubernetes Node name: its private IP, or its node pool name when it has none. */
        public String nodeName() {
            return privateIp.orElse(ociName);
        }

        /** Whether it runs the kubelet: active, or joined without pod addresses. */
        public boolean joined() {
            return isActive() || joinedWithoutPodAddresses();
        }
    }

    /** Every node of cluster {@code clusterId}, in node pool and node order. */
    public static List<CloudNode> read(ContainerEngine engine, String compartmentId, String clusterId) {
        List<CloudNode> nodes = new ArrayList<>();
        for (NodePool pool : ClusterNodePools.read(engine, compartmentId, clusterId)) {
            var config = pool.getNodeConfigDetails();
            List<String> nsgs = config == null || config.getNsgIds() == null ? List.of() : config.getNsgIds();
            var options = config == null ? null : config.getNodePoolPodNetworkOptionDetails();
            boolean vcnNative = options instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails;
            int maxPods = ClusterView.KUBERNETES_MAX_PODS;
            List<String> podSubnets = List.of();
            List<String> podNsgs = List.of();
            if (options instanceof OciVcnIpNativeNodePoolPodNetworkOptionDetails v) {
                maxPods = v.getMaxPodsPerNode() == null ? 31 : v.getMaxPodsPerNode();
                podSubnets = v.getPodSubnetIds() == null ? List.of() : v.getPodSubnetIds();
                podNsgs = v.getPodNsgIds() == null ? List.of() : v.getPodNsgIds();
            }
            for (Node node : ClusterNodePools.nodes(pool)) {
                nodes.add(new CloudNode(node.getId(), node.getName(), pool.getName(), pool.getNodeShape(),
                        node.getAvailabilityDomain(), node.getFaultDomain(),
                        node.getLifecycleState() == null ? "UNKNOWN" : node.getLifecycleState().getValue(),
                        Optional.ofNullable(node.getPrivateIp()), node.getSubnetId(), nsgs,
                        Optional.ofNullable(node.getNodeError()).map(e -> e.getMessage()), vcnNative, maxPods,
                        podSubnets, podNsgs));
            }
        }
        return nodes;
    }
}
