package dev.okenet.cluster;

/**
 * OKE's cluster types.
 *
 * <pre>{@code
 * Cluster.enhanced("v1.31.1").type();   // ENHANCED
 * }</pre>
 */
public enum ClusterType {
  /** Basic cluster. */
  BASIC,
  /** Enhanced cluster (virtual nodes, add-ons, SLA). */
  ENHANCED
}
