package dev.okenet.reach;

/**
 * The kind of element a {@link Hop} names.
 *
 * <pre>{@code
 * verdict.hops().get(0).kind();   // ROUTE
 * }</pre>
 */
public enum HopKind {
  /** A route rule, a gateway or the VCN's implicit local route. */
  ROUTE,
  /** An NSG or security list rule (or the missing one). */
  SECURITY,
  /** A Kubernetes NetworkPolicy (enforced, or noted as not enforced). */
  POLICY,
  /** A Kubernetes Service step: ClusterIP, node port, load balancer listener, health check, backend. */
  SERVICE,
  /** What the pod networking plugin does with the packet (VCN-native or the flannel overlay). */
  CNI
}
