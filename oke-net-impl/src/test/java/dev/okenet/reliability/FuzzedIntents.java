package dev.okenet.reliability;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.property.Gen;
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

/**
 * Random intents for the differential fuzzing: prod or prod-flannel with zero to five changes,
 * each drawn from the things FakeOci and the validator both have an opinion on (VCN blocks and
 * labels, subnet sizes, CIDRs, visibility and labels, security lists per subnet, NSG and security
 * list rule counts, routes to gateways that may not exist or for addresses inside the VCN, pod networking, services and pods
 * CIDRs, the API endpoint, node pool sizes and pods per node, LB services, DRG and peering
 * CIDRs). Most values stay near prod's so that many intents validate clean and get applied; a
 * change is a value with a readable {@code toString}, so a shrunk failure reads as a recipe.
 *
 * <p>Every change is one the DSL accepts, by construction rather than by dropping what it refuses:
 * an API endpoint subnet follows a public endpoint to a public subnet (OKE gives the endpoint a
 * public IP from it), and a second LoadBalancer Service gets a name of its own.
 *
 * <pre>{@code
 * Property.forAll(FuzzedIntents.cases(3)).tries(100).check(c -> c.network().validate());
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
        n = c.edit().apply(n);
      }
      return n;
    }

    @Override
    public String toString() {
      return base + " " + changes + (applied ? " (applied)" : "");
    }
  }

  /** One change to an intent, made on the intent as the earlier changes left it. */
  record Change(String what, UnaryOperator<OkeNetwork> edit) {
    @Override
    public String toString() {
      return what;
    }
  }

  /** Intents; about {@code applyPercent}% are marked to be applied. */
  static Gen<FuzzCase> cases(int applyPercent) {
    Gen<String> base = Gen.of("prod", "prod-flannel");
    Gen<List<Change>> changes = Gen.oneOf(changes()).list(0, 5);
    // A draw with no edge cases, so "apply" keeps its share in every case; it shrinks toward not applying.
    Gen<Boolean> applied = Gen.chance(applyPercent / 100.0);
    return Gen.zip(base, changes, applied, FuzzCase::new);
  }

  private static String cidr(long address, int prefix) {
    long network = address & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "." + (network & 255) + "/" + prefix;
  }

  /** Mostly inside or next to prod's 10.0.0.0/16; sometimes anywhere. */
  private static Gen<String> nearCidrs(int minPrefix, int maxPrefix) {
    Gen<String> near = Gen.zip(Gen.ints(0, 3), Gen.ints(0, 255), Gen.ints(Math.max(minPrefix, 8), maxPrefix),
        (second, third, p) -> cidr((10L << 24) | ((long) second << 16) | ((long) third << 8), p));
    Gen<String> anywhere = Gen.zip(Gen.longs(0, 0xFFFFFFFFL), Gen.ints(minPrefix, maxPrefix), FuzzedIntents::cidr);
    return Gen.frequency(Gen.weighted(5, near), Gen.weighted(1, anywhere),
        Gen.weighted(1, Gen.of("10.96.0.0/16", "10.244.0.0/16", "192.168.0.0/16", "0.0.0.0/0")));
  }

  private static Gen<Subnet> subnets(boolean defaultPublic, String defaultLabel) {
    return subnets(defaultPublic, defaultLabel, null);
  }

  /** A subnet near the default for its slot; named (with up to two extra routes) when {@code name} is given. */
  private static Gen<Subnet> subnets(boolean defaultPublic, String defaultLabel, String name) {
    return drawnSubnets(defaultPublic, defaultLabel, name).map(DrawnSubnet::subnet);
  }

  /** A drawn subnet, which can also be made public keeping every other drawn value. */
  record DrawnSubnet(boolean isPublic, java.util.function.Function<Boolean, Subnet> withVisibility) {
    Subnet subnet() {
      return withVisibility.apply(isPublic);
    }

    Subnet publicSubnet() {
      return withVisibility.apply(true);
    }
  }

  private static Gen<DrawnSubnet> drawnSubnets(boolean defaultPublic, String defaultLabel, String name) {
    Gen<List<RouteRule>> routes = name == null ? Gen.constant(List.of()) : routes().list(0, 2);
    return Gen.zip(subnetsWithoutRoutes(defaultPublic, defaultLabel, name), routes, (b, r) -> new DrawnSubnet(b.isPublic(),
        visibility -> {
          Subnet s = b.withVisibility().apply(visibility);
          for (RouteRule route : r) {
            s = s.addRouteRule(route);
          }
          return s;
        }));
  }

  private static Gen<DrawnSubnet> subnetsWithoutRoutes(boolean defaultPublic, String defaultLabel, String name) {
    Gen<Boolean> visibilities = Gen.frequency(Gen.weighted(4, Gen.constant(defaultPublic)), Gen.weighted(1, Gen.booleans()));
    Gen<Integer> prefixes = Gen.ints(16, 30);
    Gen<String> cidrs = nearCidrs(16, 30).orNull(0.7);
    Gen<String> labels = Gen.frequency(Gen.weighted(4, Gen.constant(defaultLabel)), Gen.weighted(1, Gen.of(LABELS))).orNull(0.1);
    Gen<Integer> listCounts = Gen.ints(0, 6);
    Gen<List<SecurityRule>> ruleLists = rules().list(0, 2);
    return source -> {
      boolean isPublic = source.draw(visibilities);
      int prefix = source.draw(prefixes);
      String cidr = source.draw(cidrs);
      String label = source.draw(labels);
      int lists = source.draw(listCounts);
      List<SecurityRule> rules = source.draw(ruleLists);
      return new DrawnSubnet(isPublic, visibility -> {
        Subnet b = cidr != null ? (visibility ? Subnet.publicSubnet(cidr) : Subnet.privateSubnet(cidr))
            : (visibility ? Subnet.publicSubnet(prefix) : Subnet.privateSubnet(prefix));
        if (label != null) {
          b = b.withDnsLabel(label);
        }
        for (SecurityRule rule : rules) {
          b = b.addSecurityRule(rule);
        }
        for (int i = 0; i < lists; i++) {
          b = b.addSecurityList(SecurityList.named("l" + i).addAllRules(rules));
        }
        if (name != null) {
          b = b.withName(name);
        }
        return b;
      });
    };
  }

  private static Gen<Peer> peers() {
    return Gen.oneOf(Gen.constant(Peer.anyIpv4()), nearCidrs(8, 32).map(Peer::ipv4),
        Gen.of(SubnetRole.WORKERS, SubnetRole.PODS, SubnetRole.PUBLIC_LOAD_BALANCERS).map(Peer::role),
        Gen.of("bastion", "db", "ghost").map(Peer::nsg), Gen.constant(Peer.serviceNetwork()));
  }

  private static Gen<Port> ports() {
    return Gen.oneOf(Gen.ints(1, 65535).map(Port::tcp), Gen.constant(Port.SSH),
        Gen.constant(Port.tcp(3389)), Gen.constant(Port.all()), Gen.ints(1, 65535).map(Port::udp),
        Gen.constant(Port.ICMP_PATH_MTU));
  }

  private static Gen<SecurityRule> rules() {
    return Gen.zip(Gen.booleans(), peers(), ports(), (in, peer, port) -> in ? SecurityRule.ingress(peer, port) : SecurityRule.egress(peer, port));
  }

  private static Gen<RouteRule> routes() {
    // The service gateway with anything but the Oracle Services Network (or the reverse) is refused
    // by RouteRule itself (RouteRuleTest), so only the pairing OCI takes is generated.
    Gen<RouteTarget> targets = Gen.oneOf(Gen.constant(RouteTarget.internetGateway()), Gen.constant(RouteTarget.natGateway()),
        Gen.constant(RouteTarget.drg()), Gen.of("shared", "ghost").map(RouteTarget::localPeering));
    Gen<String> outside = Gen.zip(Gen.ints(64, 127), Gen.ints(10, 32), (second, p) -> cidr((100L << 24) | ((long) second << 16), p));
    // Inside prod's 10.0.0.0/16: OCI refuses a gateway route for the VCN's own addresses, and OKE-NET-009 predicts it.
    Gen<String> inside = Gen.zip(Gen.ints(0, 0xFFFF), Gen.ints(16, 30), (low, p) -> cidr((10L << 24) | low, p));
    Gen<String> destinations = Gen.frequency(Gen.weighted(2, outside), Gen.weighted(1, Gen.constant("0.0.0.0/0")),
        Gen.weighted(1, nearCidrs(16, 30)), Gen.weighted(2, inside));
    return Gen.zip(Gen.booleans(), destinations, targets,
        (osn, cidr, target) -> osn ? RouteRule.toServiceNetwork(RouteTarget.serviceGateway()) : RouteRule.to(cidr, target));
  }

  private static Gen<NodePool> pools(String name) {
    Gen<Integer> ocpuCounts = Gen.ints(1, 16);
    Gen<Integer> mins = Gen.ints(0, 5);
    Gen<Integer> extras = Gen.ints(0, 30);
    Gen<Integer> podCounts = Gen.ints(1, 130).orNull(0.3);
    Gen<List<String>> nsgLists = Gen.of(CUSTOM_NSGS).list(0, 6);
    return source -> {
      int ocpus = source.draw(ocpuCounts);
      int min = source.draw(mins);
      int extra = source.draw(extras);
      Integer pods = source.draw(podCounts);
      List<String> nsgs = source.draw(nsgLists);
      NodePool p = NodePool.of(name, Shape.flex("VM.Standard.E5.Flex", ocpus), min, min + extra).addNsgs(nsgs.toArray(String[]::new));
      return pods == null ? p : p.withMaxPodsPerNode(pods);
    };
  }

  /** LoadBalancer Services of shop, by name: "extra", or {@link #freeName} for a second one. */
  private static Gen<java.util.function.Function<String, Service>> services() {
    Gen<Integer> kinds = Gen.ints(0, 3);
    Gen<Integer> bandwidths = Gen.ints(1, 9000);
    Gen<List<String>> nsgLists = Gen.of(CUSTOM_NSGS).list(0, 6);
    return source -> {
      int kind = source.draw(kinds);
      int min = source.draw(bandwidths);
      int max = source.draw(bandwidths);
      List<String> nsgs = source.draw(nsgLists);
      return name -> {
        Service s = Service.loadBalancer("shop", name).addPort(443, 8443).addNsgs(nsgs.toArray(String[]::new));
        return switch (kind) {
          case 0 -> s.withNetworkLoadBalancer();
          case 1 -> s.withInternal().withFlexibleShape(min, max);
          case 2 -> s.withFlexibleShape(min, max);
          default -> s.withInternal().withNetworkLoadBalancer();
        };
      };
    };
  }

  /**
   * The first of "extra", "extra-2", "extra-3" ... that no Service of shop in {@code n} has
   * (Kubernetes refuses two Services of one namespace and name, and so does the DSL).
   */
  private static String freeName(OkeNetwork n) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    n.services().stream().filter(x -> x.namespace().equals("shop")).forEach(x -> taken.add(x.name()));
    String name = "extra";
    for (int i = 2; taken.contains(name); i++) {
      name = "extra-" + i;
    }
    return name;
  }

  private static Nsg nsg(String name, List<SecurityRule> rules) {
    Nsg nsg = Nsg.named(name);
    for (SecurityRule r : rules) {
      nsg = nsg.addRule(r);
    }
    return nsg;
  }

  private static Change change(String what, UnaryOperator<OkeNetwork.Builder> edit) {
    return new Change(what, n -> edit.apply(n.toBuilder()).build());
  }

  private static List<Gen<Change>> changes() {
    List<Gen<Change>> all = new ArrayList<>();
    Gen<String> vcnLabels = Gen.frequency(Gen.weighted(5, Gen.constant("prod")), Gen.weighted(1, Gen.of(LABELS))).orNull(0.2);
    all.add(Gen.zip(Gen.ints(12, 30), nearCidrs(8, 30).list(0, 5), vcnLabels, (prefix, extra, label) -> {
      Vcn v = Vcn.of(cidr(10L << 24, prefix), extra.toArray(String[]::new));
      Vcn vcn = label == null ? v : v.withDnsLabel(label);
      return change("vcn " + vcn.cidrs() + " label " + label, b -> b.vcn(vcn));
    }));
    // A public endpoint takes a public API endpoint subnet: the drawn subnet follows the endpoint there.
    all.add(drawnSubnets(false, "api", null).map(d -> new Change("api endpoint " + d.subnet(),
        n -> n.toBuilder().apiEndpoint(n.cluster().endpoint().isPublic() ? d.publicSubnet() : d.subnet()).build())));
    all.add(subnets(false, "workers").map(s -> change("workers " + s, b -> b.workers(s))));
    all.add(subnets(false, "pods").optional().map(s -> change("pods " + s, b -> b.pods(s))));
    all.add(subnets(true, "lbpublic").optional().map(s -> change("public LBs " + s, b -> b.publicLoadBalancers(s))));
    all.add(subnets(false, "lbinternal").optional().map(s -> change("internal LBs " + s, b -> b.internalLoadBalancers(s))));
    all.add(Gen.zip(subnets(true, "bastion", "bastion").optional(), subnets(false, "db", "db").optional(), (x, y) -> {
      List<Subnet> extra = new ArrayList<>();
      x.ifPresent(extra::add);
      y.ifPresent(extra::add);
      return change("extra subnets " + extra, b -> b.extraSubnets(extra));
    }));
    all.add(nearCidrs(8, 24).orNull(0.4).map(c -> {
      PodNetworking pn = c == null ? PodNetworking.vcnNative() : PodNetworking.flannel(c);
      return change("pod networking " + pn, b -> b.podNetworking(pn));
    }));
    Gen<PolicyEngine> engines = Gen.of(PolicyEngine.class);
    Gen<Boolean> booleans = Gen.booleans();
    Gen<List<String>> clientLists = nearCidrs(0, 32).list(0, 2);
    Gen<String> serviceCidrs = nearCidrs(8, 28);
    all.add(source -> {
      PolicyEngine engine = source.draw(engines);
      boolean pub = source.draw(booleans);
      List<String> clients = source.draw(clientLists);
      String services = source.draw(serviceCidrs);
      var cluster = ReferenceNetworks.prod().cluster().withPolicyEngine(engine)
          .withEndpoint((pub ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).addAllowedClients(clients.toArray(String[]::new)))
          .withServicesCidr(services);
      // The endpoint decides the API's access: a public one takes a public API endpoint subnet.
      return change("cluster " + engine + (pub ? " public" : " private") + " clients " + clients + " services " + services,
          b -> pub ? b.cluster(cluster).apiEndpoint(Subnet.publicSubnet(28).withDnsLabel("api")) : b.cluster(cluster));
    });
    all.add(Gen.zip(Gen.booleans(), Gen.booleans(), Gen.of(ServiceGatewayScope.class).orNull(0.3), (igw, nat, sgw) -> {
      Gateways g = igw ? Gateways.internet() : Gateways.none();
      g = nat ? g.withNat() : g;
      Gateways gateways = sgw == null ? g : g.withServiceGateway(sgw);
      return change("gateways igw " + igw + " nat " + nat + " sgw " + sgw, b -> b.gateways(gateways));
    }));
    all.add(Gen.zip(pools("general"), pools("batch").optional(),
        (p, q) -> change("pools " + p + " " + q, b -> b.nodePools(q.map(x -> List.of(p, x)).orElse(List.of(p))))));
    all.add(services().map(s -> new Change("service " + s.apply("extra"),
        n -> n.toBuilder().addService(s.apply(freeName(n))).build())));
    all.add(Gen.zip(Gen.ints(0, 130), rules(), rules().list(0, 3), (count, repeated, few) -> {
      List<SecurityRule> many = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        many.add(SecurityRule.ingress(Peer.ipv4(cidr((10L << 24) | ((long) i << 8), 24)), Port.tcp(1 + i)));
      }
      return change("nsgs bastion with " + count + " rules, db with " + few, b -> b.nsgs(List.of(nsg("bastion", many), nsg("db", few))));
    }));
    all.add(Gen.zip(Gen.ints(0, 210), Gen.booleans(), (count, ingress) -> {
      List<SecurityRule> many = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Peer p = Peer.ipv4(cidr((172L << 24) | (16L << 16) | ((long) i << 8), 24));
        many.add(ingress ? SecurityRule.ingress(p, Port.tcp(1 + i)) : SecurityRule.egress(p, Port.tcp(1 + i)));
      }
      Subnet workers = Subnet.privateSubnet(22).withDnsLabel("workers");
      for (SecurityRule rule : many) {
        workers = workers.addSecurityRule(rule);
      }
      Subnet withRules = workers;
      return change("workers with " + count + (ingress ? " ingress" : " egress") + " rules",
          b -> b.workers(withRules).securityEnforcement(SecurityEnforcement.SECURITY_LISTS));
    }));
    all.add(Gen.zip(nearCidrs(8, 30).list(1, 2), nearCidrs(8, 30).list(1, 2), Gen.ints(0, 2), (onprem, peer, drg) -> {
      Optional<Drg> d = drg == 0 ? Optional.empty() : Optional.of(Drg.of(drg == 1
          ? DrgAttachment.ipsecVpn("onprem", ReferenceNetworks.IPSEC_CONNECTION_ID, onprem.toArray(String[]::new))
          : DrgAttachment.remotePeering("dr", "us-phoenix-1", onprem.toArray(String[]::new))));
      return change("drg " + d.map(Object::toString).orElse("none") + ", peering to " + peer,
          b -> b.drg(d).localPeerings(List.of(LocalPeering.to("shared", peer.toArray(String[]::new)))));
    }));
    all.add(Gen.zip(Gen.of(SecurityEnforcement.class), Gen.booleans(),
        (mode, lbRules) -> change(mode + (lbRules ? "" : ", no LB rules"), b -> b.securityEnforcement(mode).generatesLoadBalancerRules(lbRules))));
    return all;
  }
}
