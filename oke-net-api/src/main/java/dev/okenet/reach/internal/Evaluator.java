package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceType;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.HopKind;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Evaluates one question: resolves both ends, then walks the path the packet takes. A plain
 * destination is one network leg; a Service adds the ClusterIP, node port or load balancer steps
 * (listener, health check, node port, then the pod); the first step that fails decides.
 */
final class Evaluator {
  /** kube-proxy's health check port, probed by load balancers of Services with externalTrafficPolicy Cluster. */
  static final int KUBE_PROXY_HEALTH_PORT = 10256;

  private final Sites sites;
  private final Routing routing;
  private final Security security;
  private final Policies policies;
  private final String flannelOverlay;

  Evaluator(ResolvedNetwork net, Sites sites, RuleIndex rules) {
    this.sites = sites;
    this.routing = new Routing(net);
    this.security = new Security(rules);
    this.policies = new Policies(net);
    this.flannelOverlay = "inside flannel's overlay " + net.cluster().podsCidr().map(Object::toString).orElse("")
        + ": packets travel encapsulated between nodes and never meet VCN rules";
  }

  Verdict evaluate(Endpoint from, Endpoint to, Port port) {
    Objects.requireNonNull(from, "from(..) needs a source endpoint, e.g. Endpoint.internet()");
    Objects.requireNonNull(to, "to(..) needs a destination endpoint, e.g. Endpoint.service(\"shop\", \"web\")");
    if (port == null) {
      throw new IllegalArgumentException("on(..) needs a port, e.g. Port.tcp(443).");
    }
    Trace t = new Trace();
    Site src = sites.resolve(from);
    switch (to.kind()) {
      case SERVICE:
        service(src, to, port, t);
        break;
      case LOAD_BALANCER:
        loadBalancer(src, to, port, t);
        break;
      default:
        leg(src, src, sites.resolve(to), port, t);
    }
    return t.verdict(from, to, port);
  }

  /**
   * One network leg from {@code from} to {@code to}. {@code seen} is the source the destination
   * sees (the client, when a network load balancer preserves it).
   */
  private boolean leg(Site from, Site seen, Site to, Port p, Trace t) {
    if (!exists(from, t) || !exists(to, t)) {
      return false;
    }
    Site sender = from;
    Site seenSource = seen;
    if (to.overlay) {
      if (!from.inCluster) {
        return t.noRoute(HopKind.CNI, "flannel", "cni:flannel", to.label + " is overlay address space: nothing outside the cluster routes to it",
            "Reach the pods through a Service: Endpoint.service(namespace, name) with a NodePort or LoadBalancer Service.");
      }
      t.pass(HopKind.CNI, "flannel", "cni:flannel", flannelOverlay);
      if (from.pod != null && !policies.egress(from, to, p, t)) {
        return false;
      }
      return policies.ingress(to, seen, p, t);
    }
    if (from.overlay) {
      if (from.node == null) {
        return t.noRoute(HopKind.CNI, "flannel", "cni:flannel", from.label + " is overlay address space with no pod behind it",
            "Ask about Endpoint.pods(namespace, selector) instead.");
      }
      t.pass(HopKind.CNI, "flannel", "cni:flannel", "traffic leaving the node carries the node's address (SNAT): the VCN sees " + from.node.label);
      sender = from.node;
      seenSource = seen == from ? from.node : seen;
    } else if (from.cniText != null) {
      t.pass(HopKind.CNI, "VCN-native", "cni:vcn-native", from.cniText);
    } else if (to.cniText != null) {
      t.pass(HopKind.CNI, "VCN-native", "cni:vcn-native", to.cniText);
    }
    if (from.pod != null && !policies.egress(from, to, p, t)) {
      return false;
    }
    if (!routing.route(sender, to, t) || !security.egress(sender, to, p, t) || !security.ingress(to, seenSource, p, t)) {
      return false;
    }
    return to.pod == null || policies.ingress(to, seenSource, p, t);
  }

  private static boolean exists(Site s, Trace t) {
    return s.problem == null || t.noRoute(s.problemKind, s.label, s.problemKey, s.problem, s.problemFix);
  }

  // ---- Services ----

  private boolean service(Site src, Endpoint to, Port p, Trace t) {
    Service svc = sites.service(to.namespace().get(), to.name().get());
    String key = "service:" + svc.ref();
    String at = "service " + svc.ref();
    ServicePort sp = servicePort(svc, p, !src.inCluster && svc.type() == ServiceType.NODE_PORT, at, key, t);
    if (sp == null) {
      return false;
    }
    Site pods = sites.resolve(to);
    Port target = single(sp.protocol(), sp.targetPort());
    if (src.inCluster) {
      t.pass(HopKind.SERVICE, "ClusterIP of " + svc.ref(), key, "kube-proxy on the sender's node sends " + p + " to " + pods.label
          + " on target port " + target);
      return leg(src, src, pods, target, t);
    }
    switch (svc.type()) {
      case CLUSTER_IP:
        return t.noRoute(HopKind.SERVICE, at, key, svc.ref() + " is a ClusterIP Service: only pods and nodes of the cluster reach it",
            "Expose it with Service.loadBalancer(" + Code.quote(svc.namespace()) + ", " + Code.quote(svc.name())
                + ") or Service.nodePort(..), or ask from inside the cluster.");
      case NODE_PORT: {
        Site nodes = sites.anyNodes();
        Port nodePort = nodePort(sp);
        t.pass(HopKind.SERVICE, at, key, p + " arrives on node port " + nodePort + " of every node");
        return leg(src, src, nodes, nodePort, t) && nodeToPod(nodes, pods, target, false, nodes, key, t);
      }
      default:
        return backends(src, sites.resolve(Endpoint.loadBalancer(svc.namespace(), svc.name())), svc, sp, p, pods, target, key, t);
    }
  }

  private boolean loadBalancer(Site src, Endpoint to, Port p, Trace t) {
    Site lb = sites.resolve(to);
    Service svc = lb.loadBalancer.service();
    String key = "service:" + svc.ref();
    if (servicePort(svc, p, false, lb.label, key, t) == null || !leg(src, src, lb, p, t)) {
      return false;
    }
    return t.pass(HopKind.SERVICE, lb.label, key, "listener " + p + " forwards to the Service's backends (ask Endpoint.service("
        + Code.quote(svc.namespace()) + ", " + Code.quote(svc.name()) + ") for the whole path)");
  }

  /** Listener, health check, node port, pod: what a LoadBalancer Service's traffic goes through. */
  private boolean backends(Site src, Site lb, Service svc, ServicePort sp, Port p, Site pods, Port target, String key, Trace t) {
    if (!leg(src, src, lb, p, t)) {
      return false;
    }
    LoadBalancerOptions o = svc.loadBalancer().get();
    boolean local = o.externalTrafficPolicy() == ExternalTrafficPolicy.LOCAL;
    String kind = o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "LB";
    Site nodes = sites.anyNodes();
    Port nodePort = nodePort(sp);
    Port health = local ? o.healthCheckNodePort().map(Port::tcp).orElse(Port.NODE_PORTS_TCP) : Port.tcp(KUBE_PROXY_HEALTH_PORT);
    t.pass(HopKind.SERVICE, lb.label, key, kind + " listener " + p + " probes " + health + " on " + nodes.label
        + (local ? " (the Service's health check node port)" : " (kube-proxy's health check)") + "; backends failing it get no traffic");
    if (!leg(lb, lb, nodes, health, t)) {
      return false;
    }
    boolean preserve = o.preservesSource();
    t.pass(HopKind.SERVICE, lb.label, key, kind + " forwards " + p + " to node port " + nodePort + " on " + nodes.label
        + (preserve ? ", preserving the client's address" : ", from its own address"));
    Site seen = preserve ? src : lb;
    return leg(lb, seen, nodes, nodePort, t) && nodeToPod(nodes, pods, target, local, seen, key, t);
  }

  private boolean nodeToPod(Site nodes, Site pods, Port target, boolean local, Site seen, String key, Trace t) {
    if (local) {
      t.pass(HopKind.SERVICE, nodes.label, key, "externalTrafficPolicy Local: a pod on the receiving node gets " + target + " from " + seen.label);
      return exists(pods, t) && policies.ingress(pods, seen, target, t);
    }
    t.pass(HopKind.SERVICE, nodes.label, key, "kube-proxy forwards " + target + " to " + pods.label + " on any node, from the node's address (SNAT)");
    return leg(nodes, nodes, pods, target, t);
  }

  private static ServicePort servicePort(Service svc, Port p, boolean nodePortToo, String at, String key, Trace t) {
    if (p.protocol() != Protocol.TCP && p.protocol() != Protocol.UDP) {
      t.deny(HopKind.SERVICE, at, key, "Services forward TCP and UDP only, not " + p, "Ask on one of its ports: " + ports(svc) + ".");
      return null;
    }
    int from = p.fromPort().getAsInt();
    if (from != p.toPort().getAsInt()) {
      throw new IllegalArgumentException("Service " + svc.ref() + " is asked on the range " + p + "; a Service forwards one port at a time. Ask on one of "
          + ports(svc) + ", e.g. Port." + p.protocol().name().toLowerCase() + "(" + svc.ports().stream().findFirst().map(ServicePort::port).orElse(from) + ").");
    }
    for (ServicePort sp : svc.ports()) {
      if (sp.protocol() == p.protocol() && (sp.port() == from || nodePortToo && sp.nodePort().map(n -> n == from).orElse(false))) {
        return sp;
      }
    }
    t.deny(HopKind.SERVICE, at, key, svc.ref() + " has no port " + p + "; it serves " + ports(svc),
        "Ask on one of its ports, or add the port: Service….port(" + from + ", <targetPort>).");
    return null;
  }

  private static String ports(Service svc) {
    return svc.ports().isEmpty() ? "no port" : svc.ports().stream().map(sp -> sp.protocol() + " " + sp.port()).collect(Collectors.joining(", "));
  }

  private static Port nodePort(ServicePort sp) {
    if (sp.nodePort().isPresent()) {
      return single(sp.protocol(), sp.nodePort().get());
    }
    return sp.protocol() == Protocol.UDP ? Port.NODE_PORTS_UDP : Port.NODE_PORTS_TCP;
  }

  private static Port single(Protocol protocol, int port) {
    return protocol == Protocol.UDP ? Port.udp(port) : Port.tcp(port);
  }
}
