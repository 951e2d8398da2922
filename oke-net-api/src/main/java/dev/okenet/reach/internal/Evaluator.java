package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.ServiceType;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.HopKind;
import dev.okenet.reach.Verdict;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates one question: resolves both ends, then walks the path the packet takes. A plain
 * destination is one network leg; a Service adds the ClusterIP, node port or load balancer steps
 * (listener, health check, node port, then the pod); the first step that fails decides.
 */
final class Evaluator {
  private final Sites sites;
  private final Routing routing;
  private final Security security;
  private final Policies policies;
  private final Map<Endpoint, ServicePlan> plans = new ConcurrentHashMap<>();
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
    return evaluate(from, sites.resolve(from), to, port);
  }

  /** As {@link #evaluate(Endpoint, Endpoint, Port)}, with the source already resolved (audits resolve it to filter). */
  Verdict evaluate(Endpoint from, Site src, Endpoint to, Port port) {
    Trace t = new Trace();
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

  private ServicePlan plan(Endpoint to) {
    ServicePlan plan = plans.get(to);
    if (plan == null) {
      plan = to instanceof Endpoint.LoadBalancer l ? new ServicePlan(sites.service(l.namespace(), l.name()), sites)
          : new ServicePlan(sites.service(((Endpoint.KubeService) to).namespace(), ((Endpoint.KubeService) to).name()), sites);
      plans.putIfAbsent(to, plan);
    }
    return plan;
  }

  private boolean service(Site src, Endpoint to, Port p, Trace t) {
    ServicePlan plan = plan(to);
    ServicePlan.PortPlan pp = servicePort(plan, p, !src.inCluster && plan.service.type() == ServiceType.NODE_PORT, plan.at, t);
    if (pp == null) {
      return false;
    }
    if (src.inCluster) {
      t.pass(HopKind.SERVICE, plan.at, plan.key, pp.clusterIp);
      return leg(src, src, plan.pods, pp.target, t);
    }
    switch (plan.service.type()) {
      case CLUSTER_IP:
        return t.noRoute(HopKind.SERVICE, plan.at, plan.key, plan.clusterIpOnly, plan.clusterIpFix);
      case NODE_PORT:
        t.pass(HopKind.SERVICE, plan.at, plan.key, pp.onNodePort);
        return leg(src, src, plan.nodes, pp.nodePort, t) && toPod(plan, pp, plan.nodes, t);
      default:
        return backends(src, plan, pp, p, t);
    }
  }

  private boolean loadBalancer(Site src, Endpoint to, Port p, Trace t) {
    ServicePlan plan = plan(to);
    Site lb = sites.resolve(to);
    ServicePlan.PortPlan pp = servicePort(plan, p, false, lb.label, t);
    return pp != null && leg(src, src, lb, p, t) && t.pass(HopKind.SERVICE, lb.label, plan.key, pp.listenerOnly);
  }

  /** Listener, health check, node port, pod: what a LoadBalancer Service's traffic goes through. */
  private boolean backends(Site src, ServicePlan plan, ServicePlan.PortPlan pp, Port p, Trace t) {
    Site lb = plan.loadBalancer;
    if (!leg(src, src, lb, p, t)) {
      return false;
    }
    t.pass(HopKind.SERVICE, lb.label, plan.key, pp.probe);
    if (!leg(lb, lb, plan.nodes, pp.health, t)) {
      return false;
    }
    t.pass(HopKind.SERVICE, lb.label, plan.key, pp.forward);
    Site seen = plan.preservesSource ? src : lb;
    return leg(lb, seen, plan.nodes, pp.nodePort, t) && toPod(plan, pp, seen, t);
  }

  /** From the node that received the traffic to a pod: locally with Local, else through kube-proxy's SNAT. */
  private boolean toPod(ServicePlan plan, ServicePlan.PortPlan pp, Site seen, Trace t) {
    t.pass(HopKind.SERVICE, plan.nodes.label, plan.key, pp.toPod);
    if (plan.local) {
      return exists(plan.pods, t) && policies.ingress(plan.pods, seen, pp.target, t);
    }
    return leg(plan.nodes, plan.nodes, plan.pods, pp.target, t);
  }

  private static ServicePlan.PortPlan servicePort(ServicePlan plan, Port p, boolean nodePortToo, String at, Trace t) {
    if (p.protocol() != Protocol.TCP && p.protocol() != Protocol.UDP) {
      t.deny(HopKind.SERVICE, at, plan.key, "Services forward TCP and UDP only, not " + p, "Ask on one of its ports: " + plan.portList + ".");
      return null;
    }
    int from = p.fromPort().getAsInt();
    if (from != p.toPort().getAsInt()) {
      throw new IllegalArgumentException("Service " + plan.service.ref() + " is asked on the range " + p
          + "; a Service forwards one port at a time. Ask on one of " + plan.portList + ", e.g. Port."
          + p.protocol().name().toLowerCase(java.util.Locale.ROOT) + "(" + plan.firstPort(from) + ").");
    }
    ServicePlan.PortPlan pp = plan.find(p.protocol(), from, nodePortToo);
    if (pp == null) {
      t.deny(HopKind.SERVICE, at, plan.key, plan.service.ref() + " has no port " + p + "; it serves " + plan.portList,
          "Ask on one of its ports, or add the port: Service….addPort(" + from + ", <targetPort>).");
    }
    return pp;
  }
}
