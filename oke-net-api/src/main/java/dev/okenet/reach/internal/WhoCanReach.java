package dev.okenet.reach.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Selector;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceType;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Verdict;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists every known source that can reach a target: the network's outside (internet,
 * on-premises, peered VCNs), its API endpoint, node pools and extra subnets, and every set of pods
 * its Services and policies name. Pods are reached directly and through each Service selecting
 * them, which is how load balancer and ClusterIP traffic gets to them.
 */
final class WhoCanReach {
  private final ResolvedNetwork net;
  private final Sites sites;
  private final Evaluator evaluator;

  WhoCanReach(ResolvedNetwork net, Sites sites, Evaluator evaluator) {
    this.net = net;
    this.sites = sites;
    this.evaluator = evaluator;
  }

  List<Verdict> run(Endpoint target, List<Port> given) {
    sites.resolve(target);
    List<Port> ports = given.isEmpty() ? derivedPorts(target) : given;
    if (ports.isEmpty()) {
      throw new IllegalArgumentException("Nothing in network " + net.name() + " says which ports " + target
          + " serves. Give them: whoCanReach(target, Port.tcp(8080)).");
    }
    List<Question> questions = new ArrayList<>();
    for (Port p : ports) {
      questions.add(new Question(target, p));
    }
    if (target.kind() == Endpoint.Kind.PODS) {
      questions.addAll(throughServices(target, ports));
    }
    List<Verdict> out = new ArrayList<>();
    for (Endpoint source : sources()) {
      for (Question q : questions) {
        Verdict v = evaluator.evaluate(source, q.to, q.port);
        if (v.isAllowed()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private record Question(Endpoint to, Port port) {}

  private List<Question> throughServices(Endpoint target, List<Port> targetPorts) {
    List<Question> out = new ArrayList<>();
    Endpoint.Pods pods = (Endpoint.Pods) target;
    Map<String, String> labels = pods.selector().labels();
    for (Service svc : net.intent().services()) {
      if (!svc.namespace().equals(pods.namespace()) || !svc.selector().matches(labels)) {
        continue;
      }
      for (ServicePort sp : svc.ports()) {
        if (targetPorts.contains(single(sp.protocol(), sp.targetPort()))) {
          out.add(new Question(Endpoint.service(svc.namespace(), svc.name()), single(sp.protocol(), sp.port())));
        }
      }
    }
    return out;
  }

  private List<Port> derivedPorts(Endpoint target) {
    Set<Port> ports = new LinkedHashSet<>();
    switch (target.kind()) {
      case PODS: {
        Site site = sites.resolve(target);
        for (Service svc : net.intent().services()) {
          if (svc.namespace().equals(site.pod.namespace()) && svc.selector().matches(site.pod.labels())) {
            svc.ports().forEach(sp -> ports.add(single(sp.protocol(), sp.targetPort())));
          }
        }
        for (NetworkPolicy policy : net.intent().policies()) {
          if (!(policy instanceof NetworkPolicy.Allow p)) {
            continue;
          }
          PolicyPeer d = p.destination();
          if (d.kind() == PolicyPeer.Kind.PODS && d.namespaceIn(p.namespace()).equals(site.pod.namespace())
              && d.selector().matches(site.pod.labels())) {
            ports.addAll(p.ports());
          }
        }
        break;
      }
      case SERVICE: {
        Endpoint.KubeService s = (Endpoint.KubeService) target;
        sites.service(s.namespace(), s.name()).ports().forEach(sp -> ports.add(single(sp.protocol(), sp.port())));
        break;
      }
      case LOAD_BALANCER: {
        Endpoint.LoadBalancer l = (Endpoint.LoadBalancer) target;
        sites.service(l.namespace(), l.name()).ports().forEach(sp -> ports.add(single(sp.protocol(), sp.port())));
        break;
      }
      case NODES:
        if (net.intent().services().stream().anyMatch(s -> s.type() != ServiceType.CLUSTER_IP)) {
          ports.add(Port.NODE_PORTS_TCP);
        }
        break;
      case API_ENDPOINT:
        ports.add(Port.tcp(6443));
        ports.add(Port.tcp(12250));
        break;
      default:
        break;
    }
    return new ArrayList<>(ports);
  }

  private List<Endpoint> sources() {
    Set<Endpoint> out = new LinkedHashSet<>();
    out.add(Endpoint.internet());
    if (net.drg().map(d -> !d.attachments().isEmpty()).orElse(false)) {
      out.add(Endpoint.onPremises());
    }
    for (ResolvedGateway g : net.gateways()) {
      g.target().lpgName().ifPresent(n -> out.add(Endpoint.peeredVcn(n)));
    }
    out.add(Endpoint.apiEndpoint());
    for (ResolvedNodePool p : net.nodePools()) {
      out.add(Endpoint.nodes(p.name()));
    }
    for (ResolvedSubnet s : net.subnets()) {
      if (s.role() == SubnetRole.CUSTOM) {
        out.add(Endpoint.subnet(s.key().label()));
      }
    }
    for (Service svc : net.intent().services()) {
      out.add(Endpoint.pods(svc.namespace(), svc.selector()));
    }
    for (NetworkPolicy policy : net.intent().policies()) {
      if (policy instanceof NetworkPolicy.Allow p) {
        addPods(out, p.source(), p.namespace());
        addPods(out, p.destination(), p.namespace());
      }
    }
    return new ArrayList<>(out);
  }

  private static void addPods(Set<Endpoint> out, PolicyPeer peer, String policyNamespace) {
    if (peer.kind() == PolicyPeer.Kind.PODS) {
      out.add(Endpoint.pods(peer.namespaceIn(policyNamespace), peer.selector()));
    } else if (peer.kind() == PolicyPeer.Kind.NAMESPACE) {
      out.add(Endpoint.pods(((PolicyPeer.Namespace) peer).namespace(), Selector.all()));
    }
  }

  private static Port single(Protocol protocol, int port) {
    return protocol == Protocol.UDP ? Port.udp(port) : Port.tcp(port);
  }
}
