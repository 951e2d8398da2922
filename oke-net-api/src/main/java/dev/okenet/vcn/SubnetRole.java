package dev.okenet.vcn;

/**
 * The part a subnet plays in an OKE cluster. Roles decide the generated route tables and the
 * OKE-required security rules.
 *
 * <pre>{@code
 * Peer.role(SubnetRole.WORKERS)   // "the worker nodes" as a rule's peer
 * }</pre>
 */
public enum SubnetRole {
  /** The Kubernetes API endpoint (it needs one address: a /30 suffices; oke-net carves a /28). */
  API_ENDPOINT("api", "API endpoint", "apiEndpoint"),
  /** The worker nodes' primary VNICs. */
  WORKERS("workers", "workers", "workers"),
  /** VCN-native pod networking: the pods' VNICs and IPs. */
  PODS("pods", "pods", "pods"),
  /** Public load balancers (internet-facing LB / NLB). */
  PUBLIC_LOAD_BALANCERS("lb-public", "public load balancers", "publicLoadBalancers"),
  /** Internal (private) load balancers. */
  INTERNAL_LOAD_BALANCERS("lb-internal", "internal load balancers", "internalLoadBalancers"),
  /** A user-defined subnet (bastion, database, file storage ...). */
  CUSTOM("custom", "custom", "extraSubnets");

  private final String key;
  private final String label;
  private final String modelAttribute;

  SubnetRole(String key, String label, String modelAttribute) {
    this.key = key;
    this.label = label;
    this.modelAttribute = modelAttribute;
  }

  /** The {@code OkeNetwork} attribute (and builder method) holding this role's subnet, e.g. "publicLoadBalancers". */
  public String modelAttribute() {
    return modelAttribute;
  }

  /** A short stable key used in logical keys and display names, e.g. "workers". */
  public String key() {
    return key;
  }

  /** A human label, e.g. "public load balancers". */
  public String label() {
    return label;
  }

  /**
   * The prefix length {@code resolve()} carves for a subnet of this role that gives neither a CIDR
   * nor a prefix length: the {@code Subnet.DEFAULT_*_PREFIX_LENGTH} constants (API endpoint /28,
   * workers /22, pods /19, public load balancers /24, internal load balancers /26, extra subnets /24).
   */
  public int defaultPrefixLength() {
    switch (this) {
      case API_ENDPOINT:
        return Subnet.DEFAULT_API_ENDPOINT_PREFIX_LENGTH;
      case WORKERS:
        return Subnet.DEFAULT_WORKERS_PREFIX_LENGTH;
      case PODS:
        return Subnet.DEFAULT_PODS_PREFIX_LENGTH;
      case PUBLIC_LOAD_BALANCERS:
        return Subnet.DEFAULT_PUBLIC_LOAD_BALANCERS_PREFIX_LENGTH;
      case INTERNAL_LOAD_BALANCERS:
        return Subnet.DEFAULT_INTERNAL_LOAD_BALANCERS_PREFIX_LENGTH;
      default:
        return Subnet.DEFAULT_EXTRA_PREFIX_LENGTH;
    }
  }

  /** Whether this role hosts load balancers. */
  public boolean isLoadBalancer() {
    return this == PUBLIC_LOAD_BALANCERS || this == INTERNAL_LOAD_BALANCERS;
  }
}
