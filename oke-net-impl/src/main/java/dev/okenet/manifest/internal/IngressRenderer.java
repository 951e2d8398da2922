package dev.okenet.manifest.internal;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.IngressRule;
import dev.okenet.kube.IngressTls;
import dev.okenet.kube.ServiceType;
import dev.okenet.manifest.ManifestException;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the model's Ingresses. A Kubernetes Ingress routes only to Services of its own
 * namespace, so one model Ingress becomes one object per backend namespace, named after its class
 * ("nginx", or "nginx-2" for the second Ingress of that class). Paths are prefixes.
 *
 * <pre>{@code
 * new IngressRenderer(prod).renderAll();   // [shop/nginx]
 * }</pre>
 */
public final class IngressRenderer {
  private final OkeNetwork network;

  /** A renderer for the Ingresses of {@code network}. */
  public IngressRenderer(OkeNetwork network) {
    this.network = network;
  }

  /** Every Ingress object, in declaration order. */
  public List<io.fabric8.kubernetes.api.model.networking.v1.Ingress> renderAll() {
    List<io.fabric8.kubernetes.api.model.networking.v1.Ingress> out = new ArrayList<>();
    Map<String, Integer> seenPerClass = new LinkedHashMap<>();
    for (Ingress ingress : network.ingresses()) {
      int ordinal = seenPerClass.merge(ingress.className(), 1, Integer::sum);
      String name = ordinal == 1 ? ingress.className() : ingress.className() + "-" + ordinal;
      out.addAll(render(ingress, name));
    }
    return out;
  }

  private List<io.fabric8.kubernetes.api.model.networking.v1.Ingress> render(Ingress ingress, String name) {
    String subject = "Ingress " + name + " (class " + ingress.className() + ")";
    checkController(ingress, subject);
    if (ingress.rules().isEmpty()) {
      throw new ManifestException(subject, "has no rule, so it would route nothing. Add one: .addRoute(\"shop.example.com\", \"/\", ServiceRef.parse(\"shop/web\"), 80).");
    }
    Map<String, List<IngressRule>> byNamespace = new LinkedHashMap<>();
    for (IngressRule r : ingress.rules()) {
      byNamespace.computeIfAbsent(r.backend().namespace(), k -> new ArrayList<>()).add(r);
    }
    checkTlsHosts(ingress, subject);
    List<io.fabric8.kubernetes.api.model.networking.v1.Ingress> out = new ArrayList<>();
    byNamespace.forEach((namespace, rules) -> out.add(new IngressBuilder()
        .withMetadata(ObjectMetas.namespaced(network.name(), namespace, name, Map.of()))
        .withNewSpec()
        .withIngressClassName(ingress.className())
        .withRules(rules(rules))
        .withTls(tls(ingress, rules))
        .endSpec()
        .build()));
    return out;
  }

  /** The class only works if its controller is exposed: say so now rather than after kubectl apply. */
  private void checkController(Ingress ingress, String subject) {
    var controller = network.service(ingress.exposedBy().namespace(), ingress.exposedBy().name());
    if (controller.isEmpty()) {
      throw new ManifestException(subject, "is exposed by Service " + ingress.exposedBy()
          + ", which network '" + network.name() + "' does not declare, so nothing would receive its traffic. Add it, e.g. "
          + "Service.loadBalancer(\"" + ingress.exposedBy().namespace() + "\", \"" + ingress.exposedBy().name() + "\").addPort(80).addPort(443).withNetworkLoadBalancer().");
    }
    if (controller.get().type() != ServiceType.LOAD_BALANCER) {
      throw new ManifestException(subject, "is exposed by Service " + ingress.exposedBy() + " of type " + controller.get().type()
          + ", which gets no load balancer. Declare it with Service.loadBalancer(..).");
    }
  }

  private static void checkTlsHosts(Ingress ingress, String subject) {
    Set<String> routed = new LinkedHashSet<>();
    ingress.rules().forEach(r -> routed.add(r.host()));
    for (IngressTls tls : ingress.tls()) {
      for (String host : tls.hosts()) {
        if (!routed.contains(host)) {
          throw new ManifestException(subject, "terminates TLS for host " + host + " with secret '" + tls.secretName()
              + "' but routes nothing for that host (hosts routed: " + routed + "). Add a route for " + host + ", or drop it from withTls(..).");
        }
      }
    }
  }

  /** One Kubernetes rule per host, its paths in declaration order. */
  private static List<io.fabric8.kubernetes.api.model.networking.v1.IngressRule> rules(List<IngressRule> rules) {
    Map<String, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
    for (IngressRule r : rules) {
      byHost.computeIfAbsent(r.host(), k -> new ArrayList<>()).add(new HTTPIngressPathBuilder()
          .withPath(r.path())
          .withPathType("Prefix")
          .withNewBackend().withNewService().withName(r.backend().name()).withNewPort().withNumber(r.port()).endPort().endService().endBackend()
          .build());
    }
    List<io.fabric8.kubernetes.api.model.networking.v1.IngressRule> out = new ArrayList<>();
    byHost.forEach((host, paths) -> out.add(new IngressRuleBuilder().withHost(host).withNewHttp().withPaths(paths).endHttp().build()));
    return out;
  }

  /** TLS entries for the hosts this object routes; the secret must live in its namespace. */
  private static List<IngressTLS> tls(Ingress ingress, List<IngressRule> rules) {
    Set<String> hosts = new LinkedHashSet<>();
    rules.forEach(r -> hosts.add(r.host()));
    List<IngressTLS> out = new ArrayList<>();
    for (IngressTls tls : ingress.tls()) {
      List<String> here = tls.hosts().stream().filter(hosts::contains).toList();
      if (!here.isEmpty()) {
        out.add(new IngressTLSBuilder().withSecretName(tls.secretName()).withHosts(here).build());
      }
    }
    return out;
  }
}
