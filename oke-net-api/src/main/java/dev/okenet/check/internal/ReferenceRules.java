package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.OkeNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.cluster.NodePool;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.IngressRule;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServiceType;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** OKE-REF-*: names that point at nothing declared (NSGs, Services). Not for users. */
final class ReferenceRules {
  private ReferenceRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-REF-001", Severity.ERROR, "Reference to an undeclared custom NSG",
            "Node pools, Services and rules name custom NSGs by name; an undeclared name cannot be attached (OKE or the "
                + "CCM fails) and rules naming it are dropped by resolve().",
            "Declare the NSG with addNsg(Nsg.named(\"...\")) or fix the name.",
            ReferenceRules::undeclaredNsg),
        define("OKE-REF-002", Severity.ERROR, "Ingress exposed by a Service that is missing or not a LoadBalancer",
            "An ingress controller gets its external address from its LoadBalancer Service; if that Service is not "
                + "declared as one, every host of the ingress is unreachable from outside.",
            "Declare the controller's Service with Service.loadBalancer(namespace, name), or fix exposedBy.",
            ReferenceRules::ingressController),
        define("OKE-REF-003", Severity.WARNING, "Ingress routes to an undeclared Service",
            "A route to a Service the network does not declare answers 503, and the network cannot check its policies.",
            "Declare the backend Service, or fix the route's namespace/name.",
            ReferenceRules::ingressBackend));
  }

  private static void undeclaredNsg(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Set<String> declared = n.nsgs().stream().map(Nsg::name).collect(Collectors.toSet());
    for (NodePool pool : n.nodePools()) {
      for (String name : pool.nsgNames()) {
        report(declared, name, Paths.nodePool(pool.name()), "node pool '" + pool.name() + "' attaches NSG", out);
      }
      for (String name : pool.podNsgNames()) {
        report(declared, name, Paths.nodePool(pool.name()), "node pool '" + pool.name() + "' attaches to its pods NSG", out);
      }
    }
    for (Service s : n.services()) {
      for (String name : s.loadBalancer().map(o -> o.nsgNames()).orElse(List.of())) {
        report(declared, name, Paths.service(s), "the load balancer of " + s.ref() + " attaches NSG", out);
      }
    }
    for (DeclaredRules.Declared d : DeclaredRules.of(ctx)) {
      Peer p = d.rule().peer();
      // In a security list an NSG peer is OKE-SEC-005's finding, whether declared or not.
      if (p instanceof Peer.NsgPeer nsg && !d.inSecurityList()) {
        report(declared, nsg.name(), d.path(), "rule '" + d.rule() + "' names NSG", out);
      }
    }
  }

  private static void report(Set<String> declared, String name, String path, String who, Reporter out) {
    if (!declared.contains(name)) {
      out.report(path, who + " '" + name + "', which is not declared"
          + (declared.isEmpty() ? " (the network declares no custom NSG)." : " (declared: " + declared.stream().sorted().toList() + ")."),
          "Declare it with addNsg(Nsg.named(\"" + name + "\")) or fix the name.");
    }
  }

  private static void ingressController(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    for (Ingress ing : n.ingresses()) {
      Optional<Service> controller = n.service(ing.exposedBy().namespace(), ing.exposedBy().name());
      String path = "ingresses[" + ing.className() + "]";
      if (controller.isEmpty()) {
        out.report(path, "ingress class " + ing.className() + " is exposed by Service " + ing.exposedBy()
            + ", which is not declared: its hosts get no external address.");
      } else if (controller.get().type() != ServiceType.LOAD_BALANCER) {
        out.report(path, "ingress class " + ing.className() + " is exposed by Service " + ing.exposedBy() + " of type "
            + controller.get().type() + ", which gets no external address.",
            "Declare " + ing.exposedBy() + " with Service.loadBalancer(\"" + ing.exposedBy().namespace() + "\", \""
                + ing.exposedBy().name() + "\").");
      }
    }
  }

  private static void ingressBackend(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    for (Ingress ing : n.ingresses()) {
      for (IngressRule r : ing.rules()) {
        if (n.service(r.backend().namespace(), r.backend().name()).isEmpty()) {
          out.report("ingresses[" + ing.className() + "]", "ingress class " + ing.className() + " routes " + r.host() + r.path()
              + " to Service " + r.backend() + ", which is not declared.");
        }
      }
    }
  }
}
