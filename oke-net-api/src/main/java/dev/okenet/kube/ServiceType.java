package dev.okenet.kube;

/**
 * Kubernetes Service types.
 *
 * <pre>{@code
 * Service.clusterIp("shop", "api").type();   // CLUSTER_IP
 * }</pre>
 */
public enum ServiceType {
  /** Reachable inside the cluster only. */
  CLUSTER_IP,
  /** Also on every node's port 30000-32767. */
  NODE_PORT,
  /** Also through an OCI load balancer or network load balancer. */
  LOAD_BALANCER
}
