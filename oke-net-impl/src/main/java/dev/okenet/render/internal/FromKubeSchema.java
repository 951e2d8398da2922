package dev.okenet.render.internal;

import static dev.okenet.render.internal.FromSchema.cidrTexts;
import static dev.okenet.render.internal.FromSchema.each;
import static dev.okenet.render.internal.Read.at;
import static dev.okenet.render.internal.Read.enumValue;
import static dev.okenet.render.internal.Read.flag;
import static dev.okenet.render.internal.Read.list;
import static dev.okenet.render.internal.Read.required;

import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceRef;
import dev.okenet.kube.ServiceType;
import dev.okenet.render.ModelFormatException;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads the Kubernetes intent of a {@link Schema} document: Services, Ingresses, NetworkPolicies. */
final class FromKubeSchema {
  private static final String DEFAULT_BACKEND_POLICY = LoadBalancerOptions.defaults().backendPolicy();

  private FromKubeSchema() {}

  static Service service(JsonPath path, Schema.Service d) {
    String namespace = required(path.field("namespace"), d.namespace(), "\"namespace\": \"shop\"");
    String name = required(path.field("name"), d.name(), "\"name\": \"web\"");
    ServiceType type = enumValue(path.field("type"), ServiceType.class, required(path.field("type"), d.type(), "\"type\": \"LOAD_BALANCER\""));
    Service s = at(path, () -> type == ServiceType.CLUSTER_IP ? Service.clusterIp(namespace, name)
        : type == ServiceType.NODE_PORT ? Service.nodePort(namespace, name) : Service.loadBalancer(namespace, name));
    if (d.selector() != null) {
      Service x = s;
      s = at(path.field("selector"), () -> x.selector(d.selector()));
    }
    for (ServicePort p : each(path.field("ports"), d.ports(), FromKubeSchema::servicePort)) {
      s = s.withPort(p);
    }
    if (d.loadBalancer() != null) {
      if (type != ServiceType.LOAD_BALANCER) {
        throw new ModelFormatException(path.field("loadBalancer").toString(), "only LOAD_BALANCER Services have load balancer options; this one is "
            + type + ". Remove loadBalancer, or set \"type\": \"LOAD_BALANCER\".");
      }
      s = loadBalancer(path.field("loadBalancer"), d.loadBalancer(), s);
    }
    return s;
  }

  private static ServicePort servicePort(JsonPath path, Schema.ServicePort d) {
    int port = required(path.field("port"), d.port(), "\"port\": 443");
    int target = d.targetPort() == null ? port : d.targetPort();
    Protocol protocol = d.protocol() == null ? Protocol.TCP : enumValue(path.field("protocol"), Protocol.class, d.protocol());
    if (protocol != Protocol.TCP && protocol != Protocol.UDP) {
      throw new ModelFormatException(path.field("protocol").toString(), "Services take \"TCP\" or \"UDP\", not \"" + d.protocol() + "\".");
    }
    ServicePort p = at(path, () -> protocol == Protocol.UDP ? ServicePort.udp(port, target) : ServicePort.tcp(port, target));
    return d.nodePort() == null ? p : at(path.field("nodePort"), () -> p.withNodePort(d.nodePort()));
  }

  /** Applies each option through the Service's own copy methods, in an order where none undoes another. */
  private static Service loadBalancer(JsonPath path, Schema.LoadBalancer d, Service service) {
    Service s = service;
    if (d.kind() != null && enumValue(path.field("kind"), LoadBalancerKind.class, d.kind()) == LoadBalancerKind.NETWORK_LOAD_BALANCER) {
      s = s.networkLoadBalancer();
    }
    if (flag(d.internal(), false)) {
      s = s.internal();
    }
    s = shape(path, d, s);
    if (d.tlsSecret() != null) {
      s = option(path.field("tlsSecret"), s, x -> x.tls(d.tlsSecret(), list(d.tlsPorts()).toArray(Integer[]::new)));
    } else if (!list(d.tlsPorts()).isEmpty()) {
      throw new ModelFormatException(path.field("tlsPorts").toString(), "TLS ports " + d.tlsPorts() + " need a secret. Add \"tlsSecret\": \"shop-tls\", or remove tlsPorts.");
    }
    String[] ranges = cidrTexts(path.field("sourceRanges"), d.sourceRanges());
    if (ranges.length > 0) {
      s = s.sourceRanges(ranges);
    }
    if (d.externalTrafficPolicy() != null) {
      s = s.externalTrafficPolicy(enumValue(path.field("externalTrafficPolicy"), ExternalTrafficPolicy.class, d.externalTrafficPolicy()));
    }
    if (d.securityRuleManagement() != null) {
      s = s.securityRuleManagement(enumValue(path.field("securityRuleManagement"), SecurityRuleManagement.class, d.securityRuleManagement()));
    }
    List<String> nsgs = each(path.field("nsgs"), d.nsgs(), (p, n) -> n);
    if (!nsgs.isEmpty()) {
      s = s.nsgs(nsgs.toArray(String[]::new));
    }
    if (d.backendProtocol() != null) {
      s = s.backendProtocol(d.backendProtocol());
    }
    if (d.healthCheckNodePort() != null) {
      s = option(path.field("healthCheckNodePort"), s, x -> x.healthCheckNodePort(d.healthCheckNodePort()));
    }
    if (d.backendPolicy() != null && !d.backendPolicy().equals(DEFAULT_BACKEND_POLICY)) {
      throw new ModelFormatException(path.field("backendPolicy").toString(), "backend policy '" + d.backendPolicy()
          + "' cannot be expressed by the model yet (Service has no option for it; it always uses " + DEFAULT_BACKEND_POLICY
          + "). Write \"" + DEFAULT_BACKEND_POLICY + "\" or leave it out.");
    }
    return s;
  }

  /** Flexible bandwidth comes with the "flexible" shape; a shape alone replaces the default. */
  private static Service shape(JsonPath path, Schema.LoadBalancer d, Service s) {
    if (d.minMbps() != null || d.maxMbps() != null) {
      int min = required(path.field("minMbps"), d.minMbps(), "\"minMbps\": 10 (flexible shapes take both minMbps and maxMbps)");
      int max = required(path.field("maxMbps"), d.maxMbps(), "\"maxMbps\": 100 (flexible shapes take both minMbps and maxMbps)");
      Service flexible = option(path, s, x -> x.flexible(min, max));
      // The model keeps the bandwidth when a later shape(..) replaces "flexible"; reproduce that faithfully.
      return d.shape() == null || d.shape().equals(LoadBalancerOptions.FLEXIBLE) ? flexible
          : option(path.field("shape"), flexible, x -> x.shape(d.shape()));
    }
    return d.shape() == null ? s : option(path.field("shape"), s, x -> x.shape(d.shape()));
  }

  private static Service option(JsonPath path, Service s, UnaryOperator<Service> change) {
    return at(path, () -> change.apply(s));
  }

  static Ingress ingress(JsonPath path, Schema.Ingress d) {
    String className = required(path.field("className"), d.className(), "\"className\": \"nginx\"");
    ServiceRef controller = ref(path.field("exposedBy"), required(path.field("exposedBy"), d.exposedBy(), "\"exposedBy\": \"ingress-nginx/controller\""));
    Ingress ingress = at(path, () -> Ingress.of(className, controller));
    List<Schema.IngressRule> rules = list(d.rules());
    for (int i = 0; i < rules.size(); i++) {
      JsonPath rp = path.field("rules").index(i);
      Schema.IngressRule r = required(rp, rules.get(i), "an object instead of null");
      String host = required(rp.field("host"), r.host(), "\"host\": \"shop.example.com\"");
      String rulePath = required(rp.field("path"), r.path(), "\"path\": \"/\"");
      ServiceRef backend = ref(rp.field("backend"), required(rp.field("backend"), r.backend(), "\"backend\": \"shop/web\""));
      int port = required(rp.field("port"), r.port(), "\"port\": 80");
      Ingress x = ingress;
      ingress = at(rp, () -> x.route(host, rulePath, backend, port));
    }
    List<Schema.IngressTls> tls = list(d.tls());
    for (int i = 0; i < tls.size(); i++) {
      JsonPath tp = path.field("tls").index(i);
      Schema.IngressTls t = required(tp, tls.get(i), "an object instead of null");
      String secret = required(tp.field("secretName"), t.secretName(), "\"secretName\": \"shop-tls\"");
      Ingress x = ingress;
      ingress = at(tp, () -> x.tls(secret, list(t.hosts()).toArray(String[]::new)));
    }
    return ingress;
  }

  private static ServiceRef ref(JsonPath path, String text) {
    return at(path, () -> ServiceRef.parse(text));
  }

  static NetworkPolicy policy(JsonPath path, Schema.Policy d) {
    String namespace = required(path.field("namespace"), d.namespace(), "\"namespace\": \"shop\"");
    NetworkPolicy.Kind kind = enumValue(path.field("kind"), NetworkPolicy.Kind.class, required(path.field("kind"), d.kind(), "\"kind\": \"ALLOW\""));
    NetworkPolicy.Start start = at(path.field("namespace"), () -> NetworkPolicy.in(namespace));
    NetworkPolicy policy = kind == NetworkPolicy.Kind.DEFAULT_DENY ? deny(path, d, start) : allow(path, d, start);
    return d.name() == null ? policy : at(path.field("name"), () -> policy.named(d.name()));
  }

  /** With neither direction given, a default deny denies both: what "default deny" means unqualified. */
  private static NetworkPolicy deny(JsonPath path, Schema.Policy d, NetworkPolicy.Start start) {
    if (d.from() != null || d.to() != null || !list(d.ports()).isEmpty()) {
      throw new ModelFormatException(path.toString(), "a DEFAULT_DENY policy has no from, to or ports. Remove them, or set \"kind\": \"ALLOW\".");
    }
    boolean both = d.deniesIngress() == null && d.deniesEgress() == null;
    boolean ingress = both || flag(d.deniesIngress(), false);
    boolean egress = both || flag(d.deniesEgress(), false);
    if (ingress && egress) {
      return start.defaultDeny();
    }
    if (ingress) {
      return start.defaultDenyIngress();
    }
    if (egress) {
      return start.defaultDenyEgress();
    }
    throw new ModelFormatException(path.toString(), "a DEFAULT_DENY policy that denies neither ingress nor egress denies nothing. "
        + "Set \"deniesIngress\": true, \"deniesEgress\": true, or both.");
  }

  private static NetworkPolicy allow(JsonPath path, Schema.Policy d, NetworkPolicy.Start start) {
    if (d.deniesIngress() != null || d.deniesEgress() != null) {
      throw new ModelFormatException(path.toString(), "an ALLOW policy denies nothing. Remove deniesIngress and deniesEgress, or set \"kind\": \"DEFAULT_DENY\".");
    }
    PolicyPeer from = peer(path.field("from"), required(path.field("from"), d.from(), "\"from\": {\"pods\": \"app=web\"}"));
    PolicyPeer to = peer(path.field("to"), required(path.field("to"), d.to(), "\"to\": {\"pods\": \"app=api\"}"));
    Port[] ports = each(path.field("ports"), d.ports(), RuleReader::port).toArray(Port[]::new);
    return at(path, () -> start.allow(from).to(to).on(ports));
  }

  /** The peer kind follows from the fields present: cidr, pods (with an optional namespace), or namespace alone. */
  private static PolicyPeer peer(JsonPath path, Schema.PolicyPeer d) {
    if (d.cidr() != null) {
      if (d.pods() != null || d.namespace() != null) {
        throw new ModelFormatException(path.toString(), "a peer is a cidr, or pods and/or a namespace, not both. Remove cidr or the other fields.");
      }
      return at(path.field("cidr"), () -> PolicyPeer.cidr(d.cidr()));
    }
    if (d.pods() != null) {
      return at(path.field("pods"), () -> d.namespace() == null ? PolicyPeer.pods(d.pods()) : PolicyPeer.pods(d.namespace(), d.pods()));
    }
    if (d.namespace() != null) {
      return at(path.field("namespace"), () -> PolicyPeer.namespace(d.namespace()));
    }
    throw new ModelFormatException(path.toString(), "this peer names nothing. Give {\"pods\": \"app=web\"}, {\"namespace\": \"ingress-nginx\"}, "
        + "{\"namespace\": \"kube-system\", \"pods\": \"k8s-app=kube-dns\"} or {\"cidr\": \"10.0.0.0/8\"}.");
  }
}
