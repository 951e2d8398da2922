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
  /** The Kubernetes API endpoint (a /29 suffices). */
  API_ENDPOINT("api", "API endpoint"),
  /** The worker nodes' primary VNICs. */
  WORKERS("workers", "workers"),
  /** VCN-native pod networking: the pods' VNICs and IPs. */
  PODS("pods", "pods"),
  /** Public load balancers (internet-facing LB / NLB). */
  PUBLIC_LOAD_BALANCERS("lb-public", "public load balancers"),
  /** Internal (private) load balancers. */
  INTERNAL_LOAD_BALANCERS("lb-internal", "internal load balancers"),
  /** A user-defined subnet (bastion, database, file storage ...). */
  CUSTOM("custom", "custom");

  private final String key;
  private final String label;

  SubnetRole(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** A short stable key used in logical keys and display names, e.g. "workers". */
  public String key() {
    return key;
  }

  /** A human label, e.g. "public load balancers". */
  public String label() {
    return label;
  }

  /** Whether this role hosts load balancers. */
  public boolean isLoadBalancer() {
    return this == PUBLIC_LOAD_BALANCERS || this == INTERNAL_LOAD_BALANCERS;
  }
}
