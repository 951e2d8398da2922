package dev.okenet.reach.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.ServicePort;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.ExposedFlow;
import dev.okenet.reach.Verdict;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedNodePool;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every flow the internet can start into the VCN. Only destinations with a public address
 * can be reached, so the audit walks those (public subnets, nodes and API endpoint in public
 * subnets, public load balancers) and each ingress rule of theirs whose peer is public address
 * space (not private, on-premises or peered space); each candidate is confirmed by a full verdict (routes, return routes, listeners), so the
 * audit and {@code from(..).to(..).on(..)} never disagree. Linear in the rules.
 */
final class InternetAudit {
  private static final Cidr INTERNET = Cidr.of(Endpoint.INTERNET_ADDRESS);

  private final RuleIndex rules;
  private final Sites sites;
  private final ResolvedNetwork net;
  private final Evaluator evaluator;

  InternetAudit(RuleIndex rules, Sites sites, ResolvedNetwork net, Evaluator evaluator) {
    this.rules = rules;
    this.sites = sites;
    this.net = net;
    this.evaluator = evaluator;
  }

  List<ExposedFlow> run() {
    List<ExposedFlow> out = new ArrayList<>();
    for (Endpoint e : destinations()) {
      Site d = sites.resolve(e);
      if (!d.publicIp || d.problem != null) {
        continue;
      }
      for (int id : d.ruleSets) {
        for (CompiledRule r : rules.all(id, Direction.INGRESS)) {
          if (!r.isCidrPeer()) {
            continue;
          }
          Cidr source = r.rule.peer().cidr().get();
          Endpoint client = source.contains(INTERNET) ? Endpoint.internet() : Endpoint.cidr(source);
          // Private space, the VCN, on-premises and peers are not the internet, whatever the rule admits.
          Site clientSite = sites.resolve(client);
          if (clientSite.zone != Zone.INTERNET) {
            continue;
          }
          for (Port port : ports(d, r.port)) {
            Verdict v = evaluator.evaluate(client, clientSite, e, port);
            if (v.isAllowed()) {
              out.add(new ExposedFlow(e, port, source.toString(), r.setKeyText(), r.text(), v));
            }
          }
        }
      }
    }
    return out;
  }

  /** A load balancer is exposed on its listeners; anything else on the rule's ports. */
  private static List<Port> ports(Site d, Port rulePort) {
    if (d.loadBalancer == null) {
      return List.of(rulePort);
    }
    List<Port> listeners = new ArrayList<>();
    for (ServicePort sp : d.loadBalancer.service().ports()) {
      Port listener = sp.protocol() == Protocol.UDP ? Port.udp(sp.port()) : Port.tcp(sp.port());
      if (listener.isCoveredBy(rulePort) && !listeners.contains(listener)) {
        listeners.add(listener);
      }
    }
    return listeners;
  }

  private List<Endpoint> destinations() {
    List<Endpoint> out = new ArrayList<>();
    for (SubnetView s : sites.subnets()) {
      SubnetRole role = s.subnet().role();
      out.add(role == SubnetRole.CUSTOM ? Endpoint.subnet(s.subnet().key().label()) : Endpoint.subnet(role));
    }
    for (ResolvedNodePool p : net.nodePools()) {
      out.add(Endpoint.nodes(p.name()));
    }
    out.add(Endpoint.apiEndpoint());
    for (ResolvedLoadBalancer lb : net.loadBalancers()) {
      out.add(Endpoint.loadBalancer(lb.service().namespace(), lb.service().name()));
    }
    return out;
  }
}
