package dev.okenet.reach.internal;

import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceType;
import dev.okenet.reach.Endpoint;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import java.util.stream.Collectors;

/**
 * A Service's path, worked out once per Service: the sites of its pods, load balancer and nodes,
 * and for each of its ports the listener, node port, health check and target ports with the hop
 * texts a trace shows. Questions about the Service then only look these up.
 */
final class ServicePlan {
  /** kube-proxy's health check port, probed by load balancers of Services with externalTrafficPolicy Cluster. */
  static final int KUBE_PROXY_HEALTH_PORT = 10256;

  final Service service;
  final String key;
  final String at;
  final String portList;
  final Site pods;
  final Site loadBalancer;
  final Site nodes;
  final boolean local;
  final boolean preservesSource;
  final String clusterIpOnly;
  final String clusterIpFix;
  private final PortPlan[] ports;

  ServicePlan(Service service, Sites sites) {
    this.service = service;
    this.key = "service:" + service.ref();
    this.at = "service " + service.ref();
    this.portList = service.ports().isEmpty() ? "no port"
        : service.ports().stream().map(sp -> sp.protocol() + " " + sp.port()).collect(Collectors.joining(", "));
    this.pods = sites.resolve(Endpoint.service(service.namespace(), service.name()));
    this.loadBalancer = service.type() == ServiceType.LOAD_BALANCER
        ? sites.resolve(Endpoint.loadBalancer(service.namespace(), service.name())) : null;
    this.nodes = sites.anyNodes();
    LoadBalancerOptions o = service.loadBalancer().orElse(null);
    this.local = o != null && o.externalTrafficPolicy() == ExternalTrafficPolicy.LOCAL;
    this.preservesSource = o != null && o.preservesSource();
    this.clusterIpOnly = service.ref() + " is a ClusterIP Service: only pods and nodes of the cluster reach it";
    this.clusterIpFix = "Expose it with Service.loadBalancer(" + Code.quote(service.namespace()) + ", " + Code.quote(service.name())
        + ") or Service.nodePort(..), or ask from inside the cluster.";
    this.ports = service.ports().stream().map(sp -> new PortPlan(sp, o)).toArray(PortPlan[]::new);
  }

  /** The port plan for a packet on {@code port} of {@code protocol}; node ports count when {@code nodePortToo}. */
  PortPlan find(Protocol protocol, int port, boolean nodePortToo) {
    for (PortPlan pp : ports) {
      if (pp.port.protocol() == protocol && (pp.port.port() == port || nodePortToo && pp.port.nodePort().map(n -> n == port).orElse(false))) {
        return pp;
      }
    }
    return null;
  }

  /** The first port's number, for examples in messages. */
  int firstPort(int fallback) {
    return ports.length == 0 ? fallback : ports[0].port.port();
  }

  /** One port of the Service, with everything a trace says about it. */
  final class PortPlan {
    final ServicePort port;
    final Port listener;
    final Port target;
    final Port nodePort;
    final Port health;
    final String clusterIp;
    final String onNodePort;
    final String probe;
    final String forward;
    final String toPod;
    final String listenerOnly;

    PortPlan(ServicePort sp, LoadBalancerOptions o) {
      this.port = sp;
      this.listener = single(sp.protocol(), sp.port());
      this.target = single(sp.protocol(), sp.targetPort());
      this.nodePort = sp.nodePort().map(n -> single(sp.protocol(), n)).orElse(sp.protocol() == Protocol.UDP ? Port.NODE_PORTS_UDP : Port.NODE_PORTS_TCP);
      this.health = local ? o.healthCheckNodePort().map(Port::tcp).orElse(Port.NODE_PORTS_TCP) : Port.tcp(KUBE_PROXY_HEALTH_PORT);
      this.clusterIp = "kube-proxy on the sender's node sends " + listener + " to " + pods.label + " on target port " + target;
      this.onNodePort = listener + " arrives on node port " + nodePort + " of every node";
      String kind = o != null && o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "LB";
      this.probe = kind + " listener " + listener + " probes " + health + " on " + nodes.label
          + (local ? " (the Service's health check node port)" : " (kube-proxy's health check)") + "; backends failing it get no traffic";
      this.forward = kind + " forwards " + listener + " to node port " + nodePort + " on " + nodes.label
          + (preservesSource ? ", preserving the client's address" : ", from its own address");
      this.toPod = local
          ? "externalTrafficPolicy Local: a pod on the receiving node gets " + target
              + (preservesSource ? " with the client's address" : " from the load balancer's address")
          : "kube-proxy forwards " + target + " to " + pods.label + " on any node, from the node's address (SNAT)";
      this.listenerOnly = "listener " + listener + " forwards to the Service's backends (ask Endpoint.service("
          + Code.quote(service.namespace()) + ", " + Code.quote(service.name()) + ") for the whole path)";
    }
  }

  private static Port single(Protocol protocol, int port) {
    return protocol == Protocol.UDP ? Port.udp(port) : Port.tcp(port);
  }
}
