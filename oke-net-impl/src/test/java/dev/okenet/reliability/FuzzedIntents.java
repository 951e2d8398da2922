package dev.okenet.reliability;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
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
import net.jqwik.api.Tuple;

/**
 * Random intents for the differential fuzzing: prod or prod-flannel with zero to five changes,
 * each drawn from the things FakeOci and the validator both have an opinion on (VCN blocks and
 * labels, subnet sizes, CIDRs, visibility and labels, security lists per subnet, NSG and security
 * list rule counts, routes to gateways that may not exist or for addresses inside the VCN, pod networking, services and pods
 * CIDRs, the API endpoint, node pool sizes and pods per node, LB services, DRG and peering
 * CIDRs). Most values stay near prod's so that many intents validate clean and get applied; a
 * change is a value with a readable {@code toString}, so a shrunk failure reads as a recipe.
 *
 * <pre>{@code
 * @Property void p(@ForAll("intents") FuzzCase c) { c.network().validate(); }
 * @Provide Arbitrary<FuzzCase> intents() { return FuzzedIntents.cases(); }
 * }</pre>
 */
final class FuzzedIntents {
  private static final List<String> LABELS = List.of("workers", "pods", "db", "Db2", "9lives", "averyveryverylonglabel", "x");
  private static final List<String> CUSTOM_NSGS = List.of("bastion", "db");

  private FuzzedIntents() {}

  /** A generated intent, the changes that made it, and whether the property also applies it on FakeOci. */
  record FuzzCase(String base, List<Change> changes, boolean applied) {
    OkeNetwork network() {
      OkeNetwork n = base.equals("prod") ? ReferenceNetworks.prod() : ReferenceNetworks.prodFlannel();
      for (Change c : changes) {
        try {
          n = c.edit().apply(n.toBuilder()).build();
        } catch (IllegalArgumentException | IllegalStateException refusedByTheDsl) {
          // The DSL refuses some combinations at construction, with a message: not what this fuzzes.
        }
      }
      return n;
    }

    @Override
    public String toString() {
      return base + " " + changes + (applied ? " (applied)" : "");
    }
  }

  /** One change to an intent. */
  record Change(String what, UnaryOperator<OkeNetwork.Builder> edit) {
    @Override
    public String toString() {
      return what;
    }
  }

  /** Intents; about {@code applyPercent}% are marked to be applied. */
  static Arbitrary<FuzzCase> cases(int applyPercent) {
    Arbitrary<String> base = Arbitraries.of("prod", "prod-flannel");
    Arbitrary<List<Change>> changes = Arbitraries.oneOf(changes()).list().ofMaxSize(5);
    // A plain random draw: jqwik's integers and their edge cases would pick "apply" far more often.
    Arbitrary<Boolean> applied = Arbitraries.randomValue(random -> random.nextInt(100) < applyPercent);
    return Combinators.combine(base, changes, applied).as(FuzzCase::new);
  }

  private static String cidr(long address, int prefix) {
    long network = address & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + prefix;
  }

  /** Mostly inside or next to prod's 10.0.0.0/16; sometimes anywhere. */
  private static Arbitrary<String> nearCidrs(int minPrefix, int maxPrefix) {
    Arbitrary<String> near = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 255),
        Arbitraries.integers().between(Math.max(minPrefix, 8), maxPrefix))
        .as((second, third, p) -> cidr((10L << 24) | ((long) second << 16) | ((long) third << 8), p));
    Arbitrary<String> anywhere = Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.integers().between(minPrefix, maxPrefix))
        .as(FuzzedIntents::cidr);
    return Arbitraries.frequencyOf(Tuple.of(5, near), Tuple.of(1, anywhere),
        Tuple.of(1, Arbitraries.of("10.96.0.0/16", "10.244.0.0/16", "192.168.0.0/16", "0.0.0.0/0")));
  }

  private static Arbitrary<Subnet> subnets(boolean defaultPublic, String defaultLabel) {
    return subnets(defaultPublic, defaultLabel, null);
  }

  /** A subnet near the default for its slot; named (with up to two extra routes) when {@code name} is given. */
  private static Arbitrary<Subnet> subnets(boolean defaultPublic, String defaultLabel, String name) {
    Arbitrary<List<RouteRule>> routes = name == null ? Arbitraries.just(List.of()) : routes().list().ofMaxSize(2);
    return Combinators.combine(subnetsWithoutRoutes(defaultPublic, defaultLabel, name), routes).as((b, r) -> b.extraRouteRules(r).build());
  }

  private static Arbitrary<Subnet.Builder> subnetsWithoutRoutes(boolean defaultPublic, String defaultLabel, String name) {
    return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(defaultPublic)), Tuple.of(1, Arbitraries.of(true, false))),
        Arbitraries.integers().between(16, 30), nearCidrs(16, 30).injectNull(0.7),
        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(defaultLabel)), Tuple.of(1, Arbitraries.of(LABELS))).injectNull(0.1),
        Arbitraries.integers().between(0, 6), rules().list().ofMaxSize(2))
        .as((isPublic, prefix, cidr, label, lists, rules) -> {
          Subnet.Builder b = isPublic ? Subnet.publicSubnet() : Subnet.privateSubnet();
          if (cidr != null) {
            b.cidr(cidr);
          } else {
            b.prefixLength(prefix);
          }
          if (label != null) {
            b.dnsLabel(label);
          }
          b.extraSecurityRules(rules);
          for (int i = 0; i < lists; i++) {
            b.addSecurityList(SecurityList.named("l" + i).withAllRules(rules));
          }
          if (name != null) {
            b.name(name);
          }
          return b;
        });
  }

  private static Arbitrary<Peer> peers() {
    return Arbitraries.oneOf(Arbitraries.just(Peer.anyIpv4()), nearCidrs(8, 32).map(Peer::ipv4),
        Arbitraries.of(SubnetRole.WORKERS, SubnetRole.PODS, SubnetRole.PUBLIC_LOAD_BALANCERS).map(Peer::role),
        Arbitraries.of("bastion", "db", "ghost").map(Peer::nsg), Arbitraries.just(Peer.serviceNetwork()));
  }

  private static Arbitrary<Port> ports() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 65535).map(Port::tcp), Arbitraries.just(Port.SSH),
        Arbitraries.just(Port.tcp(3389)), Arbitraries.just(Port.all()), Arbitraries.integers().between(1, 65535).map(Port::udp),
        Arbitraries.just(Port.ICMP_PATH_MTU));
  }

  private static Arbitrary<SecurityRule> rules() {
    return Combinators.combine(Arbitraries.of(true, false), peers(), ports())
        .as((in, peer, port) -> in ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port));
  }

  private static Arbitrary<RouteRule> routes() {
    // The service gateway with anything but the Oracle Services Network (or the reverse) is refused
    // by RouteRule itself (RouteRuleTest), so only the pairing OCI takes is generated.
    Arbitrary<RouteTarget> targets = Arbitraries.oneOf(Arbitraries.just(RouteTarget.internetGateway()), Arbitraries.just(RouteTarget.natGateway()),
        Arbitraries.just(RouteTarget.drg()), Arbitraries.of("shared", "ghost").map(RouteTarget::localPeering));
    Arbitrary<String> outside = Combinators.combine(Arbitraries.integers().between(64, 127), Arbitraries.integers().between(10, 32))
        .as((second, p) -> cidr((100L << 24) | ((long) second << 16), p));
    // Inside prod's 10.0.0.0/16: OCI refuses a gateway route for the VCN's own addresses, and OKE-NET-009 predicts it.
    Arbitrary<String> inside = Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(16, 30))
        .as((low, p) -> cidr((10L << 24) | low, p));
    Arbitrary<String> destinations = Arbitraries.frequencyOf(Tuple.of(2, outside), Tuple.of(1, Arbitraries.just("0.0.0.0/0")),
        Tuple.of(1, nearCidrs(16, 30)), Tuple.of(2, inside));
    return Combinators.combine(Arbitraries.of(true, false), destinations, targets)
        .as((osn, cidr, target) -> osn ? RouteRule.toServiceNetwork(RouteTarget.serviceGateway()) : RouteRule.to(cidr, target));
  }

  private static Arbitrary<NodePool> pools(String name) {
    return Combinators.combine(Arbitraries.integers().between(1, 16), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 30),
        Arbitraries.integers().between(1, 130).injectNull(0.3), Arbitraries.of(CUSTOM_NSGS).list().ofMaxSize(6))
        .as((ocpus, min, extra, pods, nsgs) -> {
          NodePool p = NodePool.of(name, Shape.flex("VM.Standard.E5.Flex", ocpus), min, min + extra).withNsgs(nsgs.toArray(String[]::new));
          return pods == null ? p : p.withMaxPodsPerNode(pods);
        });
  }

  private static Arbitrary<Service> services() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 9000), Arbitraries.integers().between(1, 9000),
        Arbitraries.of(CUSTOM_NSGS).list().ofMaxSize(6))
        .as((kind, min, max, nsgs) -> {
          Service s = Service.loadBalancer("shop", "extra").port(443, 8443).nsgs(nsgs.toArray(String[]::new));
          return switch (kind) {
            case 0 -> s.networkLoadBalancer();
            case 1 -> s.internal().flexible(min, max);
            case 2 -> s.flexible(min, max);
            default -> s.internal().networkLoadBalancer();
          };
        });
  }

  private static Nsg nsg(String name, List<SecurityRule> rules) {
    Nsg nsg = Nsg.named(name);
    for (SecurityRule r : rules) {
      nsg = nsg.withRule(r);
    }
    return nsg;
  }

  private static Change change(String what, UnaryOperator<OkeNetwork.Builder> edit) {
    return new Change(what, edit);
  }

  private static List<Arbitrary<Change>> changes() {
    List<Arbitrary<Change>> all = new ArrayList<>();
    all.add(Combinators.combine(Arbitraries.integers().between(12, 30), nearCidrs(8, 30).list().ofMaxSize(5),
        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("prod")), Tuple.of(1, Arbitraries.of(LABELS))).injectNull(0.2))
        .as((prefix, extra, label) -> {
          Vcn v = Vcn.of(cidr(10L << 24, prefix), extra.toArray(String[]::new));
          Vcn vcn = label == null ? v : v.withDnsLabel(label);
          return change("vcn " + vcn.cidrs() + " label " + label, b -> b.vcn(vcn));
        }));
    all.add(subnets(false, "api").map(s -> change("api endpoint " + s, b -> b.apiEndpoint(s))));
    all.add(subnets(false, "workers").map(s -> change("workers " + s, b -> b.workers(s))));
    all.add(subnets(false, "pods").optional().map(s -> change("pods " + s, b -> b.pods(s))));
    all.add(subnets(true, "lbpublic").optional().map(s -> change("public LBs " + s, b -> b.publicLoadBalancers(s))));
    all.add(subnets(false, "lbinternal").optional().map(s -> change("internal LBs " + s, b -> b.internalLoadBalancers(s))));
    all.add(Combinators.combine(subnets(true, "bastion", "bastion").optional(), subnets(false, "db", "db").optional())
        .as((x, y) -> {
          List<Subnet> extra = new ArrayList<>();
          x.ifPresent(extra::add);
          y.ifPresent(extra::add);
          return change("extra subnets " + extra, b -> b.extraSubnets(extra));
        }));
    all.add(nearCidrs(8, 24).injectNull(0.4).map(c -> {
      PodNetworking pn = c == null ? PodNetworking.vcnNative() : PodNetworking.flannel(c);
      return change("pod networking " + pn, b -> b.podNetworking(pn));
    }));
    all.add(Combinators.combine(Arbitraries.of(PolicyEngine.class), Arbitraries.of(true, false), nearCidrs(0, 32).list().ofMaxSize(2),
        nearCidrs(8, 28))
        .as((engine, pub, clients, services) -> {
          var cluster = ReferenceNetworks.prod().cluster().withPolicyEngine(engine)
              .withEndpoint((pub ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).allowClients(clients.toArray(String[]::new)))
              .withServicesCidr(services);
          return change("cluster " + engine + (pub ? " public" : " private") + " clients " + clients + " services " + services,
              b -> b.cluster(cluster));
        }));
    all.add(Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(ServiceGatewayScope.class).injectNull(0.3))
        .as((igw, nat, sgw) -> {
          Gateways g = igw ? Gateways.internet() : Gateways.none();
          g = nat ? g.nat() : g;
          Gateways gateways = sgw == null ? g : g.serviceGateway(sgw);
          return change("gateways igw " + igw + " nat " + nat + " sgw " + sgw, b -> b.gateways(gateways));
        }));
    all.add(Combinators.combine(pools("general"), pools("batch").optional())
        .as((p, q) -> change("pools " + p + " " + q, b -> b.nodePools(q.map(x -> List.of(p, x)).orElse(List.of(p))))));
    all.add(services().map(s -> change("service " + s, b -> b.addService(s))));
    all.add(Combinators.combine(Arbitraries.integers().between(0, 130), rules(), rules().list().ofMaxSize(3))
        .as((count, repeated, few) -> {
          List<SecurityRule> many = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            many.add(SecurityRule.ingress(Peer.ipv4(cidr((10L << 24) | ((long) i << 8), 24)), Port.tcp(1 + i)));
          }
          return change("nsgs bastion with " + count + " rules, db with " + few, b -> b.nsgs(List.of(nsg("bastion", many), nsg("db", few))));
        }));
    all.add(Combinators.combine(Arbitraries.integers().between(0, 210), Arbitraries.of(true, false))
        .as((count, ingress) -> {
          List<SecurityRule> many = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            Peer p = Peer.ipv4(cidr((172L << 24) | (16L << 16) | ((long) i << 8), 24));
            many.add(ingress ? SecurityRule.ingress(p, Port.tcp(1 + i)) : SecurityRule.egress(p, Port.tcp(1 + i)));
          }
          Subnet workers = Subnet.privateSubnet().prefixLength(22).dnsLabel("workers").extraSecurityRules(many).build();
          return change("workers with " + count + (ingress ? " ingress" : " egress") + " rules",
              b -> b.workers(workers).securityEnforcement(SecurityEnforcement.SECURITY_LISTS));
        }));
    all.add(Combinators.combine(nearCidrs(8, 30).list().ofMinSize(1).ofMaxSize(2), nearCidrs(8, 30).list().ofMinSize(1).ofMaxSize(2),
        Arbitraries.integers().between(0, 2))
        .as((onprem, peer, drg) -> {
          Optional<Drg> d = drg == 0 ? Optional.empty() : Optional.of(Drg.create().with(drg == 1
              ? DrgAttachment.ipsecVpn("onprem", ReferenceNetworks.IPSEC_CONNECTION_ID, onprem.toArray(String[]::new))
              : DrgAttachment.remotePeering("dr", "us-phoenix-1", onprem.toArray(String[]::new))));
          return change("drg " + d.map(Object::toString).orElse("none") + ", peering to " + peer,
              b -> b.drg(d).localPeerings(List.of(LocalPeering.to("shared", peer.toArray(String[]::new)))));
        }));
    all.add(Combinators.combine(Arbitraries.of(SecurityEnforcement.class), Arbitraries.of(true, false))
        .as((mode, lbRules) -> change(mode + (lbRules ? "" : ", no LB rules"), b -> b.securityEnforcement(mode).generatesLoadBalancerRules(lbRules))));
    return all;
  }
}
