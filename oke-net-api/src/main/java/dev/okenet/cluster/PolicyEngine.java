package dev.okenet.cluster;

/**
 * What enforces Kubernetes NetworkPolicy on the cluster. OKE enforces none by itself: without an
 * engine, NetworkPolicies are accepted by the API server and silently ignored.
 *
 * <pre>{@code
 * Cluster.enhanced("v1.31.1").withPolicyEngine(PolicyEngine.CALICO)
 * }</pre>
 */
public enum PolicyEngine {
  /** No engine: NetworkPolicies are not enforced. */
  NONE,
  /** Calico in policy-only mode (works with both CNIs on OKE). */
  CALICO,
  /** Cilium (replaces the CNI; not supported together with VCN-native pods). */
  CILIUM;

  /** Whether NetworkPolicy is enforced. */
  public boolean enforcesNetworkPolicy() {
    return this != NONE;
  }
}
