package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.IngressRule;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.HopKind;
import dev.okenet.reach.Outcome;
import dev.okenet.reach.Reachability;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** OKE-POL-*: NetworkPolicy that will not behave as declared. Not for users. */
final class PolicyRules {
  /** Where cluster DNS lives; policies may always name it without a declared Service. */
  static final String KUBE_SYSTEM = "kube-system";
  private static final Map<String, String> KUBE_DNS_LABELS = Map.of("k8s-app", "kube-dns");

  private PolicyRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-POL-001", Severity.ERROR, "NetworkPolicy declared but no engine enforces it",
            "OKE enforces no NetworkPolicy by itself: without Calico (or another engine) the API server accepts the "
                + "policies and they are silently ignored, so every pod can reach every other.",
            "Install an engine and declare it: cluster.withPolicyEngine(PolicyEngine.CALICO).",
            PolicyRules::noEngine),
        define("OKE-POL-002", Severity.ERROR, "Cilium with VCN-native pods",
            "Cilium replaces the CNI, and OKE does not support it together with VCN-native pod networking: pods get no "
                + "network or policies are not enforced.",
            "Use Calico (policy-only mode) with VCN-native pods, or run Cilium on flannel-free self-managed networking.",
            PolicyRules::ciliumOnVcnNative),
        define("OKE-POL-003", Severity.WARNING, "Default deny of egress without DNS egress",
            "A default deny of egress also blocks queries to kube-dns: pods cannot resolve names and almost everything "
                + "fails with timeouts.",
            "Add NetworkPolicy.in(namespace).allowDnsEgress() (UDP and TCP 53 to kube-dns).",
            PolicyRules::denyWithoutDns),
        define("OKE-POL-004", Severity.WARNING, "Policy selects no declared workload",
            "A selector that matches no declared Service's pods is usually a label typo: the policy silently applies to "
                + "nothing (and a default deny then blocks the traffic it meant to allow).",
            "Fix the labels, or declare the Service whose pods the policy means.",
            PolicyRules::selectsNothing),
        define("OKE-POL-005", Severity.WARNING, "Ingress route dropped by NetworkPolicy",
            "An ingress controller sends each request straight to a backend pod on the Service's target port. When an "
                + "enforced NetworkPolicy isolates the backend's pods (a default deny of their namespace, or, as in Kubernetes, "
                + "any policy that selects them) and none admits the controller's pods on that port, the host and path answer 502 or 504 although the Ingress, Service and pods all look healthy.",
            "Add the NetworkPolicy.in(..).allow(..).to(..).on(..) the message names: the controller's pods to the "
                + "backend's pods on the target port.",
            PolicyRules::ingressRouteDropped),
        define("OKE-POL-006", Severity.WARNING, "Public LoadBalancer Service dropped by NetworkPolicy",
            "A public load balancer hands each connection to the Service's pods; when an enforced NetworkPolicy isolates "
                + "them (a default deny of their namespace, or any policy that selects them) and none admits the address the pods see, every connection times out although the "
                + "load balancer, its backends and the pods all look healthy. The pods see the client's address when an NLB "
                + "preserves it (externalTrafficPolicy Local), otherwise a node's (kube-proxy forwards from the node) or, for "
                + "an OCI load balancer with externalTrafficPolicy Local, the load balancer's.",
            "Add the NetworkPolicy.in(..).allow(..).to(..).on(..) the message prints: the client CIDRs (or the worker subnet) "
                + "to the Service's pods on the target port.",
            PolicyRules::publicServiceDropped));
  }

  private static void publicServiceDropped(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    // Without an enforcing engine nothing is dropped; OKE-POL-001 says the policies are ignored.
    if (!n.cluster().policyEngine().enforcesNetworkPolicy() || ctx.resolved().isEmpty()) {
      return;
    }
    Reachability reach = ctx.resolved().get().reachability();
    for (Service s : n.services()) {
      if (s.loadBalancer().isEmpty() || s.loadBalancer().get().isInternal()) {
        continue;
      }
      List<Verdict> dropped = new ArrayList<>();
      List<String> fixes = new ArrayList<>();
      boolean preserves = s.loadBalancer().get().preservesSource();
      for (Cidr range : s.loadBalancer().get().effectiveSourceRanges()) {
        Endpoint client = range.prefixLength() == 0 ? Endpoint.internet() : Endpoint.cidr(range);
        for (ServicePort p : s.ports()) {
          boolean udp = p.protocol() == Protocol.UDP;
          Verdict v = reach.from(client).to(Endpoint.service(s.namespace(), s.name())).on(udp ? Port.udp(p.port()) : Port.tcp(p.port()));
          if (!droppedByPolicy(v)) {
            continue;
          }
          dropped.add(v);
          // The pods see the client's address only when the NLB preserves it; then admit exactly the
          // client ranges. Otherwise reachability's own fix names the address the pods do see.
          String fix = preserves
              ? "NetworkPolicy.in(" + quote(s.namespace()) + ").allow(PolicyPeer.cidr(" + quote(range.toString()) + ")).to("
                  + (s.selector().isAll() ? "PolicyPeer.allPods()" : "PolicyPeer.pods(" + quote(s.selector().toString()) + ")")
                  + ").on(Port." + (udp ? "udp" : "tcp") + "(" + p.targetPort() + "))"
              : v.fix().orElse("").replaceFirst("^Add ", "").replaceFirst("\\.$", "");
          if (!fix.isEmpty() && !fixes.contains(fix)) {
            fixes.add(fix);
          }
        }
      }
      if (dropped.isEmpty()) {
        continue;
      }
      Verdict first = dropped.get(0);
      String policy = first.decidingHop().map(h -> h.key()).orElse("a default deny");
      List<String> what = dropped.stream().map(v -> v.from() + " → " + v.port()).distinct().toList();
      out.report(Paths.service(s), "public Service " + s.ref() + " is blocked by NetworkPolicy " + policy + ": " + Rules.and(what)
          + " reaches the load balancer but is denied at the pods (" + s.selector() + " in " + s.namespace() + "), because no "
          + "policy in " + s.namespace() + " admits " + (preserves ? "the clients' addresses (the NLB preserves them: "
          + "externalTrafficPolicy Local)" : "the address the pods see (the load balancer does not preserve the client's)")
          + ": every connection times out.",
          fixes.isEmpty() ? "Allow the clients to the Service's pods on the target port." : "Add " + String.join("; ", fixes) + ".");
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void noEngine(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.policies().isEmpty() || n.cluster().policyEngine().enforcesNetworkPolicy()) {
      return;
    }
    List<String> names = n.policies().stream().map(p -> p.namespace() + "/" + p.name()).toList();
    out.report("cluster.policyEngine", names.size() + (names.size() == 1 ? " NetworkPolicy (" : " NetworkPolicies (")
        + Rules.and(names) + ") will be silently ignored: the cluster has no NetworkPolicy engine (policyEngine NONE).");
  }

  private static void ciliumOnVcnNative(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.cluster().policyEngine() == PolicyEngine.CILIUM && n.podNetworking().isVcnNative()) {
      out.report("cluster.policyEngine", "policy engine Cilium is declared with VCN-native pod networking, a combination OKE does not support.");
    }
  }

  private static void denyWithoutDns(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    for (NetworkPolicy policy : n.policies()) {
      if (!(policy instanceof NetworkPolicy.DefaultDeny deny) || !deny.deniesEgress()) {
        continue;
      }
      boolean dns = n.policies().stream().anyMatch(p -> p.namespace().equals(deny.namespace()) && allowsDns(p));
      if (!dns) {
        out.report(Paths.policy(deny), "the default deny of egress in namespace " + deny.namespace() + " also blocks DNS: no "
            + "policy in " + deny.namespace() + " lets all its pods reach kube-dns (kube-system, k8s-app=kube-dns) on UDP 53, "
            + "so pods cannot resolve names.", "Add NetworkPolicy.in(\"" + deny.namespace() + "\").allowDnsEgress().");
      }
    }
  }

  /** Whether {@code p} lets every pod of its namespace reach kube-dns on UDP 53. */
  private static boolean allowsDns(NetworkPolicy policy) {
    if (!(policy instanceof NetworkPolicy.Allow p)) {
      return false;
    }
    PolicyPeer from = p.source();
    PolicyPeer to = p.destination();
    boolean allPods = (from.kind() == PolicyPeer.Kind.PODS && from.selector().isAll() && from.namespaceIn(p.namespace()).equals(p.namespace()))
        || (from.kind() == PolicyPeer.Kind.NAMESPACE && from.namespaceIn(p.namespace()).equals(p.namespace()));
    boolean reachesDns = switch (to.kind()) {
      case PODS -> to.namespaceIn(p.namespace()).equals(KUBE_SYSTEM) && to.selector().matches(KUBE_DNS_LABELS);
      case NAMESPACE -> to.namespaceIn(p.namespace()).equals(KUBE_SYSTEM);
      case CIDR -> ((PolicyPeer.IpBlock) to).cidr().prefixLength() == 0;
    };
    boolean port53 = p.ports().isEmpty() || p.ports().stream().anyMatch(port -> Port.udp(53).isCoveredBy(port));
    return allPods && reachesDns && port53;
  }

  private static void selectsNothing(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    for (NetworkPolicy policy : n.policies()) {
      if (!(policy instanceof NetworkPolicy.Allow p)) {
        continue;
      }
      for (PolicyPeer peer : List.of(p.source(), p.destination())) {
        if (peer.kind() != PolicyPeer.Kind.PODS || peer.selector().isAll()) {
          continue;
        }
        String ns = peer.namespaceIn(p.namespace());
        if (ns.equals(KUBE_SYSTEM)) {
          continue;
        }
        boolean declared = servicesIn(n, ns).stream().anyMatch(s -> peer.selector().matches(s.selector().labels()));
        if (!declared) {
          List<String> inNs = servicesIn(n, ns).stream().map(s -> s.name() + " (" + s.selector() + ")").toList();
          out.report(Paths.policy(p), "policy " + p.namespace() + "/" + p.name() + " selects pods " + peer.selector()
              + " in namespace " + ns + ", but no declared Service there selects such pods"
              + (inNs.isEmpty() ? " (none is declared in " + ns + ")." : " (declared: " + Rules.and(inNs) + ")."));
        }
      }
    }
  }

  private static List<Service> servicesIn(OkeNetwork n, String namespace) {
    return n.services().stream().filter(s -> s.namespace().equals(namespace)).toList();
  }

  private static void ingressRouteDropped(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    // Without an enforcing engine nothing is dropped; OKE-POL-001 says the policies are ignored.
    if (n.ingresses().isEmpty() || !n.cluster().policyEngine().enforcesNetworkPolicy() || ctx.resolved().isEmpty()) {
      return;
    }
    Reachability reach = ctx.resolved().get().reachability();
    for (Ingress ing : n.ingresses()) {
      // A missing controller or backend is OKE-REF-002's and OKE-REF-003's finding.
      n.service(ing.exposedBy().namespace(), ing.exposedBy().name()).ifPresent(controller -> {
        for (IngressRule r : ing.rules()) {
          n.service(r.backend().namespace(), r.backend().name())
              .ifPresent(backend -> checkRoute(reach, ing, r, controller, backend, out));
        }
      });
    }
  }

  /** Reports {@code route} when NetworkPolicy drops the controller's pods on every target port it may use. */
  private static void checkRoute(Reachability reach, Ingress ing, IngressRule route, Service controller, Service backend,
      Reporter out) {
    Endpoint from = Endpoint.pods(controller.namespace(), controller.selector());
    Endpoint to = Endpoint.pods(backend.namespace(), backend.selector());
    List<Verdict> verdicts = targetPorts(backend, route.port()).stream()
        .map(port -> reach.from(from).to(to).on(Port.tcp(port))).toList();
    if (verdicts.isEmpty() || !verdicts.stream().allMatch(PolicyRules::droppedByPolicy)) {
      return;
    }
    Verdict first = verdicts.get(0);
    List<String> ports = verdicts.stream().map(v -> v.port().toString()).toList();
    String policy = first.decidingHop().map(h -> h.key()).orElse("a default deny");
    out.report("ingresses[" + ing.className() + "]", "ingress class " + ing.className() + " routes " + route.host() + route.path()
        + " to " + backend.ref() + ":" + route.port() + " (target " + Rules.and(ports) + " on pods " + backend.selector() + " in "
        + backend.namespace() + "), but NetworkPolicy " + policy + " isolates " + first.decidingHop().map(h -> h.at()).orElse("")
        + " and no policy admits the ingress controller's pods (" + controller.selector() + " in " + controller.namespace()
        + ", behind " + controller.ref() + ") on " + Rules.and(ports) + ": the route answers 502 or 504.",
        first.fix().orElse("Allow the controller's pods to the backend's pods on " + Rules.and(ports) + "."));
  }

  /** The target ports of the backend's port {@code port}; every TCP target port when none is that port. */
  private static List<Integer> targetPorts(Service backend, int port) {
    List<Integer> matching = backend.ports().stream().filter(p -> p.protocol() == Protocol.TCP && p.port() == port)
        .map(ServicePort::targetPort).distinct().toList();
    return matching.isEmpty()
        ? backend.ports().stream().filter(p -> p.protocol() == Protocol.TCP).map(ServicePort::targetPort).distinct().toList()
        : matching;
  }

  private static boolean droppedByPolicy(Verdict v) {
    return v.outcome() == Outcome.DENIED && v.decidingHop().map(h -> h.kind() == HopKind.POLICY).orElse(false);
  }
}
