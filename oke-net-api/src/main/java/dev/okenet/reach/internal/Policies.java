package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.reach.HopKind;
import dev.okenet.vcn.Port;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The NetworkPolicy step. A pod is isolated for ingress (egress) when its namespace has a default
 * deny for that direction; an isolated pod's traffic then needs an allow whose source matches the
 * sender and whose destination matches the receiver, on the port. An allow by itself isolates
 * nothing: oke-net's intents pair allows with a default deny. Policies count only when the
 * cluster has an enforcing engine; without one, the trace notes each default deny that would have
 * applied, and whether it would have denied the flow.
 */
final class Policies {
  private final boolean enforced;
  private final Map<String, CompiledPolicy> denyIngress = new HashMap<>();
  private final Map<String, CompiledPolicy> denyEgress = new HashMap<>();
  private final CompiledPolicy[] allows;

  Policies(ResolvedNetwork net) {
    this.enforced = net.cluster().policyEngine().enforcesNetworkPolicy();
    List<CompiledPolicy> all = CompiledPolicy.of(net.intent().policies());
    for (CompiledPolicy p : all) {
      if (p.policy.kind() == NetworkPolicy.Kind.DEFAULT_DENY) {
        if (p.policy.deniesIngress()) {
          denyIngress.putIfAbsent(p.policy.namespace(), p);
        }
        if (p.policy.deniesEgress()) {
          denyEgress.putIfAbsent(p.policy.namespace(), p);
        }
      }
    }
    allows = all.stream().filter(p -> p.policy.kind() == NetworkPolicy.Kind.ALLOW).toArray(CompiledPolicy[]::new);
  }

  /** Egress from the pod {@code from} to {@code to}. */
  boolean egress(Site from, Site to, Port p, Trace t) {
    CompiledPolicy deny = denyEgress.get(from.pod.namespace());
    return deny == null || decide(deny, from, to, p, t, from.egressAt, true);
  }

  /** Ingress into the pod {@code to} from {@code from} (the source as the pod sees it). */
  boolean ingress(Site to, Site from, Port p, Trace t) {
    CompiledPolicy deny = denyIngress.get(to.pod.namespace());
    return deny == null || decide(deny, from, to, p, t, to.ingressAt, false);
  }

  private boolean decide(CompiledPolicy deny, Site from, Site to, Port p, Trace t, String at, boolean egress) {
    CompiledPolicy allow = null;
    for (CompiledPolicy a : allows) {
      if (a.allows(from, to, p)) {
        allow = a;
        break;
      }
    }
    if (!enforced) {
      return t.pass(HopKind.POLICY, at, deny.key, allow == null ? deny.notEnforcedWouldDeny : deny.notEnforced);
    }
    if (allow != null) {
      return t.pass(HopKind.POLICY, at, allow.key, allow.description);
    }
    String ns = egress ? from.pod.namespace() : to.pod.namespace();
    return t.deny(HopKind.POLICY, at, deny.key, deny.description + ", and no NetworkPolicy allows " + from.label + " → " + to.label + " on " + p,
        "Add NetworkPolicy.in(" + Code.quote(ns) + ").allow(" + peer(from, ns) + ").to(" + peer(to, ns) + ").on(" + Code.port(p) + ").");
  }

  private static String peer(Site s, String ns) {
    if (s.pod != null) {
      String selector = s.pod.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
      if (s.pod.namespace().equals(ns)) {
        return selector.isEmpty() ? "PolicyPeer.allPods()" : "PolicyPeer.pods(" + Code.quote(selector) + ")";
      }
      return selector.isEmpty() ? "PolicyPeer.namespace(" + Code.quote(s.pod.namespace()) + ")"
          : "PolicyPeer.pods(" + Code.quote(s.pod.namespace()) + ", " + Code.quote(selector) + ")";
    }
    String cidr = s.zone == Zone.INTERNET || s.zone == Zone.SERVICE_NETWORK ? "0.0.0.0/0" : s.cidrText;
    return "PolicyPeer.cidr(" + Code.quote(cidr) + ")";
  }
}
