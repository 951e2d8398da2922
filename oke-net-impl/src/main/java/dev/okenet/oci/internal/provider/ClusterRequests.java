package dev.okenet.oci.internal.provider;

import com.oracle.bmc.containerengine.model.CreateNodePoolDetails;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ClusterDetails;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.cluster.AvailabilityDomains;
import dev.okenet.oci.internal.cluster.ClusterMapper;
import dev.okenet.oci.internal.cluster.NodePlacement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster and node pool requests of a network whose cluster the user creates (network-only
 * mode), filled in with the network's OCIDs, the node image (given, or looked up through
 * ContainerEngine) and the availability domains (given, or listed once through Identity; never
 * guessed).
 *
 * <pre>{@code
 * ClusterDetails d = new ClusterRequests(cloud, placement, domains).of(net, applyResult.idsByKey());
 * }</pre>
 */
public final class ClusterRequests {
  private final Cloud cloud;
  private final NodePlacement placement;
  private final AvailabilityDomains domains;

  public ClusterRequests(Cloud cloud, NodePlacement placement, AvailabilityDomains domains) {
    this.cloud = cloud;
    this.placement = placement;
    this.domains = domains;
  }

  /** The requests for {@code net}, with the OCIDs in {@code idsByKey}. */
  public ClusterDetails of(ResolvedNetwork net, Map<ResourceKey, String> idsByKey) {
    Map<ResourceKey, String> ids = new LinkedHashMap<>(idsByKey);
    Refs refs = key -> {
      String id = ids.get(key);
      if (id == null) {
        throw new IllegalArgumentException("networkOnly: no OCID for '" + key + "' of network '" + net.name()
            + "'. Apply the network first and pass ApplyResult.idsByKey(), or use networkOnly(net) to read them.");
      }
      return id;
    };
    ClusterMapper mapper = new ClusterMapper();
    List<CreateNodePoolDetails> pools = new ArrayList<>();
    CloudContext ctx = cloud.context(net.intent().compartmentId(), net.name());
    AvailabilityDomains.Once placed = domains.once();
    net.nodePools().forEach(p -> pools.add(mapper.nodePool(net, p, refs, null,
        placement.image(net.cluster().kubernetesVersion(), p.pool().shape().name(), ctx),
        NodePlacement.require(placed.domains(ctx), "node pool '" + p.name() + "'"))));
    return new ClusterDetails(mapper.cluster(net, refs), pools);
  }
}
