package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.containerengine.model.ClusterCreateOptions;
import com.oracle.bmc.containerengine.model.ClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.ClusterType;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import com.oracle.bmc.containerengine.model.CreateNodePoolNodeConfigDetails;
import com.oracle.bmc.containerengine.model.CreateNodeShapeConfigDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.FlannelOverlayNodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.KubernetesNetworkConfig;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeNodePoolPodNetworkOptionDetails;
import dev.okenet.ResolvedNetwork;
import dev.okenet.cluster.Cni;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.graph.Ownership;
import dev.okenet.resolved.ResolvedCluster;
import dev.okenet.resolved.ResolvedNodePool;
import java.util.List;

/**
 * Maps the model's cluster networking onto OKE's request types: the endpoint (subnet, NSGs,
 * public IP), pod networking by CNI, pods and services CIDRs, the LB subnets and the cluster type;
 * node pools get their placement per availability domain, NSGs and pod network options. A node
 * pool is created at its minimum size: OKE has no min/max of its own, and a cluster autoscaler
 * (when installed) grows the pool from there; re-plans accept any live size from minimum to
 * maximum, so the provider never fights the autoscaler.
 *
 * <pre>{@code
 * CreateClusterDetails c = new ClusterMapper().cluster(net, refs);
 * CreateNodePoolDetails p = new ClusterMapper().nodePool(net, pool, refs, clusterId, image, List.of("Uocm:US-ASHBURN-AD-1"));
 * }</pre>
 */
public final class ClusterMapper {

  /** The CreateClusterDetails of {@code net}, with OCIDs from {@code refs}. */
  public CreateClusterDetails cluster(ResolvedNetwork net, Refs refs) {
    ResolvedCluster c = net.cluster();
    ClusterPodNetworkOptionDetails pods = c.cni() == Cni.VCN_NATIVE
        ? OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build()
        : FlannelOverlayClusterPodNetworkOptionDetails.builder().build();
    return CreateClusterDetails.builder()
        .name(c.name())
        .compartmentId(net.intent().compartmentId())
        .vcnId(refs.id(ResourceKey.vcn()))
        .kubernetesVersion(c.kubernetesVersion())
        .type(c.type() == dev.okenet.cluster.ClusterType.ENHANCED ? ClusterType.EnhancedCluster : ClusterType.BasicCluster)
        .endpointConfig(CreateClusterEndpointConfigDetails.builder().subnetId(refs.id(c.endpointSubnetKey()))
            .nsgIds(c.endpointNsgKeys().stream().map(refs::id).toList()).isPublicIpEnabled(c.endpointPublic()).build())
        .clusterPodNetworkOptions(List.of(pods))
        .options(ClusterCreateOptions.builder()
            .serviceLbSubnetIds(c.serviceLbSubnetKeys().stream().map(refs::id).toList())
            .kubernetesNetworkConfig(KubernetesNetworkConfig.builder()
                .podsCidr(c.podsCidr().map(Object::toString).orElse(null)).servicesCidr(c.servicesCidr().toString()).build())
            .build())
        .freeformTags(Ownership.tags(net.name(), c.key()))
        .build();
  }

  /**
   * The CreateNodePoolDetails of {@code pool}, without a cluster id unless {@code clusterId} is
   * given, booting {@code image} (by OCID when looked up, else by name) with one placement per
   * availability domain.
   */
  public CreateNodePoolDetails nodePool(ResolvedNetwork net, ResolvedNodePool pool, Refs refs, String clusterId,
      NodePlacement.NodeImage image, List<String> availabilityDomains) {
    String workerSubnet = refs.id(pool.workerSubnetKey());
    NodePoolPodNetworkOptionDetails podOptions = net.cluster().cni() == Cni.VCN_NATIVE
        ? OciVcnIpNativeNodePoolPodNetworkOptionDetails.builder().maxPodsPerNode(pool.maxPodsPerNode())
            .podSubnetIds(pool.podSubnetKey().map(k -> List.of(refs.id(k))).orElse(List.of()))
            .podNsgIds(pool.podNsgKeys().stream().map(refs::id).toList()).build()
        : FlannelOverlayNodePoolPodNetworkOptionDetails.builder().build();
    var shape = pool.pool().shape();
    return CreateNodePoolDetails.builder()
        .compartmentId(net.intent().compartmentId())
        .clusterId(clusterId)
        .name(pool.name())
        .kubernetesVersion(net.cluster().kubernetesVersion())
        .nodeShape(shape.name())
        .nodeShapeConfig(shape.ocpus().map(o -> CreateNodeShapeConfigDetails.builder().ocpus(o.floatValue()).build()).orElse(null))
        .nodeImageName(image.imageId().isPresent() ? null : image.name())
        .nodeSourceDetails(image.imageId().map(id -> NodeSourceViaImageDetails.builder().imageId(id).build()).orElse(null))
        .nodeConfigDetails(CreateNodePoolNodeConfigDetails.builder()
            .size(pool.pool().minNodes())
            .placementConfigs(availabilityDomains.stream()
                .map(ad -> NodePoolPlacementConfigDetails.builder().availabilityDomain(ad).subnetId(workerSubnet).build()).toList())
            .nsgIds(pool.nsgKeys().stream().map(refs::id).toList())
            .nodePoolPodNetworkOptionDetails(podOptions)
            .freeformTags(Ownership.tags(net.name(), pool.key()))
            .build())
        .freeformTags(Ownership.tags(net.name(), pool.key()))
        .build();
  }
}
