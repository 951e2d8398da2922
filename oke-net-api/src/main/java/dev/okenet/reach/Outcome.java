package dev.okenet.reach;

/**
 * What a reachability question comes to.
 *
 * <pre>{@code
 * reach.from(Endpoint.nodes("general")).to(Endpoint.internet()).on(Port.HTTPS).outcome();   // DENIED
 * }</pre>
 */
public enum Outcome {
  /** Every route, security rule, policy and service step lets the traffic through. */
  ALLOWED,
  /** A path exists, but a security rule, a NetworkPolicy or a Service refuses the traffic. */
  DENIED,
  /** No path: a missing route or gateway, an address nobody can reach, a load balancer with no address. */
  NO_ROUTE
}
