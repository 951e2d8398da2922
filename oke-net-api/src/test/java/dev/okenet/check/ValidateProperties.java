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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * validate() over wide, mostly wrong models: random changes of the reference network touching
 * every part the rules read (blocks of any size, subnets that overlap or do not fit, any labels,
 * node pools of any size, LB options the builders accept, policies, NSG references, routes).
 * When written, these networks drew findings of 54 of the 59 built-in rules in 400 tries.
 */
class ValidateProperties {
  private static final List<String> LABELS = List.of("prod", "prod-1", "Workers", "x", "averyveryverylonglabel", "9lives");
  private static final List<String> NSG_NAMES = List.of("a", "b", "ghost");

  private static Arbitrary<String> cidrs(int minPrefix, int maxPrefix) {
    return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.integers().between(minPrefix, maxPrefix))
        .as((addr, p) -> {
          long network = p == 0 ? 0 : addr & (0xFFFFFFFFL << (32 - p)) & 0xFFFFFFFFL;
          return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + p;
        });
  }

  /** Mostly 10.0.x blocks so that subnets often fit, sometimes anything. */
  private static Arbitrary<String> nearCidrs(int minPrefix, int maxPrefix) {
    Arbitrary<String> near = Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(Math.max(minPrefix, 16), maxPrefix))
        .as((third, p) -> cidrOf((10L << 24) | ((long) third << 8), p));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, near), net.jqwik.api.Tuple.of(1, cidrs(minPrefix, maxPrefix)));
  }

  private static String cidrOf(long addr, int p) {
    long network = addr & (0xFFFFFFFFL << (32 - p)) & 0xFFFFFFFFL;
    return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + p;
  }

  private static Arbitrary<Subnet> subnets(String name) {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(16, 30), nearCidrs(16, 30),
        Arbitraries.of(true, false), Arbitraries.of(LABELS).optional(), rules().list().ofMaxSize(2), routes().list().ofMaxSize(2),
        Arbitraries.integers().between(0, 6))
        .as((isPublic, prefix, cidr, explicit, label, rules, routes, lists) -> {
          Subnet.Builder b = isPublic ? Subnet.publicSubnet() : Subnet.privateSubnet();
          if (explicit) {
            b.cidr(cidr);
          } else {
            b.prefixLength(prefix);
          }
          label.ifPresent(b::dnsLabel);
          if (name != null) {
            b.name(name);
          }
          b.extraSecurityRules(rules).extraRouteRules(routes);
          for (int i = 0; i < lists; i++) {
            b.addSecurityList(SecurityList.named("l" + i).withAllRules(rules));
          }
          return b.build();
        });
  }

  private static Arbitrary<Peer> peers() {
    return Arbitraries.oneOf(Arbitraries.just(Peer.anyIpv4()), cidrs(0, 32).map(Peer::ipv4), Arbitraries.of(SubnetRole.class).map(Peer::role),
        Arbitraries.of(NSG_NAMES).map(Peer::nsg), Arbitraries.just(Peer.serviceNetwork()));
  }

  private static Arbitrary<Port> ports() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 65535).map(Port::tcp), Arbitraries.just(Port.SSH), Arbitraries.just(Port.tcp(3389)),
        Arbitraries.just(Port.all()), Arbitraries.just(Port.NODE_PORTS_TCP), Arbitraries.integers().between(1, 65535).map(Port::udp));
  }

  private static Arbitrary<SecurityRule> rules() {
    return Combinators.combine(Arbitraries.of(true, false), peers(), ports())
        .as((in, peer, port) -> in ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port));
  }

  private static Arbitrary<RouteRule> routes() {
    // The service gateway and the Oracle Services Network go together or the rule refuses to be built (RouteRuleTest).
    Arbitrary<RouteTarget> cidrTargets = Arbitraries.oneOf(Arbitraries.just(RouteTarget.internetGateway()), Arbitraries.just(RouteTarget.natGateway()),
        Arbitraries.just(RouteTarget.drg()), Arbitraries.of("shared", "ghost").map(RouteTarget::localPeering));
    return Arbitraries.oneOf(Arbitraries.just(RouteRule.toServiceNetwork(RouteTarget.serviceGateway())),
        Combinators.combine(cidrs(0, 32), cidrTargets).as(RouteRule::to));
  }

  private static Arbitrary<NodePool> pools(String name) {
    Arbitrary<Shape> shapes = Arbitraries.oneOf(Arbitraries.integers().between(1, 64).map(o -> Shape.flex("VM.Standard.E5.Flex", o)),
        Arbitraries.integers().between(1, 24).map(v -> Shape.of("BM.Custom", v)));
    return Combinators.combine(shapes, Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 940),
        Arbitraries.integers().between(1, 250).optional(), Arbitraries.integers().between(0, 10), Arbitraries.of(NSG_NAMES).list().ofMaxSize(7),
        Arbitraries.of(NSG_NAMES).list().ofMaxSize(7))
        .as((shape, min, extra, pods, surge, nsgs, podNsgs) -> {
          NodePool p = NodePool.of(name, shape, min, min + extra).withSurge(surge)
              .withNsgs(nsgs.toArray(String[]::new)).withPodNsgs(podNsgs.toArray(String[]::new));
          return pods.map(p::withMaxPodsPerNode).orElse(p);
        });
  }

  private static Arbitrary<Service> services(String name) {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 9000), Arbitraries.integers().between(1, 9000), Arbitraries.of(true, false),
        Arbitraries.of(SecurityRuleManagement.class).optional(), Arbitraries.of(NSG_NAMES).list().ofMaxSize(7))
        .as((kind, internal, nlb, min, max, udp, mode, nsgs) -> {
          if (kind == 0) {
            return Service.clusterIp("shop", name).port(8080);
          }
          Service s = Service.loadBalancer("shop", name).port(443, 8443);
          s = udp ? s.udpPort(53, 53) : s;
          s = internal ? s.internal() : s;
          s = nlb ? s.networkLoadBalancer().externalTrafficPolicy(min % 2 == 0 ? ExternalTrafficPolicy.LOCAL : ExternalTrafficPolicy.CLUSTER)
              : kind == 2 ? s.flexible(min, max) : kind == 3 ? s.shape("flexible") : s;
          s = mode.map(s::securityRuleManagement).orElse(s);
          return s.nsgs(nsgs.toArray(String[]::new));
        });
  }

  private static Arbitrary<NetworkPolicy> policies(String name) {
    Arbitrary<PolicyPeer> peers = Arbitraries.oneOf(Arbitraries.of("app=web", "app=api", "app=wbe", "").map(PolicyPeer::pods),
        Arbitraries.of("kube-system", "ingress-nginx").map(PolicyPeer::namespace), Arbitraries.just(PolicyPeer.KUBE_DNS),
        cidrs(0, 32).map(PolicyPeer::cidr));
    return Combinators.combine(Arbitraries.integers().between(0, 4), peers, peers, ports().list().ofMaxSize(2))
        .as((kind, from, to, ps) -> switch (kind) {
          case 0 -> NetworkPolicy.in("shop").defaultDeny();
          case 1 -> NetworkPolicy.in("shop").defaultDenyEgress();
          case 2 -> NetworkPolicy.in("shop").allowDnsEgress();
          default -> NetworkPolicy.in("shop").allow(from).to(to).on(ps.toArray(Port[]::new));
        }).map(p -> p.named(name));
  }

  private static Nsg nsg(String name, List<SecurityRule> rules) {
    Nsg nsg = Nsg.named(name);
    for (SecurityRule r : rules) {
      nsg = nsg.withRule(r);
    }
    return nsg;
  }

  @Provide
  Arbitrary<OkeNetwork> anyNetwork() {
    List<Arbitrary<UnaryOperator<OkeNetwork.Builder>>> changes = new ArrayList<>();
    changes.add(Combinators.combine(nearCidrs(8, 30).list().ofMinSize(1).ofMaxSize(7), Arbitraries.of(LABELS).optional())
        .as((blocks, label) -> b -> {
          Vcn v = Vcn.of(blocks.get(0), blocks.subList(1, blocks.size()).toArray(String[]::new));
          return b.vcn(label.map(v::withDnsLabel).orElse(v));
        }));
    changes.add(subnets(null).map(s -> b -> b.apiEndpoint(s)));
    changes.add(subnets(null).map(s -> b -> b.workers(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.pods(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.publicLoadBalancers(s)));
    changes.add(subnets(null).optional().map(s -> b -> b.internalLoadBalancers(s)));
    changes.add(Combinators.combine(subnets("bastion").optional(), subnets("db").optional())
        .as((x, y) -> b -> b.extraSubnets(java.util.stream.Stream.of(x, y).flatMap(Optional::stream).toList())));
    changes.add(nearCidrs(8, 30).optional().map(c -> b -> b.podNetworking(c.map(PodNetworking::flannel).orElse(PodNetworking.vcnNative()))));
    changes.add(Combinators.combine(Arbitraries.of(PolicyEngine.class), Arbitraries.of(true, false), cidrs(0, 32).list().ofMaxSize(2), nearCidrs(8, 30))
        .as((engine, pub, clients, services) -> b -> b.cluster(ReferenceNetworks.prod().cluster().withPolicyEngine(engine)
            .withEndpoint((pub ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).allowClients(clients.toArray(String[]::new)))
            .withServicesCidr(services))));
    changes.add(Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.of(ServiceGatewayScope.class).optional())
        .as((igw, nat, sgw) -> b -> {
          Gateways g = igw ? Gateways.internet() : Gateways.none();
          g = nat == 0 ? g : g.nat(nat == 1 ? NatGateway.standard() : NatGateway.standard().blockingTraffic());
          return b.gateways(sgw.map(g::serviceGateway).orElse(g));
        }));
    changes.add(Combinators.combine(pools("general"), pools("batch").optional()).as((p, q) -> b -> b.nodePools(q.map(x -> List.of(p, x)).orElse(List.of(p)))));
    changes.add(Combinators.combine(services("web"), services("api"), services("dns")).as((x, y, z) -> b -> b.services(List.of(x, y, z))));
    changes.add(Combinators.combine(policies("p0"), policies("p1"), policies("p2")).as((x, y, z) -> b -> b.policies(List.of(x, y, z))));
    changes.add(Combinators.combine(rules().list().ofMaxSize(130), rules().list().ofMaxSize(3))
        .as((many, few) -> b -> b.nsgs(List.of(nsg("a", many), nsg("b", few)))));
    changes.add(Combinators.combine(cidrs(0, 32).list().ofMinSize(1).ofMaxSize(3), cidrs(0, 32).list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(true, false))
        .as((onprem, peer, drg) -> b -> b.drg(drg ? Optional.of(Drg.create().with(DrgAttachment.remotePeering("dr", "us-phoenix-1", onprem.toArray(String[]::new))))
            : Optional.empty()).localPeerings(List.of(LocalPeering.to("shared", peer.toArray(String[]::new))))));
    changes.add(Combinators.combine(Arbitraries.of(SecurityEnforcement.class), Arbitraries.of(true, false))
        .as((mode, lbRules) -> b -> b.securityEnforcement(mode).generatesLoadBalancerRules(lbRules)));
    changes.add(Arbitraries.of("controller", "web", "api", "missing").map(exposer -> b -> b.ingresses(List.of(
        Ingress.of("nginx", ServiceRef.of(exposer.equals("controller") ? "ingress-nginx" : "shop", exposer))
            .route("x.example.com", "/", ServiceRef.of("shop", "missing"), 80)))));

    Arbitrary<List<UnaryOperator<OkeNetwork.Builder>>> chosen = Arbitraries.oneOf(changes).list().ofMinSize(1).ofMaxSize(8);
    return chosen.map(list -> {
      OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
      for (UnaryOperator<OkeNetwork.Builder> change : list) {
        b = change.apply(b);
      }
      return b.build();
    });
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
  void validateNeverThrowsAndNoRuleFails(@ForAll("anyNetwork") OkeNetwork network) {
    Report report = network.validate();
    assertThat(report.findings(RuleCatalog.CHECK_FAILED.id())).as(report.render()).isEmpty();
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void podExhaustionIsReportedExactlyWhenCapacitySaysThePodSubnetOverflows(@ForAll("anyNetwork") OkeNetwork network) {
    boolean overflows = network.capacity().subnet(SubnetRole.PODS).map(s -> !s.fits()).orElse(false);
    assertThat(network.validate().has("OKE-IP-001")).isEqualTo(overflows);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void capacityNeverThrowsAndRenders(@ForAll("anyNetwork") OkeNetwork network) {
    assertThat(network.capacity().render()).startsWith("Capacity of '" + network.name() + "'");
  }
}
