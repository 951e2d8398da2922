package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServiceRef;
import dev.okenet.property.Gen;
import dev.okenet.property.Property;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * validate() over wide, mostly wrong models: random changes of the reference network touching
 * every part the rules read (blocks of any size, subnets that overlap or do not fit, any labels,
 * node pools of any size, LB options the builders accept, policies, NSG references, routes).
 * When written, these networks drew findings of 54 of the 59 built-in rules in 400 tries.
 */
class ValidateProperties {
  private static final List<String> LABELS = List.of("prod", "prod-1", "Workers", "x", "averyveryverylonglabel", "9lives");
  private static final List<String> NSG_NAMES = List.of("a", "b", "ghost");

  private static Gen<String> cidrs(int minPrefix, int maxPrefix) {
    return Gen.zip(Gen.longs(0, 0xFFFFFFFFL), Gen.ints(minPrefix, maxPrefix), (addr, p) -> {
      long network = p == 0 ? 0 : addr & (0xFFFFFFFFL << (32 - p)) & 0xFFFFFFFFL;
      return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + p;
    });
  }

  /** Mostly 10.0.x blocks so that subnets often fit, sometimes anything. */
  private static Gen<String> nearCidrs(int minPrefix, int maxPrefix) {
    Gen<String> near = Gen.zip(Gen.ints(0, 255), Gen.ints(Math.max(minPrefix, 16), maxPrefix),
        (third, p) -> cidrOf((10L << 24) | ((long) third << 8), p));
    return Gen.frequency(Gen.weighted(4, near), Gen.weighted(1, cidrs(minPrefix, maxPrefix)));
  }

  private static String cidrOf(long addr, int p) {
    long network = addr & (0xFFFFFFFFL << (32 - p)) & 0xFFFFFFFFL;
    return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + p;
  }

  private static Gen<Subnet> subnets(String name) {
    Gen<Boolean> booleans = Gen.booleans();
    Gen<Integer> prefixes = Gen.ints(16, 30);
    Gen<String> cidrs = nearCidrs(16, 30);
    Gen<Optional<String>> labels = Gen.of(LABELS).optional();
    Gen<List<SecurityRule>> ruleLists = rules().list(0, 2);
    Gen<List<RouteRule>> routeLists = routes().list(0, 2);
    Gen<Integer> listCounts = Gen.ints(0, 6);
    return source -> {
      boolean isPublic = source.draw(booleans);
      int prefix = source.draw(prefixes);
      String cidr = source.draw(cidrs);
      boolean explicit = source.draw(booleans);
      Optional<String> label = source.draw(labels);
      List<SecurityRule> rules = source.draw(ruleLists);
      List<RouteRule> routes = source.draw(routeLists);
      int lists = source.draw(listCounts);
      Subnet b = explicit ? (isPublic ? Subnet.publicSubnet(cidr) : Subnet.privateSubnet(cidr))
          : (isPublic ? Subnet.publicSubnet(prefix) : Subnet.privateSubnet(prefix));
      if (label.isPresent()) {
        b = b.withDnsLabel(label.get());
      }
      if (name != null) {
        b = b.withName(name);
      }
      for (SecurityRule rule : rules) {
        b = b.addSecurityRule(rule);
      }
      for (RouteRule route : routes) {
        b = b.addRouteRule(route);
      }
      for (int i = 0; i < lists; i++) {
        b = b.addSecurityList(SecurityList.named("l" + i).addAllRules(rules));
      }
      return b;
    };
  }

  /** {@code s} as a public subnet of the same size and label. */
  private static Subnet publicCopy(Subnet s) {
    Subnet p = s.cidr().map(Subnet::publicSubnet).orElseGet(() -> s.prefixLength().map(Subnet::publicSubnet).orElseGet(Subnet::publicSubnet));
    return s.dnsLabel().map(p::withDnsLabel).orElse(p);
  }

  private static Gen<Peer> peers() {
    return Gen.oneOf(Gen.constant(Peer.anyIpv4()), cidrs(0, 32).map(Peer::ipv4), Gen.of(SubnetRole.class).map(Peer::role),
        Gen.of(NSG_NAMES).map(Peer::nsg), Gen.constant(Peer.serviceNetwork()));
  }

  private static Gen<Port> ports() {
    return Gen.oneOf(Gen.ints(1, 65535).map(Port::tcp), Gen.constant(Port.SSH), Gen.constant(Port.tcp(3389)),
        Gen.constant(Port.all()), Gen.constant(Port.NODE_PORTS_TCP), Gen.ints(1, 65535).map(Port::udp));
  }

  private static Gen<SecurityRule> rules() {
    return Gen.zip(Gen.booleans(), peers(), ports(), (in, peer, port) -> in ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port));
  }

  private static Gen<RouteRule> routes() {
    // The service gateway and the Oracle Services Network go together or the rule refuses to be built (RouteRuleTest).
    Gen<RouteTarget> cidrTargets = Gen.oneOf(Gen.constant(RouteTarget.internetGateway()), Gen.constant(RouteTarget.natGateway()),
        Gen.constant(RouteTarget.drg()), Gen.of("shared", "ghost").map(RouteTarget::localPeering));
    return Gen.oneOf(Gen.constant(RouteRule.toServiceNetwork(RouteTarget.serviceGateway())),
        Gen.zip(cidrs(0, 32), cidrTargets, RouteRule::to));
  }

  private static Gen<NodePool> pools(String name) {
    Gen<Shape> shapes = Gen.oneOf(Gen.ints(1, 64).map(o -> Shape.flex("VM.Standard.E5.Flex", o)),
        Gen.ints(1, 24).map(v -> Shape.of("BM.Custom", v)));
    Gen<Integer> mins = Gen.ints(0, 60);
    Gen<Integer> extras = Gen.ints(0, 940);
    Gen<Optional<Integer>> podCounts = Gen.ints(1, 250).optional();
    Gen<Integer> surges = Gen.ints(0, 10);
    Gen<List<String>> nsgLists = Gen.of(NSG_NAMES).list(0, 7);
    return source -> {
      Shape shape = source.draw(shapes);
      int min = source.draw(mins);
      int extra = source.draw(extras);
      Optional<Integer> pods = source.draw(podCounts);
      int surge = source.draw(surges);
      List<String> nsgs = source.draw(nsgLists);
      List<String> podNsgs = source.draw(nsgLists);
      NodePool p = NodePool.of(name, shape, min, min + extra).withSurge(surge)
          .addNsgs(nsgs.toArray(String[]::new)).addPodNsgs(podNsgs.toArray(String[]::new));
      return pods.map(p::withMaxPodsPerNode).orElse(p);
    };
  }

  private static Gen<Service> services(String name) {
    Gen<Integer> kinds = Gen.ints(0, 3);
    Gen<Boolean> booleans = Gen.booleans();
    Gen<Integer> bandwidths = Gen.ints(1, 9000);
    Gen<Optional<SecurityRuleManagement>> modes = Gen.of(SecurityRuleManagement.class).optional();
    Gen<List<String>> nsgLists = Gen.of(NSG_NAMES).list(0, 7);
    return source -> {
      int kind = source.draw(kinds);
      boolean internal = source.draw(booleans);
      boolean nlb = source.draw(booleans);
      int min = source.draw(bandwidths);
      int max = source.draw(bandwidths);
      boolean udp = source.draw(booleans);
      Optional<SecurityRuleManagement> mode = source.draw(modes);
      List<String> nsgs = source.draw(nsgLists);
      if (kind == 0) {
        return Service.clusterIp("shop", name).addPort(8080);
      }
      Service s = Service.loadBalancer("shop", name).addPort(443, 8443);
      s = udp ? s.addUdpPort(53, 53) : s;
      s = internal ? s.withInternal() : s;
      s = nlb ? s.withNetworkLoadBalancer().withExternalTrafficPolicy(min % 2 == 0 ? ExternalTrafficPolicy.LOCAL : ExternalTrafficPolicy.CLUSTER)
          : kind == 2 ? s.withFlexibleShape(min, max) : kind == 3 ? s.withShape("flexible") : s;
      s = mode.map(s::withSecurityRuleManagement).orElse(s);
      return s.addNsgs(nsgs.toArray(String[]::new));
    };
  }

  private static Gen<NetworkPolicy> policies(String name) {
    Gen<PolicyPeer> peers = Gen.oneOf(Gen.of("app=web", "app=api", "app=wbe", "").map(PolicyPeer::pods),
        Gen.of("kube-system", "ingress-nginx").map(PolicyPeer::namespace), Gen.constant(PolicyPeer.KUBE_DNS),
        cidrs(0, 32).map(PolicyPeer::cidr));
    Gen<Integer> kinds = Gen.ints(0, 4);
    Gen<List<Port>> portLists = ports().list(0, 2);
    return source -> {
      int kind = source.draw(kinds);
      PolicyPeer from = source.draw(peers);
      PolicyPeer to = source.draw(peers);
      List<Port> ps = source.draw(portLists);
      NetworkPolicy policy = switch (kind) {
        case 0 -> NetworkPolicy.in("shop").defaultDeny();
        case 1 -> NetworkPolicy.in("shop").defaultDenyEgress();
        case 2 -> NetworkPolicy.in("shop").allowDnsEgress();
        default -> NetworkPolicy.in("shop").allow(from).to(to).on(ps.toArray(Port[]::new));
      };
      return policy.withName(name);
    };
  }

  private static Nsg nsg(String name, List<SecurityRule> rules) {
    Nsg nsg = Nsg.named(name);
    for (SecurityRule r : rules) {
      nsg = nsg.addRule(r);
    }
    return nsg;
  }

  private static final Gen<OkeNetwork> ANY_NETWORK = anyNetwork();

  private static Gen<OkeNetwork> anyNetwork() {
    List<Gen<UnaryOperator<OkeNetwork.Builder>>> changes = new ArrayList<>();
    changes.add(Gen.zip(nearCidrs(8, 30).list(1, 7), Gen.of(LABELS).optional(), (blocks, label) -> b -> {
      Vcn v = Vcn.of(blocks.get(0), blocks.subList(1, blocks.size()).toArray(String[]::new));
      return b.vcn(label.map(v::withDnsLabel).orElse(v));
    }));
    changes.add(subnets(null).map(s -> b -> b.workers(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.pods(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.publicLoadBalancers(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.internalLoadBalancers(s)));
    changes.add(Gen.zip(subnets("bastion").optional(), subnets("db").optional(),
        (x, y) -> b -> b.extraSubnets(Stream.of(x, y).flatMap(Optional::stream).toList())));
    changes.add(nearCidrs(8, 30).optional().map(c -> b -> b.podNetworking(c.map(PodNetworking::flannel).orElse(PodNetworking.vcnNative()))));
    Gen<PolicyEngine> engines = Gen.of(PolicyEngine.class);
    Gen<Boolean> booleans = Gen.booleans();
    Gen<List<String>> clientLists = cidrs(0, 32).list(0, 2);
    Gen<String> serviceCidrs = nearCidrs(8, 30);
    Gen<Optional<Subnet>> apiSubnets = subnets(null).optional();
    // The endpoint and its subnet together: a public endpoint is refused in a private subnet when built.
    changes.add(source -> {
      PolicyEngine engine = source.draw(engines);
      boolean pub = source.draw(booleans);
      List<String> clients = source.draw(clientLists);
      String services = source.draw(serviceCidrs);
      Optional<Subnet> api = source.draw(apiSubnets);
      Subnet prodApi = ReferenceNetworks.prod().apiEndpoint();
      Subnet chosen = api.orElse(prodApi);
      Subnet subnet = pub && !chosen.isPublic() ? publicCopy(chosen) : chosen;
      return b -> b.cluster(ReferenceNetworks.prod().cluster().withPolicyEngine(engine)
          .withEndpoint((pub ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).addAllowedClients(clients.toArray(String[]::new)))
          .withServicesCidr(services)).apiEndpoint(subnet);
    });
    changes.add(Gen.zip(Gen.booleans(), Gen.ints(0, 2), Gen.of(ServiceGatewayScope.class).optional(), (igw, nat, sgw) -> b -> {
      Gateways g = igw ? Gateways.internet() : Gateways.none();
      g = nat == 0 ? g : g.withNat(nat == 1 ? NatGateway.standard() : NatGateway.standard().withBlocksTraffic(true));
      return b.gateways(sgw.map(g::withServiceGateway).orElse(g));
    }));
    changes.add(Gen.zip(pools("general"), pools("batch").optional(), (p, q) -> b -> b.nodePools(q.map(x -> List.of(p, x)).orElse(List.of(p)))));
    changes.add(Gen.zip(services("web"), services("api"), services("dns"), (x, y, z) -> b -> b.services(List.of(x, y, z))));
    changes.add(Gen.zip(policies("p0"), policies("p1"), policies("p2"), (x, y, z) -> b -> b.policies(List.of(x, y, z))));
    changes.add(Gen.zip(rules().list(0, 130), rules().list(0, 3), (many, few) -> b -> b.nsgs(List.of(nsg("a", many), nsg("b", few)))));
    changes.add(Gen.zip(cidrs(0, 32).list(1, 3), cidrs(0, 32).list(1, 2), Gen.booleans(),
        (onprem, peer, drg) -> b -> b.drg(drg ? Optional.of(Drg.of(DrgAttachment.remotePeering("dr", "us-phoenix-1", onprem.toArray(String[]::new))))
            : Optional.empty()).localPeerings(List.of(LocalPeering.to("shared", peer.toArray(String[]::new))))));
    changes.add(Gen.zip(Gen.of(SecurityEnforcement.class), Gen.booleans(),
        (mode, lbRules) -> b -> b.securityEnforcement(mode).generatesLoadBalancerRules(lbRules)));
    changes.add(Gen.of("controller", "web", "api", "missing").map(exposer -> b -> b.ingresses(List.of(
        Ingress.of("nginx", ServiceRef.of(exposer.equals("controller") ? "ingress-nginx" : "shop", exposer))
            .addRoute("x.example.com", "/", ServiceRef.of("shop", "missing"), 80)))));

    Gen<List<UnaryOperator<OkeNetwork.Builder>>> chosen = Gen.<UnaryOperator<OkeNetwork.Builder>>oneOf(changes).list(1, 8);
    return chosen.map(list -> {
      OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
      for (UnaryOperator<OkeNetwork.Builder> change : list) {
        b = change.apply(b);
      }
      return b.build();
    });
  }

  @Test
  void validateNeverThrowsAndNoRuleFails() {
    Property.forAll(ANY_NETWORK).tries(400).check(network -> {
      Report report = network.validate();
      assertThat(report.findings(RuleCatalog.CHECK_FAILED.id())).as(report.render()).isEmpty();
      assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    });
  }

  @Test
  void podExhaustionIsReportedExactlyWhenCapacitySaysThePodSubnetOverflows() {
    Property.forAll(ANY_NETWORK).tries(200).check(network -> {
      boolean overflows = network.capacity().subnet(SubnetRole.PODS).map(s -> !s.fits()).orElse(false);
      assertThat(network.validate().has("OKE-IP-001")).isEqualTo(overflows);
    });
  }

  @Test
  void capacityNeverThrowsAndRenders() {
    Property.forAll(ANY_NETWORK).tries(200).check(network ->
        assertThat(network.capacity().render()).startsWith("Capacity of '" + network.name() + "'"));
  }
}
