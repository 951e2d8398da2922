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
    Cluster chosen = null;
    if (r.nextBoolean()) {
      chosen = cluster();
      b.cluster(chosen);
    }
    // The endpoint decides the API's access: a public one is refused in a private subnet, so its subnet is public too.
    Subnet api = subnet(false);
    b.apiEndpoint(chosen != null && chosen.endpoint().isPublic() ? dev.okenet.io.ModelGenerator.publicCopy(api) : api);
    b.workers(subnet(false));
    maybe(() -> b.pods(subnet(false)));
    maybe(() -> b.publicLoadBalancers(subnet(false)));
    maybe(() -> b.internalLoadBalancers(subnet(false)));
    for (String name : names(3)) {
      b.addExtraSubnet(subnetBuilder(true).withName(name));
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
        nsg = nsg.addRule(securityRule());
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
    Vcn vcn = r.nextInt(4) == 0 ? Vcn.of(cidr(), cidrs(2)).withExistingId("ocid1.vcn.oc1.iad." + alnum(4, 10)) : Vcn.of(cidr(), cidrs(2));
    if (r.nextBoolean()) {
      vcn = vcn.withDnsLabel(lower(1) + alnum(0, 8));
    }
    if (r.nextInt(3) == 0) {
      vcn = vcn.withIpv6Cidr(pick("2603:c020:1::/56", "fd00:abcd:1200::/56", "2001:db8:0:100::/56"));
    }
    return vcn;
  }

  private Cluster cluster() {
    String version = "v1." + (25 + r.nextInt(8)) + "." + r.nextInt(12);
    Cluster c = r.nextBoolean() ? Cluster.enhanced(version) : Cluster.basic(version);
    if (r.nextBoolean()) {
      c = c.withEndpoint((r.nextBoolean() ? ApiEndpoint.publicEndpoint() : ApiEndpoint.privateEndpoint()).addAllowedClients(cidrs(2)));
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
    return subnetBuilder(named);
  }

  private Subnet subnetBuilder(boolean named) {
    boolean isPublic = r.nextBoolean();
    Subnet[] b = new Subnet[1];
    switch (r.nextInt(3)) {
      case 0:
        b[0] = isPublic ? Subnet.publicSubnet(cidr()) : Subnet.privateSubnet(cidr());
        break;
      case 1:
        int prefix = 16 + r.nextInt(15);
        b[0] = isPublic ? Subnet.publicSubnet(prefix) : Subnet.privateSubnet(prefix);
        break;
      default:
        b[0] = isPublic ? Subnet.publicSubnet() : Subnet.privateSubnet();
        break;
    }
    maybe(() -> b[0] = b[0].withDnsLabel(lower(1) + alnum(0, 8)));
    if (!named) {
      maybe(() -> b[0] = b[0].withName(lower(3)));
    }
    if (r.nextInt(4) == 0) {
      b[0] = b[0].withExistingId("ocid1.subnet.oc1.iad." + alnum(4, 10));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b[0] = b[0].addRouteRule(routeRule());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b[0] = b[0].addSecurityRule(securityRule());
    }
    for (String name : names(2)) {
      SecurityList list = SecurityList.named(name);
      for (int i = r.nextInt(3); i > 0; i--) {
        list = list.addRule(securityRule());
      }
      b[0] = b[0].addSecurityList(list);
    }
    return b[0];
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
      rule = rule.withStateful(false);
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
      NatGateway nat = r.nextBoolean() ? NatGateway.standard() : NatGateway.standard().withReservedPublicIpId("ocid1.publicip.oc1.iad." + alnum(4, 8));
      g = g.withNat(r.nextBoolean() ? nat.withBlocksTraffic(true) : nat);
    }
    if (r.nextBoolean()) {
      g = g.withServiceGateway(pick(ServiceGatewayScope.values()));
    }
    return g;
  }

  private Drg drg() {
    Drg drg = r.nextBoolean() ? Drg.of() : Drg.of().withExistingId("ocid1.drg.oc1.iad." + alnum(4, 8));
    // Distinct names: each attachment's name is its logical key, and the DRG refuses two alike.
    for (String name : names(3)) {
      switch (r.nextInt(3)) {
        case 0:
          drg = drg.addAttachment(DrgAttachment.ipsecVpn(name, "ocid1.ipsecconnection.oc1.iad." + alnum(4, 8), oneOrMoreCidrs(2)));
          break;
        case 1:
          drg = drg.addAttachment(DrgAttachment.fastConnect(name, "ocid1.virtualcircuit.oc1.iad." + alnum(4, 8), cidr()));
          break;
        default:
          drg = drg.addAttachment(DrgAttachment.remotePeering(name, pick("us-phoenix-1", "eu-amsterdam-1"), oneOrMoreCidrs(3)));
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
    return pool.addNsgs(names(2).toArray(String[]::new)).addPodNsgs(names(2).toArray(String[]::new));
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
      s = s.addPort(r.nextBoolean() ? p : p.withNodePort(30000 + r.nextInt(2768)));
    }
    if (r.nextBoolean()) {
      s = s.withSelector(selector());
    }
    return s;
  }

  private Service loadBalancerOptions(Service service) {
    Service s = service;
    if (r.nextBoolean()) {
      s = s.withNetworkLoadBalancer();
    }
    if (r.nextBoolean()) {
      s = s.withInternal();
    }
    switch (r.nextInt(4)) {
      case 0:
        s = s.withFlexibleShape(10 + r.nextInt(100), 100 + r.nextInt(8000));
        break;
      case 1:
        s = s.withShape(pick("400Mbps", "8000Mbps", "flexible"));
        break;
      case 2:
        s = s.withFlexibleShape(10, 100).withShape("400Mbps");
        break;
      default:
        break;
    }
    if (r.nextBoolean()) {
      s = s.withTls(lower(5), r.nextBoolean() ? new Integer[] {443} : new Integer[] {});
    }
    if (r.nextBoolean()) {
      s = s.addSourceRanges(cidrs(2));
    }
    if (r.nextBoolean()) {
      s = s.withExternalTrafficPolicy(pick(ExternalTrafficPolicy.values()));
    }
    if (r.nextBoolean()) {
      s = s.withSecurityRuleManagement(pick(SecurityRuleManagement.values()));
    }
    if (r.nextBoolean()) {
      s = s.addNsgs(names(2).toArray(String[]::new));
    }
    if (r.nextBoolean()) {
      s = s.withBackendProtocol(pick("TCP", "HTTP"));
    }
    if (r.nextBoolean()) {
      s = s.withHealthCheckNodePort(30000 + r.nextInt(2768));
    }
    return s;
  }

  private Ingress ingress() {
    Ingress i = Ingress.of(lower(5), ServiceRef.of(lower(3), lower(4)));
    for (int n = r.nextInt(4); n > 0; n--) {
      i = i.addRoute(lower(4) + ".example.com", "/" + lower(r.nextInt(5)), ServiceRef.of(lower(3), lower(4)), 1 + r.nextInt(65535));
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      i = i.addTls(lower(4) + "-tls", lower(4) + ".example.com", lower(4) + ".example.org");
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
    return r.nextBoolean() ? p.withName(lower(6)) : p;
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
