package dev.okenet.io;

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
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.InternetEgress;
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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded networks built through the public DSL only, setting every attribute of every model type
 * (each optional part present about half the time, every factory of the closed vocabularies used)
 * and, wherever the model takes free text, odd strings: leading and trailing spaces, NEL
 * (U+0085) and the other line breaks, control characters, emoji, and texts YAML
 * readers take for something else ({@code .inf}, {@code -.inf}, {@code .nan}, {@code yes},
 * {@code 010}, {@code 0x1F}, {@code ~}, {@code *a}, {@code &a}, {@code ---}). Names that become
 * logical keys (subnets, security lists, NSGs, LPGs, node pools, DRG attachments, and the NSG and
 * LPG names rules refer to) get the odd texts a key name may hold (at most 64 characters, no
 * ':', no control or line-separator character: {@code Require.keyName}); Kubernetes names and
 * secrets, backend protocols and the other closed vocabularies get values the DSL takes.
 * Valid means "builds": every value is one the model accepts by construction (hostile values
 * belong to the refusal tests), and model I/O carries every network the DSL can express,
 * including ones validate() criticises.
 * {@code ModelAttributeCoverageTest} checks that every attribute varies across its networks.
 *
 * <p>{@link #withPlainTexts} builds the same networks with realistic texts in place of the odd
 * ones (shape names, regions, host names, label keys, short descriptions), for properties whose
 * failures should read like a real network.
 *
 * <pre>{@code
 * OkeNetwork hostile = new ModelGenerator(seed).network();
 * Gen<OkeNetwork> plain = Gen.fromRandom(random -> ModelGenerator.withPlainTexts(random).network());
 * }</pre>
 */
public final class ModelGenerator {
  private static final String[] ODD = {
      " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u0000", "\u0007", "\u001b", "\u007f", "\u00a0", "\ufeff",
      "😀", "é", "中文", ".inf", "-.inf", "+.inf", ".nan", ".NaN", "yes", "no", "on", "off", "y", "~", "null", "true",
      "010", "0x1F", "1e3", "1_000", "0o17", "0b101", "2001-01-01", "12:30", "3.5", "#", " #x", ": ", ":", "- ", "-", "---", "...",
      "&a", "*a", "!t", "!!str", "%", "@", "`", "|", ">", "'", "\"", "\\", "{", "}", "[", "]", ",", "?", "<<", "=", "nsg ", "LPG ",
      "/", "x", "Name", "a b"};
  /** The odd texts a name that becomes a logical key may hold: no ':', no control or line-separator character. */
  private static final String[] ODD_KEY = Arrays.stream(ODD)
      .filter(t -> t.indexOf(':') < 0 && t.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
      .toArray(String[]::new);
  /** Realistic free texts, for {@link #withPlainTexts}: what users write in these places. */
  private static final String[] REALISTIC = {
      "VM.Standard.E5.Flex", "BM.GPU.H100.8", "400Mbps", "us-phoenix-1", "eu-amsterdam-1", "web.example.com", "app.kubernetes.io/name"};
  private static final String[] DESCRIPTIONS = {"allow", "ops", "from the \"office\"", "déjà vu", "a → b", "x: y, z"};

  private final Random r;
  private final boolean oddTexts;

  /** Networks with odd texts wherever the model takes free text. */
  public ModelGenerator(long seed) {
    this(new Random(seed), true);
  }

  private ModelGenerator(Random random, boolean oddTexts) {
    this.r = random;
    this.oddTexts = oddTexts;
  }

  /** The same networks with realistic texts only: names, regions, shapes, hosts and descriptions users write. */
  public static ModelGenerator withPlainTexts(Random random) {
    return new ModelGenerator(random, false);
  }

  public OkeNetwork network() {
    OkeNetwork.Builder b = OkeNetwork.builder();
    b.name(lower(1) + alnum(0, 10));
    b.compartmentId("ocid1.compartment.oc1.." + alnum(4, 12));
    maybe(() -> b.region(pick("us-ashburn-1", "us-phoenix-1", "eu-frankfurt-1", "ap-tokyo-1")));
    b.vcn(vcn());
    maybe(() -> b.podNetworking(pick(PodNetworking.vcnNative(), PodNetworking.flannel(), PodNetworking.flannel(cidr()))));
    Cluster[] chosen = new Cluster[1];
    maybe(() -> b.cluster(chosen[0] = cluster()));
    // The endpoint decides the API's access: a public one is refused in a private subnet, so its subnet is public too.
    Subnet api = subnet(null);
    b.apiEndpoint(chosen[0] != null && chosen[0].endpoint().isPublic() ? publicCopy(api) : api);
    b.workers(subnet(null));
    maybe(() -> b.pods(subnet(null)));
    maybe(() -> b.publicLoadBalancers(subnet(null)));
    maybe(() -> b.internalLoadBalancers(subnet(null)));
    for (String name : names(3)) {
      b.addExtraSubnet(subnet(name));
    }
    maybe(() -> b.gateways(gateways()));
    maybe(() -> b.drg(drg()));
    for (String name : names(2)) {
      LocalPeering lpg = LocalPeering.to(name, oneOrMoreCidrs(2));
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
    maybe(() -> b.internetEgress(pick(InternetEgress.values())));
    for (String name : names(3)) {
      b.addNodePool(nodePool(name));
    }
    Set<String> refs = new LinkedHashSet<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      Service s = service();
      if (refs.add(s.ref().toString())) {
        b.addService(s);
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addIngress(ingress());
    }
    Set<String> policies = new LinkedHashSet<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      NetworkPolicy p = policy();
      if (policies.add(p.namespace() + "/" + p.name())) {
        b.addPolicy(p);
      }
    }
    return b.build();
  }

  /** {@code s} as a public subnet, everything else the same. */
  public static Subnet publicCopy(Subnet s) {
    if (s.isPublic()) {
      return s;
    }
    Subnet p = s.cidr().map(Subnet::publicSubnet).orElseGet(() -> s.prefixLength().map(Subnet::publicSubnet).orElseGet(Subnet::publicSubnet));
    p = s.name().map(p::withName).orElse(p);
    p = s.dnsLabel().map(p::withDnsLabel).orElse(p);
    p = s.existingId().map(p::withExistingId).orElse(p);
    for (var route : s.extraRouteRules()) {
      p = p.addRouteRule(route);
    }
    for (var rule : s.extraSecurityRules()) {
      p = p.addSecurityRule(rule);
    }
    for (var list : s.securityLists()) {
      p = p.addSecurityList(list);
    }
    return p;
  }

  private Vcn vcn() {
    Vcn vcn = r.nextInt(4) == 0 ? Vcn.of(cidr(), cidrs(2)).withExistingId("ocid1.vcn.oc1.iad." + alnum(4, 10)) : Vcn.of(cidr(), cidrs(2));
    if (r.nextBoolean()) {
      vcn = vcn.withDnsLabel(text());
    }
    if (r.nextInt(3) == 0) {
      vcn = vcn.withIpv6Cidr(pick("2603:c020:1::/56", "fd00:abcd:1200::/56", "2001:db8:0:100::/56"));
    }
    return vcn;
  }

  private Cluster cluster() {
    Cluster c = (r.nextBoolean() ? Cluster.enhanced(version()) : Cluster.basic(version()));
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

  private String version() {
    return "v1." + (25 + r.nextInt(8)) + "." + r.nextInt(12);
  }

  /** An extra subnet when {@code name} is given, else a role subnet (which may carry a name too). */
  private Subnet subnet(String name) {
    boolean isPublic = r.nextBoolean();
    Subnet[] b = new Subnet[1];
    switch (r.nextInt(3)) {
      case 0:
        b[0] = isPublic ? Subnet.publicSubnet(cidr()) : Subnet.privateSubnet(cidr());
        break;
      case 1:
        int prefix = 1 + r.nextInt(30);
        b[0] = isPublic ? Subnet.publicSubnet(prefix) : Subnet.privateSubnet(prefix);
        break;
      default:
        b[0] = isPublic ? Subnet.publicSubnet() : Subnet.privateSubnet();
        break;
    }
    maybe(() -> b[0] = b[0].withDnsLabel(text()));
    if (name != null) {
      b[0] = b[0].withName(name);
    } else {
      maybe(() -> b[0] = b[0].withName(keyName()));
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
    for (String list : names(2)) {
      SecurityList l = SecurityList.named(list);
      for (int i = r.nextInt(3); i > 0; i--) {
        l = l.addRule(securityRule());
      }
      b[0] = b[0].addSecurityList(l);
    }
    return b[0];
  }

  private RouteRule routeRule() {
    RouteRule rule = r.nextInt(4) == 0 ? RouteRule.toServiceNetwork(RouteTarget.serviceGateway())
        : RouteRule.to(cidr(), pick(RouteTarget.internetGateway(), RouteTarget.natGateway(), RouteTarget.drg(), RouteTarget.localPeering(keyName())));
    return r.nextBoolean() ? rule.withDescription(anyText(255)) : rule;
  }

  private SecurityRule securityRule() {
    SecurityRule rule = r.nextBoolean() ? SecurityRule.ingress(peer(), port()) : SecurityRule.egress(peer(), port());
    if (r.nextInt(4) == 0) {
      rule = rule.withStateful(false);
    }
    return r.nextBoolean() ? rule.withDescription(anyText(255)) : rule;
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
        return Peer.nsg(keyName());
      default:
        return Peer.serviceNetwork();
    }
  }

  Port port() {
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
    for (String name : names(3)) {
      switch (r.nextInt(3)) {
        case 0:
          drg = drg.addAttachment(DrgAttachment.ipsecVpn(name, "ocid1.ipsecconnection.oc1.iad." + alnum(4, 8), oneOrMoreCidrs(2)));
          break;
        case 1:
          drg = drg.addAttachment(DrgAttachment.fastConnect(name, "ocid1.virtualcircuit.oc1.iad." + alnum(4, 8), oneOrMoreCidrs(2)));
          break;
        default:
          DrgAttachment rpc = DrgAttachment.remotePeering(name, text(), oneOrMoreCidrs(3));
          drg = drg.addAttachment(r.nextBoolean() ? rpc : rpc.withPeerConnectionId("ocid1.remotepeeringconnection.oc1.phx." + alnum(4, 8)));
      }
    }
    return drg;
  }

  private NodePool nodePool(String name) {
    Shape shape;
    switch (r.nextInt(3)) {
      case 0:
        shape = Shape.flex(text(), 1 + r.nextInt(256));
        break;
      case 1:
        shape = Shape.of(text(), 1 + r.nextInt(256));
        break;
      default:
        shape = Shape.fixed(pick("VM.Standard2.1", "VM.Standard.E2.4", "BM.Standard2.52"));
    }
    int min = r.nextInt(10);
    NodePool pool = NodePool.of(name, shape, min, min + r.nextInt(20));
    if (r.nextBoolean()) {
      pool = pool.withMaxPodsPerNode(1 + r.nextInt(250));
    }
    if (r.nextBoolean()) {
      pool = pool.withSurge(r.nextInt(4));
    }
    return pool.addNsgs(anyTexts(2)).addPodNsgs(anyTexts(2));
  }

  private Service service() {
    String ns = kubeName();
    String name = kubeName();
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
      ServicePort p = r.nextBoolean() ? ServicePort.tcp(1 + r.nextInt(65535), 1 + r.nextInt(65535))
          : ServicePort.udp(1 + r.nextInt(65535), 1 + r.nextInt(65535));
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
        s = s.withShape(r.nextBoolean() ? text() : pick("400Mbps", "8000Mbps", "flexible"));
        break;
      case 2:
        s = s.withFlexibleShape(10, 100).withShape(text());
        break;
      default:
        break;
    }
    if (r.nextBoolean()) {
      s = s.withTls(secretName(), r.nextBoolean() ? new Integer[] {443} : r.nextBoolean() ? new Integer[] {} : new Integer[] {443, 8443});
    }
    if (r.nextBoolean()) {
      s = s.addSourceRanges(oneOrMoreCidrs(2));
    }
    if (r.nextBoolean()) {
      s = s.withExternalTrafficPolicy(pick(ExternalTrafficPolicy.values()));
    }
    if (r.nextBoolean()) {
      s = s.withSecurityRuleManagement(pick(SecurityRuleManagement.values()));
    }
    if (r.nextBoolean()) {
      s = s.addNsgs(anyTexts(2));
    }
    if (r.nextBoolean()) {
      // Any case and edge spaces: the DSL stores the protocol upper-case.
      s = s.withBackendProtocol(pick("TCP", "HTTP", "GRPC", "tcp", " Http", "grpc "));
    }
    if (r.nextBoolean()) {
      s = s.withHealthCheckNodePort(30000 + r.nextInt(2768));
    }
    if (r.nextBoolean()) {
      s = s.withBackendPolicy(pick("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE"));
    }
    return s;
  }

  private Ingress ingress() {
    Ingress i = Ingress.of(kubeName(), ServiceRef.of(kubeName(), kubeName()));
    for (int n = r.nextInt(4); n > 0; n--) {
      i = i.addRoute(text(), "/" + anyText(10), ServiceRef.of(kubeName(), kubeName()), 1 + r.nextInt(65535));
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      String[] hosts = anyTexts(3);
      i = i.addTls(text(), hosts.length == 0 ? new String[] {text()} : hosts);
    }
    return i;
  }

  private NetworkPolicy policy() {
    NetworkPolicy.Start start = NetworkPolicy.in(kubeName());
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
    return r.nextBoolean() ? p.withName(kubeName() + "-" + alnum(1, 6)) : p;
  }

  private PolicyPeer policyPeer() {
    switch (r.nextInt(5)) {
      case 0:
        return PolicyPeer.pods(selector());
      case 1:
        return PolicyPeer.pods(kubeName(), selector());
      case 2:
        return PolicyPeer.namespace(kubeName());
      case 3:
        return PolicyPeer.allPods();
      default:
        return PolicyPeer.cidr(cidr());
    }
  }

  /** "", "k=v", or several; keys and values are any text without ',' and '=' and without edge spaces (Selector.parse trims them). */
  private String selector() {
    List<String> terms = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      terms.add(term() + "=" + term());
    }
    return String.join(",", terms);
  }

  private String term() {
    String t = text().replace(",", "").replace("=", "");
    return t.isBlank() || !t.equals(t.trim()) ? "v" + alnum(1, 3) : t;
  }

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

  /** Up to {@code max} distinct key names. */
  private List<String> names(int max) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      names.add(keyName());
    }
    return new ArrayList<>(names);
  }

  /** A non-blank text: a plain name two times in three, odd (or, with plain texts, realistic) otherwise. */
  String text() {
    String t = r.nextInt(3) == 0 ? (oddTexts ? odd() : pick(REALISTIC)) : lower(2) + alnum(0, 6);
    return t.isBlank() ? "x" + t : t;
  }

  /** A name that becomes part of a logical key: a plain name two times in three, else odd texts a key name may hold. */
  private String keyName() {
    if (r.nextInt(3) != 0 || !oddTexts) {
      return lower(2) + alnum(0, 6);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      sb.append(ODD_KEY[r.nextInt(ODD_KEY.length)]);
    }
    String t = sb.toString();
    return t.isBlank() ? "x" + t : t;
  }

  /** A Kubernetes secret as the CCM's TLS annotation takes it: {@code name} or {@code namespace/name}. */
  private String secretName() {
    String name = kubeName() + pick("-tls", ".tls", "");
    return r.nextBoolean() ? name : kubeName() + "/" + name;
  }

  /** Any text, blank included, at most {@code max} characters. */
  private String anyText(int max) {
    String t = r.nextInt(3) == 0 ? (oddTexts ? odd() : pick(DESCRIPTIONS) + " " + alnum(1, 5)) : r.nextInt(8) == 0 ? "" : lower(1) + alnum(0, 8);
    if (t.length() <= max) {
      return t;
    }
    // Never split a surrogate pair: an unpaired surrogate is not text (ModelIO refuses it).
    return t.substring(0, Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max);
  }

  private String[] anyTexts(int max) {
    String[] out = new String[r.nextInt(max + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = anyText(40);
    }
    return out;
  }

  private String odd() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      sb.append(ODD[r.nextInt(ODD.length)]);
    }
    return sb.toString();
  }

  private String kubeName() {
    return lower(1) + alnum(0, 6);
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
