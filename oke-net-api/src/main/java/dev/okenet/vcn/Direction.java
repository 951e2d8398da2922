package dev.okenet.vcn;

/**
 * The direction of a security rule, seen from the resource it protects.
 *
 * <pre>{@code
 * SecurityRule.ingress(Peer.anyIpv4(), Port.HTTPS).direction();   // INGRESS
 * }</pre>
 */
public enum Direction {
  /** Traffic arriving at the resource. */
  INGRESS,
  /** Traffic leaving the resource. */
  EGRESS
}
