package dev.okenet.testkit.kube.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.scheduling.internal.FlannelIpam;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the controllers share about the OKE cluster in FakeOci: its ids, pod networking, services
 * CIDR, flannel's per-node /25s, and the cloud node behind each Kubernetes Node (by node name).
 */
public final class ClusterState {
    /** OKE's default services CIDR ({@code KubernetesNetworkConfig.servicesCidr} javadoc: 10.96.0.0/16). */
    public static final String DEFAULT_SERVICES_CIDR = "10.96.0.0/16";
    /** OKE's default flannel pods CIDR ({@code KubernetesNetworkConfig.podsCidr} javadoc: 10.244.0.0/16). */
    public static final String DEFAULT_PODS_CIDR = "10.244.0.0/16";

    private final FakeOci oci;
    private final String compartmentId;
    private final String clusterId;
    private final boolean flannel;
    private final String servicesCidr;
    private final String podsCidr;
    private final String vcnId;
    private final FlannelIpam ipam;
    private final Map<String, CloudNodes.CloudNode> byNodeName = new ConcurrentHashMap<>();

    public ClusterState(FakeOci oci, String compartmentId, String clusterId) {
        this.oci = oci;
        this.compartmentId = compartmentId;
        this.clusterId = clusterId;
        Cluster cluster;
        try {
            cluster = oci.containerEngine().getCluster(GetClusterRequest.builder().clusterId(clusterId).build()).getCluster();
        } catch (BmcException e) {
            throw new IllegalArgumentException("FakeOci has no OKE cluster " + clusterId + " (" + e.getServiceCode()
                    + "): create the cluster and its node pools in this FakeOci first (a ClusterSeed, or a provider's"
                    + " apply), then start the simulated cluster over its OCID.", e);
        }
        this.flannel = cluster.getClusterPodNetworkOptions() == null || cluster.getClusterPodNetworkOptions().isEmpty()
                || cluster.getClusterPodNetworkOptions().get(0) instanceof FlannelOverlayClusterPodNetworkOptionDetails;
        var network = cluster.getOptions() == null ? null : cluster.getOptions().getKubernetesNetworkConfig();
        this.servicesCidr = Optional.ofNullable(network).map(n -> n.getServicesCidr()).orElse(DEFAULT_SERVICES_CIDR);
        this.podsCidr = Optional.ofNullable(network).map(n -> n.getPodsCidr()).orElse(DEFAULT_PODS_CIDR);
        this.vcnId = cluster.getVcnId();
        this.ipam = flannel ? new FlannelIpam(podsCidr) : null;
    }

    public FakeOci oci() {
        return oci;
    }

    public String compartmentId() {
        return compartmentId;
    }

    public String clusterId() {
        return clusterId;
    }

    public boolean flannel() {
        return flannel;
    }

    public String servicesCidr() {
        return servicesCidr;
    }

    /** The flannel pods CIDR (meaningful on flannel only). */
    public String podsCidr() {
        return podsCidr;
    }

    public String vcnId() {
        return vcnId;
    }

    /** Flannel's node IPAM; empty on VCN-native clusters. */
    public Optional<FlannelIpam> ipam() {
        return Optional.ofNullable(ipam);
    }

    /** The cloud node behind Kubernetes Node {@code nodeName}. */
    public Optional<CloudNodes.CloudNode> cloudNode(String nodeName) {
        return Optional.ofNullable(byNodeName.get(nodeName));
    }

    void nodes(Map<String, CloudNodes.CloudNode> current) {
        byNodeName.keySet().retainAll(current.keySet());
        byNodeName.putAll(current);
    }

    List<CloudNodes.CloudNode> readCloudNodes() {
        return CloudNodes.read(oci.containerEngine(), compartmentId, clusterId);
    }
}
