package dev.okenet.doctor.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.NodePool;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.vcn.Cidr;
import dev.okenet.adopt.internal.LiveNetwork;
import dev.okenet.adopt.internal.SubnetRoles;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's OCI side as the doctor reads it: the {@link LiveNetwork} the importer's reader
 * ({@code LiveReader}, on the provider's {@code CompartmentRead}) returns for the cluster's VCN,
 * with the lookups the checks need — a Kubernetes Node's OCI node and pool, a subnet by OCID, the
 * rules of a subnet's security lists and of an NSG. Nothing here calls OCI.
 *
 * <pre>{@code
 * CloudSnapshot cloud = new CloudSnapshot(live);
 * cloud.nodeOf(kubeNode).map(CloudSnapshot.PoolNode::pool);
 * }</pre>
 */
public final class CloudSnapshot {
  /** The CCM's providerID prefix ({@code pkg/cloudprovider/providers/oci/ccm.go}, {@code providerPrefix}). */
  static final String PROVIDER_PREFIX = "oci://";

  /**
   * An OCI node with its pool.
   *
   * @param pool the node pool
   * @param node the node as the pool lists it
   */
  public record PoolNode(NodePool pool, com.oracle.bmc.containerengine.model.Node node) {
    /** The pool's worker NSGs. */
    public List<String> nsgIds() {
      return pool.getNodeConfigDetails() == null || pool.getNodeConfigDetails().getNsgIds() == null ? List.of()
          : pool.getNodeConfigDetails().getNsgIds();
    }
  }

  private final LiveNetwork live;

  public CloudSnapshot(LiveNetwork live) {
    this.live = live;
  }

  public LiveNetwork live() {
    return live;
  }

  public Optional<Cluster> cluster() {
    return live.cluster();
  }

  public List<NodePool> nodePools() {
    return live.nodePools();
  }

  public Optional<Subnet> subnet(String id) {
    return id == null ? Optional.empty() : live.subnet(id);
  }

  /** A subnet's display name and CIDR, e.g. "broken-pods 10.0.1.0/24", or its OCID when unknown. */
  public String describeSubnet(String id) {
    return subnet(id).map(s -> s.getDisplayName() + " " + s.getCidrBlock()).orElse(id);
  }

  public Optional<RouteTable> routeTable(String id) {
    return id == null ? Optional.empty() : live.routeTable(id);
  }

  public Optional<NetworkSecurityGroup> nsg(String id) {
    return live.nsg(id);
  }

  /** An NSG's display name, or its OCID when it is not in the VCN. */
  public String nsgName(String id) {
    return nsg(id).map(NetworkSecurityGroup::getDisplayName).orElse(id);
  }

  public List<SecurityRule> nsgRules(String id) {
    return live.rulesOf(id);
  }

  /** The security lists of subnet {@code subnetId} that the VCN listing has. */
  public List<SecurityList> securityListsOf(String subnetId) {
    return subnet(subnetId).map(s -> s.getSecurityListIds() == null ? List.<String>of() : s.getSecurityListIds()).orElse(List.of())
        .stream().map(live::securityList).flatMap(Optional::stream).toList();
  }

  /** The NSGs of the VCN whose display name is {@code name} (the CCM names its frontend NSGs). */
  public List<String> nsgsNamed(String name) {
    return live.nsgs().stream().filter(n -> name.equals(n.getDisplayName())).map(NetworkSecurityGroup::getId).toList();
  }

  /** Private IPs in use in the subnet (ListPrivateIps), when it could be read. */
  public Optional<Integer> privateIpsInUse(String subnetId) {
    return Optional.ofNullable(live.privateIpsInUse().get(subnetId));
  }

  /** Usable addresses of the subnet: its size less OCI's three reserved ones. */
  public Optional<Long> usable(String subnetId) {
    return subnet(subnetId).map(s -> Cidr.of(s.getCidrBlock()).usableAddresses());
  }

  /**
   * The OCI node behind a Kubernetes Node: by {@code spec.providerID} ({@code oci://<instance OCID>}),
   * else by its InternalIP.
   */
  public Optional<PoolNode> nodeOf(Node node) {
    String provider = node.getSpec() == null ? null : node.getSpec().getProviderID();
    String instance = provider != null && provider.startsWith(PROVIDER_PREFIX) ? provider.substring(PROVIDER_PREFIX.length()) : null;
    List<String> ips = node.getStatus() == null || node.getStatus().getAddresses() == null ? List.of()
        : node.getStatus().getAddresses().stream().filter(a -> "InternalIP".equals(a.getType())).map(NodeAddress::getAddress).toList();
    for (NodePool p : live.nodePools()) {
      for (var n : p.getNodes() == null ? List.<com.oracle.bmc.containerengine.model.Node>of() : p.getNodes()) {
        if ((instance != null && instance.equals(n.getId())) || (instance == null && n.getPrivateIp() != null
            && ips.contains(n.getPrivateIp()))) {
          return Optional.of(new PoolNode(p, n));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a read failed whose operation names one of {@code parts} (e.g. "NETWORK_SECURITY_GROUP",
   * "ROUTE_TABLE"): a check that needs it would judge from a partial picture, so it does not run.
   */
  public boolean readFailed(String... parts) {
    return live.readFindings().stream().anyMatch(f -> java.util.Arrays.stream(parts).anyMatch(p -> f.path().contains(p)
        || f.message().contains(p)));
  }

  /** The pod subnets of a VCN-native pool (empty on flannel). */
  public static List<String> podSubnetIds(NodePool pool) {
    return SubnetRoles.vcnNative(pool).map(o -> o.getPodSubnetIds() == null ? List.<String>of() : o.getPodSubnetIds())
        .orElse(List.of());
  }

  /** The maxPodsPerNode of a VCN-native pool, when OCI says it. */
  public static Optional<Integer> maxPodsPerNode(NodePool pool) {
    return SubnetRoles.vcnNative(pool).map(o -> o.getMaxPodsPerNode());
  }

  /** The pool's nodes that are not being deleted. */
  public static List<com.oracle.bmc.containerengine.model.Node> liveNodes(NodePool pool) {
    return (pool.getNodes() == null ? List.<com.oracle.bmc.containerengine.model.Node>of() : pool.getNodes()).stream()
        .filter(n -> n.getLifecycleState() != com.oracle.bmc.containerengine.model.Node.LifecycleState.Deleting
            && n.getLifecycleState() != com.oracle.bmc.containerengine.model.Node.LifecycleState.Deleted)
        .toList();
  }
}
