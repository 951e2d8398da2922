package dev.okenet.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.okenet.vcn.Cidr;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceRef;
import dev.okenet.kube.ServiceType;
import dev.okenet.vcn.Port;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Services and NetworkPolicies, read through the DSL ({@link #POLICY} also writes policies):
 * <ul>
 *   <li>a Service's load balancer options are applied through {@code Service}'s own copy methods,
 *       which hold their rules (shape, TLS secret, node-port range, backend policy);
 *       {@code LoadBalancerOptions} itself checks nothing. A LoadBalancer Service without
 *       options gets the defaults.
 *   <li>a policy's name defaults as the DSL names it ({@code allow-web-to-api}), a default deny
 *       that names neither direction denies both, and an allow must name from and to.
 * </ul>
 */
final class KubeConstructions {
  private static final LoadBalancerOptions DEFAULTS = LoadBalancerOptions.defaults();

  private KubeConstructions() {}

  static Service service(Fields f) throws ValueProblem {
    String namespace = f.required("namespace", "\"namespace\": \"shop\"");
    String name = f.required("name", "\"name\": \"web\"");
    ServiceType type = f.required("type", "\"type\": \"LOAD_BALANCER\"");
    f.at(() -> ServiceRef.of(namespace, "x"), "namespace");
    f.at(() -> ServiceRef.of("x", name), "name");
    Service s = f.at(() -> type == ServiceType.CLUSTER_IP ? Service.clusterIp(namespace, name)
        : type == ServiceType.NODE_PORT ? Service.nodePort(namespace, name) : Service.loadBalancer(namespace, name));
    if (f.has("selector")) {
      Service x = s;
      s = f.at(() -> x.withSelector(TextForms.SELECTOR.format(f.get("selector"))), "selector");
    }
    for (ServicePort port : f.<List<ServicePort>>get("ports", List.of())) {
      s = s.addPort(port);
    }
    LoadBalancerOptions options = f.get("loadBalancer");
    if (options != null) {
      if (type != ServiceType.LOAD_BALANCER) {
        throw f.fail("only LOAD_BALANCER Services have load balancer options; this one is " + type
            + ". Remove loadBalancer, or set \"type\": \"LOAD_BALANCER\".", "loadBalancer");
      }
      s = loadBalancer(f, options, s);
    }
    return s;
  }

  /** Applies each option through the Service's copy methods, in an order where none undoes another. */
  private static Service loadBalancer(Fields f, LoadBalancerOptions o, Service service) throws ValueProblem {
    Service s = service;
    if (o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER) {
      s = s.withNetworkLoadBalancer();
    }
    if (o.isInternal()) {
      s = s.withInternal();
    }
    if (o.minMbps().isPresent() || o.maxMbps().isPresent()) {
      int min = o.minMbps().orElseThrow(() -> f.missing("\"minMbps\": 10 (flexible shapes take both minMbps and maxMbps)", "loadBalancer", "minMbps"));
      int max = o.maxMbps().orElseThrow(() -> f.missing("\"maxMbps\": 100 (flexible shapes take both minMbps and maxMbps)", "loadBalancer", "maxMbps"));
      s = option(f, s, x -> x.withFlexibleShape(min, max), "minMbps");
    }
    if (!o.shape().equals(s.loadBalancer().orElseThrow().shape())) {
      // The model keeps the bandwidth when a later shape replaces "flexible"; so does the document.
      s = option(f, s, x -> x.withShape(o.shape()), "shape");
    }
    if (o.tlsSecret().isPresent()) {
      s = option(f, s, x -> x.withTls(o.tlsSecret().get(), o.tlsPorts().toArray(Integer[]::new)), "tlsSecret");
    } else if (!o.tlsPorts().isEmpty()) {
      throw f.fail("TLS ports " + o.tlsPorts() + " need a secret. Add \"tlsSecret\": \"shop-tls\", or remove tlsPorts.", "loadBalancer", "tlsPorts");
    }
    if (!o.sourceRanges().isEmpty()) {
      s = s.addSourceRanges(o.sourceRanges().stream().map(Cidr::toString).toArray(String[]::new));
    }
    s = s.withExternalTrafficPolicy(o.externalTrafficPolicy());
    if (o.securityRuleManagement().isPresent()) {
      s = s.withSecurityRuleManagement(o.securityRuleManagement().get());
    }
    if (!o.nsgNames().isEmpty()) {
      s = s.addNsgs(o.nsgNames().toArray(String[]::new));
    }
    if (o.backendProtocol().isPresent()) {
      s = option(f, s, x -> x.withBackendProtocol(o.backendProtocol().get()), "backendProtocol");
    }
    if (o.healthCheckNodePort().isPresent()) {
      s = option(f, s, x -> x.withHealthCheckNodePort(o.healthCheckNodePort().get()), "healthCheckNodePort");
    }
    if (!o.backendPolicy().equals(DEFAULTS.backendPolicy())) {
      s = option(f, s, x -> x.withBackendPolicy(o.backendPolicy()), "backendPolicy");
    }
    return s;
  }

  private static Service option(Fields f, Service s, UnaryOperator<Service> change, String field) throws ValueProblem {
    return f.at(() -> change.apply(s), "loadBalancer", field);
  }

  /**
   * A NetworkPolicy, in the schema's fields: {@code namespace}, {@code name}, {@code kind}, then a
   * default deny's {@code deniesIngress} and {@code deniesEgress}, or an allow's {@code from},
   * {@code to} and {@code ports} (left out when every port).
   *
   * <pre>{@code
   * {"namespace": "shop", "name": "default-deny", "kind": "DEFAULT_DENY", "deniesIngress": true, "deniesEgress": true}
   * {"namespace": "shop", "name": "allow-web-to-api", "kind": "ALLOW", "from": {"pods": "app=web"}, "to": {"pods": "app=api"}, "ports": ["TCP 8080"]}
   * }</pre>
   */
  static final ObjectForm<NetworkPolicy> POLICY = new ObjectForm<>(NetworkPolicy.class,
      "namespace", String.class, "name", String.class, "kind", NetworkPolicy.Kind.class, "deniesIngress", Boolean.class,
      "deniesEgress", Boolean.class, "from", PolicyPeer.class, "to", PolicyPeer.class,
      "ports", TypeFactory.defaultInstance().constructCollectionType(List.class, Port.class)) {
    @Override
    void write(NetworkPolicy p, JsonGenerator gen) throws IOException {
      gen.writeStringField("namespace", p.namespace());
      gen.writeStringField("name", p.name());
      gen.writeStringField("kind", p.kind().name());
      if (p instanceof NetworkPolicy.DefaultDeny d) {
        gen.writeBooleanField("deniesIngress", d.deniesIngress());
        gen.writeBooleanField("deniesEgress", d.deniesEgress());
        return;
      }
      NetworkPolicy.Allow a = (NetworkPolicy.Allow) p;
      gen.writeFieldName("from");
      RuleForms.POLICY_PEER.serializer().serialize(a.source(), gen, null);
      gen.writeFieldName("to");
      RuleForms.POLICY_PEER.serializer().serialize(a.destination(), gen, null);
      if (!a.ports().isEmpty()) {
        gen.writeArrayFieldStart("ports");
        for (Port port : a.ports()) {
          gen.writeString(TextForms.PORT.format(port));
        }
        gen.writeEndArray();
      }
    }

    @Override
    NetworkPolicy read(Fields f) throws IOException {
      return policy(f);
    }
  };

  static NetworkPolicy policy(Fields f) throws ValueProblem {
    String namespace = f.required("namespace", "\"namespace\": \"shop\"");
    NetworkPolicy.Kind kind = f.required("kind", "\"kind\": \"ALLOW\"");
    NetworkPolicy.Start start = f.at(() -> NetworkPolicy.in(namespace), "namespace");
    NetworkPolicy policy = kind == NetworkPolicy.Kind.DEFAULT_DENY ? deny(f, start) : allow(f, start);
    return f.has("name") ? f.at(() -> policy.withName(f.get("name")), "name") : policy;
  }

  /** With neither direction given, a default deny denies both: what "default deny" means unqualified. */
  private static NetworkPolicy deny(Fields f, NetworkPolicy.Start start) throws ValueProblem {
    if (f.has("from") || f.has("to") || !f.<List<Port>>get("ports", List.of()).isEmpty()) {
      throw f.fail("a DEFAULT_DENY policy has no from, to or ports. Remove them, or set \"kind\": \"ALLOW\".");
    }
    boolean both = !f.has("deniesIngress") && !f.has("deniesEgress");
    boolean ingress = both || f.get("deniesIngress", false);
    boolean egress = both || f.get("deniesEgress", false);
    if (ingress && egress) {
      return start.defaultDeny();
    }
    if (ingress) {
      return start.defaultDenyIngress();
    }
    if (egress) {
      return start.defaultDenyEgress();
    }
    throw f.fail("a DEFAULT_DENY policy that denies neither ingress nor egress denies nothing. "
        + "Set \"deniesIngress\": true, \"deniesEgress\": true, or both.");
  }

  private static NetworkPolicy allow(Fields f, NetworkPolicy.Start start) throws ValueProblem {
    if (f.get("deniesIngress", false) || f.get("deniesEgress", false)) {
      throw f.fail("an ALLOW policy denies nothing. Remove deniesIngress and deniesEgress, or set \"kind\": \"DEFAULT_DENY\".");
    }
    PolicyPeer from = f.required("from", "\"from\": {\"pods\": \"app=web\"}");
    PolicyPeer to = f.required("to", "\"to\": {\"pods\": \"app=api\"}");
    Port[] ports = f.<List<Port>>get("ports", List.of()).toArray(Port[]::new);
    return f.at(() -> start.allow(from).to(to).on(ports));
  }
}
