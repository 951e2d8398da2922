package dev.okenet.reach;

import dev.okenet.ResolvedNetwork;
import dev.okenet.reach.internal.ReachabilityEngine;
import dev.okenet.vcn.Port;
import java.util.List;

/**
 * Answers "can A reach B on this port?" from a resolved network, with the trace of routes,
 * security rules, NetworkPolicies, Services and CNI steps that decided it; and audits what the
 * internet can reach and who can reach a set of pods. Indexes are built once (when
 * {@code ResolvedNetwork.reachability()} is first called), so a verdict takes microseconds.
 * Instances are immutable and safe to share between threads.
 *
 * <p>A flow on a port range is allowed only when every port of the range is. Semantics, in the
 * order a packet meets them: NetworkPolicy egress at a source pod, the CNI (VCN-native pods are VCN
 * citizens; flannel pods leave the node as the node, and never meet VCN rules inside the overlay),
 * routing (implicit VCN-local route, else longest prefix in the source subnet's route table;
 * internet gateway only for public addresses, NAT egress only, service gateway only to the
 * service network, DRG and LPG only to what they reach, a return route for traffic coming in),
 * security egress at the source and ingress at the destination (security lists and NSGs as a
 * union; a stateless rule needs a rule for the return traffic too), then NetworkPolicy ingress at
 * a destination pod. NetworkPolicy counts only when the cluster has an enforcing engine; the trace
 * notes every policy that is not enforced.
 *
 * <pre>{@code
 * Reachability reach = net.reachability();
 * Verdict v = reach.from(Endpoint.pods("shop", "app=web")).to(Endpoint.internet()).on(Port.HTTPS);
 * v.outcome();   // DENIED
 * v.fix();       // Optional[Add an egress rule …]
 * List<ExposedFlow> exposed = reach.auditInternetIngress();
 * List<Verdict> callers = reach.whoCanReach(Endpoint.pods("shop", "app=api"));
 * }</pre>
 */
public interface Reachability {
  /** Builds the indexes for {@code network}; prefer {@code network.reachability()}, which caches them. */
  static Reachability of(ResolvedNetwork network) {
    return ReachabilityEngine.of(network);
  }

  /** Starts a question from {@code source}. */
  From from(Endpoint source);

  /**
   * Every flow the internet can start into the VCN: for each destination with a public address
   * (public subnets, nodes and API endpoint in public subnets, public load balancers' listeners),
   * each ingress rule that admits a public CIDR and whose flow the full verdict allows.
   */
  List<ExposedFlow> auditInternetIngress();

  /**
   * The allowed verdicts of every known source (the internet, on-premises, peered VCNs, the API
   * endpoint, every node pool, every extra subnet, every set of pods the network's Services and
   * policies name) reaching {@code target} directly, and through every Service selecting it when
   * {@code target} is pods. Ports default to what the network says about the target: Service
   * (target) ports and NetworkPolicy allow ports.
   *
   * @throws IllegalArgumentException when no port is given and none can be derived
   */
  List<Verdict> whoCanReach(Endpoint target, Port... ports);

  /** The step after {@code from(..)}. */
  interface From {
    /** The destination. */
    To to(Endpoint destination);
  }

  /** The step after {@code to(..)}. */
  interface To {
    /**
     * The verdict for traffic on {@code port}: one port such as {@code Port.tcp(443)}, or a range
     * that must be allowed as a whole. Services and load balancers take one TCP or UDP port.
     *
     * @throws IllegalArgumentException when an endpoint names something the network does not
     *     have (an unknown service, node pool, subnet or peer), or a Service is asked on a range
     */
    Verdict on(Port port);
  }
}
