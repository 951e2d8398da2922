package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.reach.HopKind;
import dev.okenet.vcn.Port;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The NetworkPolicy step, with Kubernetes' semantics over the objects oke-net renders
 * ({@code dev.okenet.manifest}): "a pod is isolated for ingress if there is any NetworkPolicy that
 * both selects the pod and has Ingress in its policyTypes", and likewise for egress; an isolated
 * pod admits only what one of the policies selecting it allows (Kubernetes documentation,
 * Concepts › Services, Load Balancing, and Networking › Network Policies, "The two sorts of pod
 * isolation").
 *
 * <p>Which policies select a pod follows the renderer: a default deny selects every pod of its
 * namespace for the directions it denies. An allow's ingress side selects its destination pods
 * when they live in the policy's namespace or in one that default-denies ingress, and admits its
 * source; its egress side selects its source pods when their namespace default-denies egress, and
 * admits its destination. An IP block selects no pod: an allow to {@code 0.0.0.0/0} lets its
 * source pods out, and isolates or admits nothing at any pod's ingress. So an allow by itself
 * isolates its destination pods: everything else to them is then denied, as in Kubernetes.
 *
 * <p>Policies count only when the cluster has an enforcing engine; without one, the trace notes
 * each policy that would have isolated the pod, and whether it would have denied the flow.
 */
final class Policies {
  private final boolean enforced;
  private final Map<String, CompiledPolicy> denyIngress = new HashMap<>();
  private final Map<String, CompiledPolicy> denyEgress = new HashMap<>();
  /** Allows whose rendered ingress side selects pods, by the pods' namespace. */
  private final Map<String, CompiledPolicy[]> ingressSides = new HashMap<>();
  /** Allows whose rendered egress side selects pods, by the pods' namespace. */
  private final Map<String, CompiledPolicy[]> egressSides = new HashMap<>();

  Policies(ResolvedNetwork net) {
    this.enforced = net.cluster().policyEngine().enforcesNetworkPolicy();
    List<CompiledPolicy> all = CompiledPolicy.of(net.intent().policies());
    for (CompiledPolicy p : all) {
      if (p.policy instanceof NetworkPolicy.DefaultDeny deny) {
        if (deny.deniesIngress()) {
          denyIngress.putIfAbsent(deny.namespace(), p);
        }
        if (deny.deniesEgress()) {
          denyEgress.putIfAbsent(deny.namespace(), p);
        }
      }
    }
    Map<String, List<CompiledPolicy>> ingress = new HashMap<>();
    Map<String, List<CompiledPolicy>> egress = new HashMap<>();
    for (CompiledPolicy p : all) {
      String to = p.destinationNamespace();
      if (to != null && (to.equals(p.policy.namespace()) || denyIngress.containsKey(to))) {
        ingress.computeIfAbsent(to, k -> new ArrayList<>()).add(p);
      }
      String from = p.sourceNamespace();
      if (from != null && denyEgress.containsKey(from)) {
        egress.computeIfAbsent(from, k -> new ArrayList<>()).add(p);
      }
    }
    ingress.forEach((ns, list) -> ingressSides.put(ns, list.toArray(CompiledPolicy[]::new)));
    egress.forEach((ns, list) -> egressSides.put(ns, list.toArray(CompiledPolicy[]::new)));
  }

  /** Egress from the pod {@code from} to {@code to}. */
  boolean egress(Site from, Site to, Port p, Trace t) {
    String ns = from.pod.namespace();
    CompiledPolicy[] sides = egressSides.getOrDefault(ns, NONE);
    CompiledPolicy isolating = denyEgress.get(ns);
    if (isolating == null) {
      isolating = first(sides, from, true);
    }
    if (isolating == null) {
      return true;
    }
    CompiledPolicy allow = null;
    for (CompiledPolicy a : sides) {
      if (a.selectsAsSource(from) && a.allows(from, to, p)) {
        allow = a;
        break;
      }
    }
    return decide(isolating, allow, from, to, p, t, from.egressAt, ns);
  }

  /** Ingress into the pod {@code to} from {@code from} (the source as the pod sees it). */
  boolean ingress(Site to, Site from, Port p, Trace t) {
    String ns = to.pod.namespace();
    CompiledPolicy[] sides = ingressSides.getOrDefault(ns, NONE);
    CompiledPolicy isolating = denyIngress.get(ns);
    if (isolating == null) {
      isolating = first(sides, to, false);
    }
    if (isolating == null) {
      return true;
    }
    CompiledPolicy allow = null;
    for (CompiledPolicy a : sides) {
      if (a.selectsAsDestination(to) && a.allows(from, to, p)) {
        allow = a;
        break;
      }
    }
    return decide(isolating, allow, from, to, p, t, to.ingressAt, ns);
  }

  private static final CompiledPolicy[] NONE = new CompiledPolicy[0];

  /** The first allow whose side selects the pod of {@code s}: it isolates the pod when no default deny does. */
  private static CompiledPolicy first(CompiledPolicy[] sides, Site s, boolean asSource) {
    for (CompiledPolicy a : sides) {
      if (asSource ? a.selectsAsSource(s) : a.selectsAsDestination(s)) {
        return a;
      }
    }
    return null;
  }

  private boolean decide(CompiledPolicy isolating, CompiledPolicy allow, Site from, Site to, Port p, Trace t, String at, String ns) {
    if (!enforced) {
      return t.pass(HopKind.POLICY, at, isolating.key, allow == null ? isolating.notEnforcedWouldDeny : isolating.notEnforced);
    }
    if (allow != null) {
      return t.pass(HopKind.POLICY, at, allow.key, allow.description);
    }
    String why = isolating.policy instanceof NetworkPolicy.DefaultDeny ? isolating.description
        : isolating.description + ", which selects " + (at.startsWith("egress") ? from.label : to.label)
            + ", so only what a NetworkPolicy allows reaches it";
    return t.deny(HopKind.POLICY, at, isolating.key, why + ", and no NetworkPolicy allows " + from.label + " → " + to.label + " on " + p,
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
