package dev.okenet.kube;

/**
 * A Service's externalTrafficPolicy. {@code LOCAL} keeps the client's source address (an NLB then
 * preserves the source, so node-port rules must allow the client CIDRs, not only the LB subnet).
 *
 * <pre>{@code
 * Service.loadBalancer("shop", "web").withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL);
 * }</pre>
 */
public enum ExternalTrafficPolicy {
  /** Any node forwards to any pod; the source is the node (SNAT). */
  CLUSTER,
  /** Only nodes with a ready pod receive traffic; the client source is preserved. */
  LOCAL
}
