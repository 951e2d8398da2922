package dev.okenet.render.internal;

import dev.okenet.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Selector;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.List;
import java.util.Optional;

/**
 * Maps an {@link OkeNetwork} onto the {@link Schema}, field by field. Defaults are written out so a
 * document says everything the network is; only "nothing" (no value, an empty list, a stateful
 * rule's flag, an empty description) is left out.
 *
 * <pre>{@code
 * String json = SchemaMapper.JSON.write(ToSchema.of(prod));
 * }</pre>
 */
public final class ToSchema {
  private ToSchema() {}

  /** The schema form of {@code n}. */
  public static Schema.Network of(OkeNetwork n) {
    return new Schema.Network(Schema.VERSION, n.name(), n.compartmentId(), n.region(), vcn(n.vcn()), podNetworking(n.podNetworking()),
        cluster(n.cluster()),
        new Schema.Subnets(subnet(n.apiEndpoint()), subnet(n.workers()), n.pods().map(ToSchema::subnet).orElse(null),
            n.publicLoadBalancers().map(ToSchema::subnet).orElse(null), n.internalLoadBalancers().map(ToSchema::subnet).orElse(null)),
        map(n.extraSubnets(), ToSchema::subnet), gateways(n.gateways()), n.drg().map(ToSchema::drg).orElse(null),
        map(n.localPeerings(), ToSchema::localPeering), map(n.nsgs(), ToSchema::nsg), n.securityEnforcement().name(),
        n.generatesLoadBalancerRules(), n.generatesOkeRules(), n.internetEgress().name(), map(n.nodePools(), ToSchema::nodePool), map(n.services(), ToSchema::service),
        map(n.ingresses(), ToSchema::ingress), map(n.policies(), ToSchema::policy));
  }

  private static Schema.Vcn vcn(Vcn v) {
    return new Schema.Vcn(cidrs(v.cidrs()), text(v.ipv6Cidr()), v.dnsLabel().orElse(null), v.existingId().orElse(null));
  }

  private static Schema.PodNetworking podNetworking(PodNetworking p) {
    return new Schema.PodNetworking(p.cni().name(), text(p.podsCidr()));
  }

  private static Schema.Cluster cluster(Cluster c) {
    return new Schema.Cluster(c.type().name(), c.kubernetesVersion(),
        new Schema.Endpoint(c.endpoint().isPublic(), cidrs(c.endpoint().allowedClients())), c.servicesCidr().toString(),
        c.policyEngine().name(), c.existingId().orElse(null));
  }

  private static Schema.Subnet subnet(Subnet s) {
    return new Schema.Subnet(s.name().orElse(null), s.isPublic(), text(s.cidr()), s.prefixLength().orElse(null),
        s.dnsLabel().orElse(null), s.existingId().orElse(null), map(s.extraRouteRules(), ToSchema::route),
        map(s.extraSecurityRules(), ToSchema::rule), map(s.securityLists(), ToSchema::securityList));
  }

  private static Schema.Route route(RouteRule r) {
    return new Schema.Route(r.destinationText(), RouteTargetText.format(r.target()), r.description());
  }

  private static Schema.Rule rule(SecurityRule r) {
    return new Schema.Rule(r.direction().name(), PeerText.format(r.peer()), r.port().toString(), r.isStateful() ? null : Boolean.FALSE,
        r.description());
  }

  private static Schema.RuleSet securityList(SecurityList l) {
    return new Schema.RuleSet(l.name(), map(l.rules(), ToSchema::rule));
  }

  private static Schema.RuleSet nsg(Nsg n) {
    return new Schema.RuleSet(n.name(), map(n.rules(), ToSchema::rule));
  }

  private static Schema.Gateways gateways(Gateways g) {
    return new Schema.Gateways(g.hasInternetGateway(),
        g.natGateway().map(n -> new Schema.Nat(n.reservedPublicIpId().orElse(null), n.blocksTraffic())).orElse(null),
        g.serviceGatewayScope().map(Enum::name).orElse(null));
  }

  private static Schema.Drg drg(Drg d) {
    return new Schema.Drg(d.existingId().orElse(null), map(d.attachments(), a -> new Schema.DrgAttachment(a.name(), a.kind().name(),
        a.resourceId().orElse(null), a.peerRegion().orElse(null), cidrs(a.reachableCidrs()))));
  }

  private static Schema.LocalPeering localPeering(LocalPeering l) {
    return new Schema.LocalPeering(l.name(), cidrs(l.peerCidrs()), l.peerGatewayId().orElse(null));
  }

  private static Schema.NodePool nodePool(NodePool p) {
    return new Schema.NodePool(p.name(), shape(p.shape()), p.minNodes(), p.maxNodes(), p.maxPodsPerNode().orElse(null), p.surge(),
        p.nsgNames(), p.podNsgNames());
  }

  /** A flexible shape's VNICs follow from its OCPUs, so only OCPUs are written. */
  private static Schema.Shape shape(Shape s) {
    return s.isFlexible() ? new Schema.Shape(s.name(), s.ocpus().get(), null) : new Schema.Shape(s.name(), null, s.vnics());
  }

  private static Schema.Service service(Service s) {
    return new Schema.Service(s.namespace(), s.name(), s.type().name(), selector(s.selector()), map(s.ports(), ToSchema::servicePort),
        s.loadBalancer().map(ToSchema::loadBalancer).orElse(null));
  }

  private static Schema.ServicePort servicePort(ServicePort p) {
    return new Schema.ServicePort(p.port(), p.targetPort(), p.protocol().name(), p.nodePort().orElse(null));
  }

  private static Schema.LoadBalancer loadBalancer(LoadBalancerOptions o) {
    return new Schema.LoadBalancer(o.kind().name(), o.isInternal(), o.shape(), o.minMbps().orElse(null), o.maxMbps().orElse(null),
        o.tlsPorts(), o.tlsSecret().orElse(null), cidrs(o.sourceRanges()), o.externalTrafficPolicy().name(),
        o.securityRuleManagement().map(Enum::name).orElse(null), o.nsgNames(), o.backendProtocol().orElse(null),
        o.healthCheckNodePort().orElse(null), o.backendPolicy());
  }

  private static Schema.Ingress ingress(Ingress i) {
    return new Schema.Ingress(i.className(), i.exposedBy().toString(),
        map(i.rules(), r -> new Schema.IngressRule(r.host(), r.path(), r.backend().toString(), r.port())),
        map(i.tls(), t -> new Schema.IngressTls(t.secretName(), t.hosts())));
  }

  private static Schema.Policy policy(NetworkPolicy p) {
    boolean deny = p.kind() == NetworkPolicy.Kind.DEFAULT_DENY;
    return new Schema.Policy(p.namespace(), p.name(), p.kind().name(), deny ? p.deniesIngress() : null, deny ? p.deniesEgress() : null,
        p.source().map(ToSchema::policyPeer).orElse(null), p.destination().map(ToSchema::policyPeer).orElse(null),
        map(p.ports(), Port::toString));
  }

  /** Kinds are told apart by which fields are present: see {@link Schema.PolicyPeer}. */
  private static Schema.PolicyPeer policyPeer(PolicyPeer p) {
    switch (p.kind()) {
      case CIDR:
        return new Schema.PolicyPeer(null, null, p.cidr().get().toString());
      case NAMESPACE:
        return new Schema.PolicyPeer(p.namespace().get(), null, null);
      default:
        return new Schema.PolicyPeer(p.namespace().orElse(null), selector(p.selector()), null);
    }
  }

  /** "app=web,tier=front"; "" for all pods (Selector's toString says "(all)", which is not parseable). */
  private static String selector(Selector s) {
    return s.isAll() ? "" : s.toString();
  }

  private static List<String> cidrs(List<Cidr> cidrs) {
    return map(cidrs, Cidr::toString);
  }

  private static String text(Optional<Cidr> cidr) {
    return cidr.map(Cidr::toString).orElse(null);
  }

  private static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> f) {
    return items.stream().map(f).toList();
  }
}
