package dev.okenet.reach;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Port;

/**
 * One row of the internet-ingress audit: a destination in the VCN that the internet can open
 * connections to, on which ports, from which client CIDR, and the security rule that lets it in.
 *
 * <pre>{@code
 * for (ExposedFlow f : net.reachability().auditInternetIngress()) {
 *   System.out.println(f);   // "load balancer shop/web on TCP 443 from 0.0.0.0/0 via nsg:lb-public (…)"
 * }
 * }</pre>
 *
 * @param destination what is exposed
 * @param port the ports exposed (a listener port for load balancers, the rule's ports otherwise)
 * @param source the client CIDR the rule admits, e.g. "0.0.0.0/0"
 * @param ruleSetKey the NSG or security list holding the rule
 * @param rule the rule as text, with its description
 * @param verdict the full verdict for a client in {@code source} reaching {@code destination}
 */
public record ExposedFlow(Endpoint destination, Port port, String source, String ruleSetKey, String rule, Verdict verdict) {
  /** Checks that nothing is missing. */
  public ExposedFlow {
    Require.components(ExposedFlow.class, destination, port, source, ruleSetKey, rule, verdict);
  }

  @Override
  public String toString() {
    return destination + " on " + port + " from " + source + " via " + ruleSetKey + " (" + rule + ")";
  }
}
