package dev.okenet.oci;

/**
 * The kinds of OCI resource the provider manages, in the order it creates them. Deletion walks the
 * same order backwards ({@link #deleteRank()}): node pools before the cluster, network load
 * balancers and the cluster before the subnets they sit in, subnets before
 * their route tables and security lists, route tables before the gateways they target, and the VCN
 * last.
 *
 * <pre>{@code
 * ResourceType.SUBNET.label();   // "subnet"
 * }</pre>
 */
public enum ResourceType {
  /** The virtual cloud network. */
  VCN("VCN", 13),
  /** The dynamic routing gateway. */
  DRG("DRG", 12),
  /** An internet gateway. */
  INTERNET_GATEWAY("internet gateway", 10),
  /** A NAT gateway. */
  NAT_GATEWAY("NAT gateway", 10),
  /** A service gateway. */
  SERVICE_GATEWAY("service gateway", 10),
  /** A local peering gateway. */
  LOCAL_PEERING_GATEWAY("local peering gateway", 10),
  /** The DRG's attachment to the VCN. */
  DRG_ATTACHMENT("DRG attachment", 9),
  /** A remote peering connection on the DRG, to a DRG in another region. */
  REMOTE_PEERING_CONNECTION("remote peering connection", 9),
  /** A route table. */
  ROUTE_TABLE("route table", 8),
  /** A security list oke-net creates. */
  SECURITY_LIST("security list", 7),
  /** The VCN's default security list: taken over and locked down, never created or deleted. */
  DEFAULT_SECURITY_LIST("default security list", 7),
  /** A network security group and its rules. */
  NETWORK_SECURITY_GROUP("network security group", 6),
  /** A subnet. */
  SUBNET("subnet", 5),
  /** The OKE cluster. */
  CLUSTER("OKE cluster", 2),
  /** An OKE node pool. */
  NODE_POOL("node pool", 1),
  /** A standalone network load balancer in front of an ingress controller (opt-in). */
  NETWORK_LOAD_BALANCER("network load balancer", 3);

  private final String label;
  private final int deleteRank;

  ResourceType(String label, int deleteRank) {
    this.label = label;
    this.deleteRank = deleteRank;
  }

  /** A human name, e.g. "NAT gateway". */
  public String label() {
    return label;
  }

  /** Deletion order: lower ranks are deleted first. */
  public int deleteRank() {
    return deleteRank;
  }
}
