package dev.okenet.render;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
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
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceRef;
import dev.okenet.vcn.Direction;
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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds random valid {@link OkeNetwork}s through the public DSL only, touching every field of the
 * model: each optional part is present about half the time, lists hold zero to a few elements,
 * and every factory of the closed vocabularies (ports, peers, route targets, attachments, shapes,
 * policy peers) is used. Validity means "builds", not "validates": model I/O must carry any
 * network the DSL can express, including ones {@code validate()} would criticise.
 */
final class RandomNetworks {
  private final Random r;

  RandomNetworks(Random random) {
    this.r = random;
  }

  OkeNetwork network() {
    OkeNetwork.Builder b = OkeNetwork.builder();
    b.name(lower(1) + alnum(0, 10));
    b.compartmentId("ocid1.compartment.oc1.." + alnum(4, 12));
    if (r.nextBoolean()) {
      b.region(pick("us-ashburn-1", "us-phoenix-1", "eu-frankfurt-1", "ap-tokyo-1"));
    }
    b.vcn(vcn());
    if (r.nextBoolean()) {
      b.podNetworking(r.nextBoolean() ? PodNetworking.vcnNative() : PodNetworking.flannel(cidr()));
    }
    if (r.nextBoolean()) {
      b.cluster(cluster());
    }
    b.apiEndpoint(subnet(false));
    b.workers(subnet(false));
    maybe(() -> b.pods(subnet(false)));
    maybe(() -> b.publicLoadBalancers(subnet(false)));
    maybe(() -> b.internalLoadBalancers(subnet(false)));
    for (String name : names(3)) {
      b.addExtraSubnet(subnetBuilder(true).name(name).build());
    }
    if (r.nextBoolean()) {
      b.gateways(gateways());
    }
    maybe(() -> b.drg(drg()));
    for (String name : names(2)) {
      LocalPeering lpg = LocalPeering.to(name, cidr());
      b.addLocalPeering(r.nextBoolean() ? lpg : lpg.withPeerGatewayId("ocid1.localpeeringgateway.oc1.iad." + alnum(4, 8)));
    }
    for (String name : names(2)) {
      Nsg nsg = Nsg.named(name);
      for (int i = r.nextInt(3); i > 0; i--) {
        nsg = nsg.withRule(securityRule());
      }
      b.addNsg(nsg);
    }
    maybe(() -> b.securityEnforcement(pick(SecurityEnforcement.values())));
    maybe(() -> b.generatesLoadBalancerRules(r.nextBoolean()));
    maybe(() -> b.generatesOkeRules(r.nextBoolean()));
    for (String name : names(3)) {
      b.addNodePool(nodePool(name));
    }
    Set<String> refs = new HashSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      Service s = service();
      if (refs.add(s.ref().toString())) {
        b.addService(s);
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addIngress(ingress());
    }
    Set<String> policyIds = new HashSet<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      NetworkPolicy p = policy();
      if (policyIds.add(p.namespace() + "/" + p.name())) {
        b.addPolicy(p);
      }
    }
    return b.build();
  }

  private Vcn vcn() {
    Vcn vcn = r.nextInt(4) == 0 ? Vcn.existing("ocid1.vcn.oc1.iad." + alnum(4, 10), cidr(), cidrs(2)) : Vcn.of(cidr(), cidrs(2));
    if (r.nextBoolean()) {
      vcn = vcn.withDnsLabel(lower(1) + alnum(0, 8));
    }
    if (r.nextInt(3) == 0) {
      vcn = vcn.withIpv6(pick("2603:c020:1::/56", "fd00:abcd:1200::/56", "2001:db8:0:100::/56"));
    }
    return vcn;
  }

  private Cluster cluster() {
    String version = "v1." + (25 + r.nextInt(8)) + "." + r.nextInt(12);
    Cluster c = r.nextBoolean() ? Cluster.enhanced(version) : Cluster.basic(version);
    if (r.nextBoolean()) {
      c = c.withEndpoint((r.nextBoolean() ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).allowClients(cidrs(2)));
    }
    if (r.nextBoolean()) {
      c = c.withServicesCidr(cidr());
    }
    if (r.nextBoolean()) {
      c = c.withPolicyEngine(pick(PolicyEngine.values()));
    }
    if (r.nextInt(4) == 0) {
      c = c.withExistingId("ocid1.cluster.oc1.iad." + alnum(4, 10));
    }
    return c;
  }

  private Subnet subnet(boolean named) {
    return subnetBuilder(named).build();
  }

  private Subnet.Builder subnetBuilder(boolean named) {
    Subnet.Builder b = r.nextBoolean() ? Subnet.publicSubnet() : Subnet.privateSubnet();
    switch (r.nextInt(3)) {
      case 0:
        b.cidr(cidr());
        break;
      case 1:
        b.prefixLength(16 + r.nextInt(15));
        break;
      default:
        break;
    }
    maybe(() -> b.dnsLabel(lower(1) + alnum(0, 8)));
    if (!named) {
      maybe(() -> b.name(lower(3)));
    }
    if (r.nextInt(4) == 0) {
      b.existingId("ocid1.subnet.oc1.iad." + alnum(4, 10));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addExtraRouteRule(routeRule());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addExtraSecurityRule(securityRule());
    }
    for (String name : names(2)) {
      SecurityList list = SecurityList.named(name);
      for (int i = r.nextInt(3); i > 0; i--) {
        list = list.withRule(securityRule());
      }
      b.addSecurityList(list);
    }
    return b;
  }

  private RouteRule routeRule() {
    // The service gateway takes the Oracle Services Network and nothing else does; RouteRule refuses any other pairing.
    RouteRule rule = r.nextInt(4) == 0 ? RouteRule.toServiceNetwork(RouteTarget.serviceGateway())
        : RouteRule.to(cidr(), pick(RouteTarget.internetGateway(), RouteTarget.natGateway(), RouteTarget.drg(), RouteTarget.localPeering(lower(4))));
    return r.nextBoolean() ? rule.withDescription(words()) : rule;
  }

  private SecurityRule securityRule() {
    SecurityRule rule = r.nextBoolean() ? SecurityRule.ingress(peer(), port()) : SecurityRule.egress(peer(), port());
    if (r.nextInt(4) == 0) {
      rule = rule.stateless();
    }
    return r.nextBoolean() ? rule.withDescription(words()) : rule;
  }

  private Peer peer() {
    switch (r.nextInt(5)) {
      case 0:
        return Peer.ipv4(cidr());
      case 1:
        return Peer.anyIpv4();
      case 2:
        return Peer.role(pick(SubnetRole.values()));
      case 3:
        return Peer.nsg(lower(4));
      default:
        return Peer.serviceNetwork();
    }
  }

  private Port port() {
    int a = 1 + r.nextInt(65535);
    int b = a + r.nextInt(65536 - a);
    switch (r.nextInt(10)) {
      case 0:
        return Port.tcp(a);
      case 1:
        return Port.tcpRange(a, b);
      case 2:
        return Port.udp(a);
      case 3:
        return Port.udpRange(a, b);
      case 4:
        return Port.icmp(r.nextInt(256));
      case 5:
        return Port.icmp(r.nextInt(256), r.nextInt(256));
      case 6:
        return Port.allTcp();
      case 7:
        return Port.allUdp();
      case 8:
        return Port.allIcmp();
      default:
        return Port.all();
    }
  }

  private Gateways gateways() {
    Gateways g = r.nextBoolean() ? Gateways.internet() : Gateways.none();
    if (r.nextBoolean()) {
      NatGateway nat = r.nextBoolean() ? NatGateway.standard() : NatGateway.withReservedIp("ocid1.publicip.oc1.iad." + alnum(4, 8));
      g = g.nat(r.nextBoolean() ? nat.blockingTraffic() : nat);
    }
    if (r.nextBoolean()) {
      g = g.serviceGateway(pick(ServiceGatewayScope.values()));
    }
    return g;
  }

  private Drg drg() {
    Drg drg = r.nextBoolean() ? Drg.create() : Drg.existing("ocid1.drg.oc1.iad." + alnum(4, 8));
    // Distinct names: each attachment's name is its logical key, and the DRG refuses two alike.
    for (String name : names(3)) {
      switch (r.nextInt(3)) {
        case 0:
          drg = drg.with(DrgAttachment.ipsecVpn(name, "ocid1.ipsecconnection.oc1.iad." + alnum(4, 8), oneOrMoreCidrs(2)));
          break;
        case 1:
          drg = drg.with(DrgAttachment.fastConnect(name, "ocid1.virtualcircuit.oc1.iad." + alnum(4, 8), cidr()));
          break;
        default:
          drg = drg.with(DrgAttachment.remotePeering(name, pick("us-phoenix-1", "eu-amsterdam-1"), oneOrMoreCidrs(3)));
      }
    }
    return drg;
  }

  private NodePool nodePool(String name) {
    Shape shape;
    switch (r.nextInt(3)) {
      case 0:
        shape = Shape.flex(pick("VM.Standard.E5.Flex", "VM.Standard3.Flex"), 1 + r.nextInt(64));
        break;
      case 1:
        shape = Shape.of("BM.GPU.H100.8", 1 + r.nextInt(24));
        break;
      default:
        shape = Shape.fixed(pick("VM.Standard2.1", "VM.Standard.E2.4", "BM.Standard2.52"));
    }
    int min = r.nextInt(10);
    NodePool pool = NodePool.of(name, shape, min, min + r.nextInt(20));
    if (r.nextBoolean()) {
      pool = pool.withMaxPodsPerNode(1 + r.nextInt(110));
    }
    if (r.nextBoolean()) {
      pool = pool.withSurge(r.nextInt(4));
    }
    return pool.withNsgs(names(2).toArray(String[]::new)).withPodNsgs(names(2).toArray(String[]::new));
  }

  private Service service() {
    String ns = lower(3);
    String name = lower(4);
    Service s;
    switch (r.nextInt(3)) {
      case 0:
        s = Service.clusterIp(ns, name);
        break;
      case 1:
        s = Service.nodePort(ns, name);
        break;
      default:
        s = loadBalancerOptions(Service.loadBalancer(ns, name));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      ServicePort p = r.nextBoolean() ? ServicePort.tcp(1 + r.nextInt(65535), 1 + r.nextInt(65535)) : ServicePort.udp(1 + r.nextInt(65535), 1 + r.nextInt(65535));
      s = s.withPort(r.nextBoolean() ? p : p.withNodePort(30000 + r.nextInt(2768)));
    }
    if (r.nextBoolean()) {
      s = s.selector(selector());
    }
    return s;
  }

  private Service loadBalancerOptions(Service service) {
    Service s = service;
    if (r.nextBoolean()) {
      s = s.networkLoadBalancer();
    }
    if (r.nextBoolean()) {
      s = s.internal();
    }
    switch (r.nextInt(4)) {
      case 0:
        s = s.flexible(10 + r.nextInt(100), 100 + r.nextInt(8000));
        break;
      case 1:
        s = s.shape(pick("400Mbps", "8000Mbps", "flexible"));
        break;
      case 2:
        s = s.flexible(10, 100).shape("400Mbps");
        break;
      default:
        break;
    }
    if (r.nextBoolean()) {
      s = s.tls(lower(5), r.nextBoolean() ? new Integer[] {443} : new Integer[] {});
    }
    if (r.nextBoolean()) {
      s = s.sourceRanges(cidrs(2));
    }
    if (r.nextBoolean()) {
      s = s.externalTrafficPolicy(pick(ExternalTrafficPolicy.values()));
    }
    if (r.nextBoolean()) {
      s = s.securityRuleManagement(pick(SecurityRuleManagement.values()));
    }
    if (r.nextBoolean()) {
      s = s.nsgs(names(2).toArray(String[]::new));
    }
    if (r.nextBoolean()) {
      s = s.backendProtocol(pick("TCP", "HTTP"));
    }
    if (r.nextBoolean()) {
      s = s.healthCheckNodePort(30000 + r.nextInt(2768));
    }
    return s;
  }

  private Ingress ingress() {
    Ingress i = Ingress.of(lower(5), ServiceRef.of(lower(3), lower(4)));
    for (int n = r.nextInt(4); n > 0; n--) {
      i = i.route(lower(4) + ".example.com", "/" + lower(r.nextInt(5)), ServiceRef.of(lower(3), lower(4)), 1 + r.nextInt(65535));
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      i = i.tls(lower(4) + "-tls", lower(4) + ".example.com", lower(4) + ".example.org");
    }
    return i;
  }

  private NetworkPolicy policy() {
    NetworkPolicy.Start start = NetworkPolicy.in(lower(3));
    NetworkPolicy p;
    switch (r.nextInt(5)) {
      case 0:
        p = start.defaultDeny();
        break;
      case 1:
        p = start.defaultDenyIngress();
        break;
      case 2:
        p = start.defaultDenyEgress();
        break;
      case 3:
        p = start.allowDnsEgress();
        break;
      default:
        Port[] ports = new Port[r.nextInt(3)];
        for (int i = 0; i < ports.length; i++) {
          ports[i] = port();
        }
        p = start.allow(policyPeer()).to(policyPeer()).on(ports);
    }
    return r.nextBoolean() ? p.named(lower(6)) : p;
  }

  private PolicyPeer policyPeer() {
    switch (r.nextInt(5)) {
      case 0:
        return PolicyPeer.pods(selector());
      case 1:
        return PolicyPeer.pods(lower(3), selector());
      case 2:
        return PolicyPeer.namespace(lower(3));
      case 3:
        return PolicyPeer.allPods();
      default:
        return PolicyPeer.cidr(cidr());
    }
  }

  /** "", "app=web", "app.kubernetes.io/name=x,tier=y". */
  private String selector() {
    switch (r.nextInt(3)) {
      case 0:
        return "";
      case 1:
        return lower(3) + "=" + alnum(1, 5);
      default:
        return "app.kubernetes.io/" + lower(4) + "=" + alnum(1, 5) + "," + lower(3) + "=" + alnum(1, 5);
    }
  }

  /** A valid IPv4 CIDR block: random address, host bits cleared. */
  private String cidr() {
    int prefix = r.nextInt(33);
    long address = Integer.toUnsignedLong(r.nextInt());
    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    long net = address & mask;
    return (net >>> 24) + "." + ((net >>> 16) & 255) + "." + ((net >>> 8) & 255) + "." + (net & 255) + "/" + prefix;
  }

  private String[] cidrs(int max) {
    String[] out = new String[r.nextInt(max + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = cidr();
    }
    return out;
  }

  private String[] oneOrMoreCidrs(int max) {
    String[] out = new String[1 + r.nextInt(max)];
    for (int i = 0; i < out.length; i++) {
      out[i] = cidr();
    }
    return out;
  }

  /** Up to {@code max} distinct names. */
  private List<String> names(int max) {
    Set<String> names = new HashSet<>();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      names.add(lower(2) + alnum(0, 6));
    }
    return new ArrayList<>(names);
  }

  private String words() {
    return pick("allow", "ops", "from the \"office\"", "déjà vu", "a → b", "x: y, z") + " " + alnum(1, 5);
  }

  private String lower(int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  private String alnum(int min, int max) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder();
    for (int i = min + r.nextInt(max - min + 1); i > 0; i--) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private void maybe(Runnable action) {
    if (r.nextBoolean()) {
      action.run();
    }
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[r.nextInt(options.length)];
  }
}
