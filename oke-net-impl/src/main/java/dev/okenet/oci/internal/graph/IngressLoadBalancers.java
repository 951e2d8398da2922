package dev.okenet.oci.internal.graph;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.IngressNlbKey;
import dev.okenet.key.NsgKey;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.ServicePort;
import dev.okenet.oci.ResourceType;
import dev.okenet.resolved.ResolvedLoadBalancer;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standalone network load balancers in front of ingress controllers: one per Ingress's
 * controller Service, in the network's public load balancer subnet, with one TCP/UDP listener
 * per Service port. Each listener forwards to a backend set of the same name, health-checked on
 * kube-proxy's port 10256; the backends (the worker nodes) are left to whoever runs the
 * controller, since nodes come and go with the node pools.
 *
 * <pre>{@code
 * IngressLoadBalancers.of(net).get(0).key();   // nlb:ingress:ingress-nginx/controller
 * }</pre>
 */
public final class IngressLoadBalancers {
  /** kube-proxy's health port, which OKE's own load balancers check too. */
  public static final int HEALTH_CHECK_PORT = 10256;

  /**
   * One planned NLB.
   *
   * @param key the logical key, {@code nlb:ingress:<namespace>/<name>} of the controller Service
   * @param name the display name
   * @param subnetKey the public load balancer subnet
   * @param nsgKeys NSGs the controller's load balancer has in the model
   * @param ports the controller Service's ports, one listener each
   */
  public record IngressNlb(IngressNlbKey key, String name, SubnetKey subnetKey, List<NsgKey> nsgKeys, List<ServicePort> ports) {
    /** Copies the lists. */
    public IngressNlb {
      nsgKeys = List.copyOf(nsgKeys);
      ports = List.copyOf(ports);
    }

    /** The listener name of a port, e.g. "tcp-443". */
    public static String listenerName(ServicePort p) {
      return p.protocol().name().toLowerCase(java.util.Locale.ROOT) + "-" + p.port();
    }

    /** The listeners as plans show them, e.g. "TCP 80, TCP 443". */
    public String listenersText() {
      return ports.stream().map(p -> p.protocol() + " " + p.port()).sorted().collect(Collectors.joining(", "));
    }

    ResourceSpec spec() {
      List<ResourceKey> deps = new ArrayList<>(List.of(ResourceKey.vcn(), subnetKey));
      deps.addAll(nsgKeys);
      return DesiredGraph.spec(ResourceType.NETWORK_LOAD_BALANCER, key, name,
          DesiredGraph.fields("subnet", subnetKey.toString(), "public", "true", "listeners", listenersText(),
              "nsgs", DesiredGraph.text(nsgKeys)),
          Set.of("subnet", "public", "listeners", "nsgs"), Map.of(), List.copyOf(new java.util.LinkedHashSet<>(deps)), List.of(),
          Optional.empty(), this);
    }
  }

  private IngressLoadBalancers() {}

  /**
   * The NLBs of {@code net}'s Ingresses (one per distinct controller Service).
   *
   * @throws IllegalArgumentException naming the Ingress when its controller Service is not a
   *     LoadBalancer Service of the model, or when the network has no public LB subnet
   */
  public static List<IngressNlb> of(ResolvedNetwork net) {
    Map<IngressNlbKey, IngressNlb> out = new LinkedHashMap<>();
    for (Ingress ingress : net.intent().ingresses()) {
      String controller = ingress.exposedBy().namespace() + "/" + ingress.exposedBy().name();
      ResolvedLoadBalancer lb = net.loadBalancers().stream()
          .filter(l -> l.service().namespace().equals(ingress.exposedBy().namespace())
              && l.service().name().equals(ingress.exposedBy().name()))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("Ingress '" + ingress.className() + "' of network '"
              + net.name() + "' is exposed by " + controller + ", which is not a LoadBalancer Service of the model, so "
              + "ingressLoadBalancers has no ports to listen on. Add Service.loadBalancer(\"" + ingress.exposedBy().namespace()
              + "\", \"" + ingress.exposedBy().name() + "\").addPort(443), or turn ingressLoadBalancers off."));
      ResolvedSubnet subnet = net.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS).filter(ResolvedSubnet::isPublic)
          .orElseThrow(() -> new IllegalArgumentException("ingressLoadBalancers puts a public NLB in front of " + controller
              + " (Ingress '" + ingress.className() + "'), but network '" + net.name() + "' has no public load balancer "
              + "subnet. Add .publicLoadBalancers(Subnet.publicSubnet(24)), or turn ingressLoadBalancers off."));
      IngressNlbKey key = ResourceKey.ingressNlb(ingress.exposedBy().namespace(), ingress.exposedBy().name());
      out.putIfAbsent(key, new IngressNlb(key, net.name() + "-ingress-" + ingress.exposedBy().name(), subnet.key(),
          lb.nsgKeys(), lb.service().ports()));
    }
    return List.copyOf(out.values());
  }
}
