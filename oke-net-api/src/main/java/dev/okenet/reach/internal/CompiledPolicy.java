package dev.okenet.reach.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Selector;
import dev.okenet.vcn.Port;
import java.util.List;

/** A NetworkPolicy intent flattened for matching, with its trace texts rendered once. */
final class CompiledPolicy {
  final NetworkPolicy policy;
  final String key;
  final String description;
  final String notEnforced;
  final String notEnforcedWouldDeny;
  /** For an allow: the side that selects pods by label (the destination of ingress, the source of egress); null for a deny. */
  private final Side source;
  private final Side destination;
  private final Port[] ports;

  CompiledPolicy(NetworkPolicy policy) {
    this.policy = policy;
    this.key = policy.namespace() + "/" + policy.name();
    String described = policy.describe();
    this.description = described.startsWith(key + ": ") ? described.substring(key.length() + 2) : described;
    this.notEnforced = "NetworkPolicy " + key + " is not enforced: no policy engine";
    this.notEnforcedWouldDeny = notEnforced + " (an engine would deny this flow)";
    if (policy instanceof NetworkPolicy.Allow a) {
      this.source = new Side(a.source(), a.namespace());
      this.destination = new Side(a.destination(), a.namespace());
      this.ports = a.ports().toArray(new Port[0]);
    } else {
      this.source = null;
      this.destination = null;
      this.ports = new Port[0];
    }
  }

  /** For an allow: whether it lets {@code from} reach {@code to} on {@code p}. */
  boolean allows(Site from, Site to, Port p) {
    return source != null && source.matches(from) && destination.matches(to) && portMatches(p);
  }

  /** For an allow whose destination is pods: the namespace they live in, else null. */
  String destinationNamespace() {
    return destination == null || destination.ipBlock ? null : destination.namespace;
  }

  /** For an allow whose source is pods: the namespace they live in, else null. */
  String sourceNamespace() {
    return source == null || source.ipBlock ? null : source.namespace;
  }

  /** For an allow: whether its destination selects the pod of {@code s} (an IP block selects no pod). */
  boolean selectsAsDestination(Site s) {
    return destination != null && !destination.ipBlock && destination.matches(s);
  }

  /** For an allow: whether its source selects the pod of {@code s} (an IP block selects no pod). */
  boolean selectsAsSource(Site s) {
    return source != null && !source.ipBlock && source.matches(s);
  }

  private boolean portMatches(Port p) {
    if (ports.length == 0) {
      return true;
    }
    for (Port allowed : ports) {
      if (p.isCoveredBy(allowed)) {
        return true;
      }
    }
    return false;
  }

  /** One side of an allow, with the namespace it means resolved against the policy's. */
  private static final class Side {
    private final PolicyPeer.Kind kind;
    private final boolean ipBlock;
    private final String namespace;
    private final Selector selector;
    private final boolean ipv4;
    private final long lo;
    private final long hi;

    Side(PolicyPeer peer, String policyNamespace) {
      this.kind = peer.kind();
      this.ipBlock = peer instanceof PolicyPeer.IpBlock;
      this.namespace = peer.namespaceIn(policyNamespace);
      this.selector = peer.selector();
      Cidr c = peer instanceof PolicyPeer.IpBlock b ? b.cidr() : null;
      this.ipv4 = c != null && c.isIpv4();
      this.lo = ipv4 ? c.firstAddress() : 1;
      this.hi = ipv4 ? c.lastAddress() : 0;
    }

    boolean matches(Site s) {
      switch (kind) {
        case PODS:
          return s.pod != null && s.pod.namespace().equals(namespace) && selector.matches(s.pod.labels());
        case NAMESPACE:
          return s.pod != null && s.pod.namespace().equals(namespace);
        default:
          if (s.zone == Zone.SERVICE_NETWORK) {
            return ipv4 && lo == 0 && hi == 0xFFFF_FFFFL;
          }
          return ipv4 && s.hasRange && lo <= s.lo && s.hi <= hi;
      }
    }
  }

  static List<CompiledPolicy> of(List<NetworkPolicy> policies) {
    return policies.stream().map(CompiledPolicy::new).toList();
  }
}
