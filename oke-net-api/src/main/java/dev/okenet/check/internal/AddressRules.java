package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.vcn.SubnetRole;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** OKE-ADDR-*: VCN blocks, subnet placement, overlaps with pods, services and peers, DNS labels. Not for users. */
final class AddressRules {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
  /** OKE's documentation asks for a VCN-native pod subnet larger than a /25. */
  static final int LARGEST_TOO_SMALL_POD_PREFIX = 25;
  /** The smallest subnet a load balancer subnet works in: /29, 5 usable. */
  static final int SMALLEST_LB_PREFIX = 29;
  /**
   * The smallest API endpoint subnet: /30, whose one usable address is the one the cluster needs
   * (Oracle, "IPv4 CIDR Blocks and Kubernetes Engine (OKE)": "the cluster only requires one IP
   * address in this subnet"; Examples 1 and 2 of "Example Network Resource Configurations" use
   * 10.0.0.0/30). Oracle calls a /29 "usually sufficient", which is advice, not a limit.
   */
  static final int SMALLEST_API_ENDPOINT_PREFIX = 30;

  private AddressRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-ADDR-001", Severity.ERROR, "VCN CIDR block outside /16 to /30",
            "OCI accepts IPv4 VCN blocks from /16 to /30 and rejects the VCN otherwise.",
            "Use blocks between /16 and /30; for more room add blocks instead of widening one.",
            AddressRules::vcnPrefix),
        define("OKE-ADDR-002", Severity.ERROR, "VCN CIDR blocks overlap each other",
            "A VCN's CIDR blocks must not overlap; OCI rejects the second block.",
            "Remove or move the overlapping block.",
            AddressRules::vcnOverlap),
        define("OKE-ADDR-003", Severity.WARNING, "VCN CIDR block outside RFC 1918",
            "Oracle recommends private (RFC 1918) ranges; a public range shadows those internet addresses for everything in "
                + "the VCN and collides with peers more easily.",
            "Use 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 space.",
            AddressRules::rfc1918),
        define("OKE-ADDR-004", Severity.ERROR, "More VCN CIDR blocks than the limit",
            "OCI limits the IPv4 CIDR blocks per VCN (5 by default; Limits.maxVcnCidrBlocks) and rejects more.",
            "Use fewer, larger blocks, or raise the limit with Oracle and set Limits.withMaxVcnCidrBlocks(..).",
            AddressRules::tooManyBlocks),
        define("OKE-ADDR-005", Severity.ERROR, "Subnet outside the VCN",
            "A subnet must lie inside one of its VCN's CIDR blocks; OCI rejects it otherwise.",
            "Give a CIDR inside a VCN block, or only a prefix length and let oke-net carve it.",
            AddressRules::subnetOutsideVcn),
        define("OKE-ADDR-006", Severity.ERROR, "Subnets overlap",
            "Subnets of one VCN must not overlap; OCI rejects the second one.",
            "Move one of the explicit CIDRs, or give only prefix lengths and let oke-net carve them.",
            AddressRules::subnetOverlap),
        define("OKE-ADDR-007", Severity.ERROR, "Subnet too small for its role",
            "Load balancer subnets need at least a /29 (5 usable addresses): the load balancers' private IPs come from them. "
                + "The API endpoint subnet needs one address, so a /30 (1 usable) is the smallest that works, as in Oracle's "
                + "Examples 1 and 2.",
            "Use a /29 or larger for LB subnets, and a /30 or larger for the API endpoint (oke-net's default is /28; Oracle "
                + "suggests a /29 to leave room).",
            AddressRules::roleTooSmall),
        define("OKE-ADDR-008", Severity.ERROR, "Pod subnet is public",
            "OKE requires the VCN-native pod subnet to be private; pods must not get public IPs.",
            "Declare the pods subnet private, e.g. pods(Subnet.privateSubnet(19)), or leave pods(..) out for OkeNetwork.DEFAULT_PODS.",
            AddressRules::publicPods),
        define("OKE-ADDR-009", Severity.ERROR, "Flannel pods CIDR overlaps the VCN, a peer, on-premises or the services CIDR",
            "Pod overlay addresses that also exist in the VCN or behind the DRG/LPG are unreachable from pods, and the pods "
                + "CIDR cannot change after the cluster is created.",
            "Pick a pods CIDR that overlaps nothing routed to the VCN, e.g. 10.244.0.0/16 beside a 10.0.0.0/16 VCN.",
            AddressRules::flannelOverlap),
        define("OKE-ADDR-010", Severity.ERROR, "Services CIDR overlaps the VCN, a peer or on-premises",
            "ClusterIP addresses shadow real addresses: pods cannot reach VCN, peer or on-premises hosts in that range.",
            "Use a services CIDR that overlaps nothing routed to the VCN, e.g. 10.96.0.0/16.",
            AddressRules::servicesOverlap),
        define("OKE-ADDR-011", Severity.ERROR, "Peer or on-premises CIDR overlaps the VCN",
            "Traffic to an overlapping range never leaves the VCN (local routes win), so the peer is unreachable.",
            "Renumber the VCN or the peer so that their ranges are disjoint.",
            AddressRules::peerOverlap),
        define("OKE-ADDR-012", Severity.ERROR, "Subnets do not fit in the VCN",
            "resolve() carves every subnet out of the VCN's blocks; when they do not fit nothing can be created.",
            "Use smaller prefixes for this or other subnets, or add a VCN CIDR block.",
            AddressRules::doesNotFit),
        define("OKE-ADDR-013", Severity.ERROR, "DNS label invalid",
            "OCI accepts DNS labels of letters and digits starting with a letter, at most 15 characters "
                + "(Limits.maxDnsLabelLength), and rejects the VCN or subnet otherwise.",
            "Use letters and digits only, starting with a letter, at most 15 characters.",
            AddressRules::dnsLabelInvalid),
        define("OKE-ADDR-014", Severity.ERROR, "DNS label used by two subnets",
            "Subnet DNS labels must be unique within the VCN; OCI rejects the second subnet.",
            "Give each subnet its own label.",
            AddressRules::dnsLabelDuplicate),
        define("OKE-ADDR-015", Severity.ERROR, "Subnet DNS label on a VCN without one",
            "A subnet may have a DNS label only when its VCN has one; OCI rejects the subnet.",
            "Give the VCN a label (Vcn.withDnsLabel(..)) or drop the subnet's.",
            AddressRules::dnsLabelWithoutVcnLabel),
        define("OKE-ADDR-016", Severity.WARNING, "Pods subnet declared on a flannel network",
            "Flannel takes pod addresses from the overlay pods CIDR, so a pods subnet is created and never used.",
            "Remove the pods subnet, or switch to PodNetworking.vcnNative().",
            AddressRules::podsSubnetOnFlannel),
        define("OKE-ADDR-017", Severity.ERROR, "VCN-native pod networking without a pods subnet",
            "VCN-native pods take their addresses from the pod subnet; without one OKE cannot create the node pools.",
            "Leave pods(..) out to get OkeNetwork.DEFAULT_PODS (a private /19), declare one, e.g. pods(Subnet.privateSubnet(19)), "
                + "or use PodNetworking.flannel().",
            AddressRules::noPodsSubnet),
        define("OKE-ADDR-018", Severity.WARNING, "Pod subnet not larger than /25 (VCN-native)",
            "OKE's documentation asks for a VCN-native pod subnet larger than a /25: every node takes up to 110 pod "
                + "addresses at once, so a /25 (125 usable) or smaller serves about one node, and subnets cannot grow "
                + "in place.",
            "Give the pods subnet a /24 or larger prefix; oke-net's reference network uses a /19.",
            AddressRules::podSubnetTooNarrow));
  }

  private static String blockPath(Cidr c) {
    return "vcn.cidrs[" + c + "]";
  }

  private static void vcnPrefix(CheckContext ctx, Reporter out) {
    for (Cidr c : ctx.network().vcn().cidrs()) {
      int p = c.prefixLength();
      if (p < 16) {
        out.report(blockPath(c), "VCN CIDR block " + c + " is a /" + p + " (" + Numbers.count(1L << (32 - p))
            + " addresses); OCI accepts VCN blocks from /16 (65,536) to /30.",
            "Use " + c.subBlock(16, 0) + " (a /16), and add more /16 blocks if you need the room.");
      } else if (p > 30) {
        out.report(blockPath(c), "VCN CIDR block " + c + " is a /" + p + "; OCI accepts VCN blocks from /16 to /30.",
            "Use a /30 or larger block.");
      }
    }
  }

  private static void vcnOverlap(CheckContext ctx, Reporter out) {
    List<Cidr> cidrs = ctx.network().vcn().cidrs();
    for (int j = 1; j < cidrs.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (cidrs.get(i).overlaps(cidrs.get(j))) {
          out.report(blockPath(cidrs.get(j)), "VCN CIDR block " + cidrs.get(j) + " overlaps block " + cidrs.get(i) + ".",
              "Remove " + cidrs.get(j) + " or replace it with a block that overlaps no other.");
        }
      }
    }
  }

  private static void rfc1918(CheckContext ctx, Reporter out) {
    for (Cidr c : ctx.network().vcn().cidrs()) {
      if (!c.isRfc1918()) {
        out.report(blockPath(c), "VCN CIDR block " + c + " is not private address space (RFC 1918: 10.0.0.0/8, "
            + "172.16.0.0/12, 192.168.0.0/16).");
      }
    }
  }

  private static void tooManyBlocks(CheckContext ctx, Reporter out) {
    int n = ctx.network().vcn().cidrs().size();
    int max = ctx.limits().maxVcnCidrBlocks();
    if (n > max) {
      out.report("vcn.cidrs", "the VCN has " + n + " CIDR blocks; OCI allows " + max + " per VCN.");
    }
  }

  private static void subnetOutsideVcn(CheckContext ctx, Reporter out) {
    List<Cidr> vcn = ctx.network().vcn().cidrs();
    for (PlacedSubnet s : ctx.subnets()) {
      s.subnet().cidr().ifPresent(c -> {
        if (vcn.stream().noneMatch(b -> b.contains(c))) {
          out.report(s.path(), "subnet " + s.name() + " " + c + " lies outside the VCN's blocks " + vcn + ".");
        }
      });
    }
  }

  /**
   * Every pair of placed subnets that overlap, reported at the later one, in declaration order.
   * CIDR blocks either nest or are disjoint, so one sweep over the blocks sorted by first address
   * (larger first on ties) with a stack of the blocks enclosing the current one finds every pair:
   * O(n log n) plus the pairs found, where comparing every pair was quadratic.
   */
  private static void subnetOverlap(CheckContext ctx, Reporter out) {
    List<PlacedSubnet> all = ctx.subnets();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).cidr().filter(Cidr::isIpv4).isPresent()) {
        order.add(i);
      }
    }
    order.sort(java.util.Comparator.<Integer>comparingLong(i -> all.get(i).cidr().get().firstAddress())
        .thenComparingLong(i -> -all.get(i).cidr().get().lastAddress()).thenComparingInt(i -> i));
    List<long[]> pairs = new ArrayList<>();
    java.util.ArrayDeque<Integer> enclosing = new java.util.ArrayDeque<>();
    for (int i : order) {
      Cidr c = all.get(i).cidr().get();
      while (!enclosing.isEmpty() && all.get(enclosing.peek()).cidr().get().lastAddress() < c.firstAddress()) {
        enclosing.pop();
      }
      for (int outer : enclosing) {
        pairs.add(new long[] {Math.max(i, outer), Math.min(i, outer)});
      }
      enclosing.push(i);
    }
    pairs.sort(java.util.Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
    for (long[] p : pairs) {
      PlacedSubnet later = all.get((int) p[0]);
      PlacedSubnet earlier = all.get((int) p[1]);
      out.report(later.path(), "subnet " + later.name() + " " + later.cidr().get() + " overlaps subnet " + earlier.name()
          + " " + earlier.cidr().get() + ".");
    }
  }

  private static void roleTooSmall(CheckContext ctx, Reporter out) {
    for (PlacedSubnet s : ctx.subnets()) {
      int smallest = s.role() == SubnetRole.API_ENDPOINT ? SMALLEST_API_ENDPOINT_PREFIX
          : s.role().isLoadBalancer() ? SMALLEST_LB_PREFIX : Integer.MAX_VALUE;
      if (s.prefixLength() > smallest) {
        out.report(s.path(), s.role().label() + " subnet " + s.cidrText() + " has " + Numbers.of(s.usableAddresses(), "usable address")
            + "; the " + s.role().label() + " need at least a /" + smallest + " ("
            + Numbers.of(Prefixes.usable(smallest), "usable address") + ").",
            "Use a /" + smallest + " or larger" + (s.role() == SubnetRole.API_ENDPOINT ? " (oke-net's default is /28)." : "."));
      }
    }
  }

  private static void publicPods(CheckContext ctx, Reporter out) {
    if (!ctx.network().podNetworking().isVcnNative()) {
      return;
    }
    ctx.subnet(SubnetRole.PODS).filter(s -> s.subnet().isPublic()).ifPresent(s ->
        out.report(s.path(), "the pods subnet " + s.cidrText() + " is public; OKE requires a private pod subnet."));
  }

  private static void flannelOverlap(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.podNetworking().isVcnNative() || n.podNetworking().podsCidr().isEmpty()) {
      return;
    }
    Cidr pods = n.podNetworking().podsCidr().get();
    for (Cidr c : n.vcn().cidrs()) {
      if (pods.overlaps(c)) {
        out.report("podNetworking", "flannel pods CIDR " + pods + " overlaps VCN block " + c + ".");
      }
    }
    for (RoutedElsewhere e : RoutedElsewhere.of(n)) {
      if (pods.overlaps(e.cidr())) {
        out.report("podNetworking", "flannel pods CIDR " + pods + " overlaps " + e.what() + " " + e.cidr() + " (" + e.path() + ").");
      }
    }
    Cidr services = n.cluster().servicesCidr();
    if (pods.overlaps(services)) {
      out.report("podNetworking", "flannel pods CIDR " + pods + " overlaps the services CIDR " + services + ".");
    }
  }

  private static void servicesOverlap(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Cidr services = n.cluster().servicesCidr();
    for (Cidr c : n.vcn().cidrs()) {
      if (services.overlaps(c)) {
        out.report("cluster.servicesCidr", "services CIDR " + services + " overlaps VCN block " + c + ".");
      }
    }
    for (RoutedElsewhere e : RoutedElsewhere.of(n)) {
      if (services.overlaps(e.cidr())) {
        out.report("cluster.servicesCidr", "services CIDR " + services + " overlaps " + e.what() + " " + e.cidr() + " (" + e.path() + ").");
      }
    }
  }

  private static void peerOverlap(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    for (RoutedElsewhere e : RoutedElsewhere.of(n)) {
      for (Cidr c : n.vcn().cidrs()) {
        if (e.cidr().overlaps(c)) {
          out.report(e.path(), e.what() + " " + e.cidr() + " overlaps VCN block " + c + ".");
        }
      }
    }
  }

  private static void doesNotFit(CheckContext ctx, Reporter out) {
    if (ctx.layoutFits()) {
      return;
    }
    List<Cidr> vcn = ctx.network().vcn().cidrs();
    BigInteger supply = vcn.stream().map(Cidr::addressCount).reduce(BigInteger.ZERO, BigInteger::add);
    long demand = ctx.subnets().stream().filter(s -> s.prefixLength() >= 0 && s.prefixLength() <= 32)
        .filter(s -> s.cidr().map(Cidr::isIpv4).orElse(true))
        .mapToLong(s -> 1L << (32 - s.prefixLength())).sum();
    for (PlacedSubnet s : ctx.subnets()) {
      if (s.cidr().isEmpty()) {
        out.report(s.path(), "subnet " + s.name() + " (/" + s.prefixLength() + ", " + Numbers.count(1L << (32 - s.prefixLength()))
            + " addresses) does not fit in VCN " + vcn + " beside the other subnets: all subnets together take "
            + Numbers.count(demand) + " addresses and the VCN holds " + Numbers.count(supply.longValue()) + ".");
      }
    }
  }

  private static void dnsLabelInvalid(CheckContext ctx, Reporter out) {
    int max = ctx.limits().maxDnsLabelLength();
    ctx.network().vcn().dnsLabel().ifPresent(l -> checkLabel("vcn.dnsLabel", "VCN", l, max, out));
    for (PlacedSubnet s : ctx.subnets()) {
      s.subnet().dnsLabel().ifPresent(l -> checkLabel(s.path() + ".dnsLabel", "subnet " + s.name(), l, max, out));
    }
  }

  private static void checkLabel(String path, String owner, String label, int max, Reporter out) {
    boolean form = DNS_LABEL.matcher(label).matches();
    if (form && label.length() <= max) {
      return;
    }
    String why = !form ? "it must hold only letters and digits and start with a letter" : "it is " + label.length()
        + " characters long; at most " + max + " are allowed";
    out.report(path, owner + " DNS label '" + label + "' is invalid: " + why + ".", "Use e.g. '" + suggestLabel(label, max) + "'.");
  }

  static String suggestLabel(String label, int max) {
    String s = label.replaceAll("[^a-zA-Z0-9]", "").toLowerCase(Locale.ROOT);
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "n" + s;
    }
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static void dnsLabelDuplicate(CheckContext ctx, Reporter out) {
    Map<String, PlacedSubnet> seen = new HashMap<>();
    for (PlacedSubnet s : ctx.subnets()) {
      if (s.subnet().dnsLabel().isEmpty()) {
        continue;
      }
      String label = s.subnet().dnsLabel().get();
      PlacedSubnet first = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), s);
      if (first != null) {
        out.report(s.path() + ".dnsLabel", "subnet " + s.name() + " uses DNS label '" + label + "', already used by subnet "
            + first.name() + " (labels are case-insensitive).", "Give subnet " + s.name() + " another label, e.g. '"
            + suggestLabel(s.name(), ctx.limits().maxDnsLabelLength()) + "'.");
      }
    }
  }

  private static void dnsLabelWithoutVcnLabel(CheckContext ctx, Reporter out) {
    if (ctx.network().vcn().dnsLabel().isPresent()) {
      return;
    }
    for (PlacedSubnet s : ctx.subnets()) {
      s.subnet().dnsLabel().ifPresent(l -> out.report(s.path() + ".dnsLabel",
          "subnet " + s.name() + " has DNS label '" + l + "' but the VCN has none."));
    }
  }

  private static void podsSubnetOnFlannel(CheckContext ctx, Reporter out) {
    if (ctx.network().podNetworking().isVcnNative()) {
      return;
    }
    ctx.subnet(SubnetRole.PODS).ifPresent(s -> out.report(s.path(), "pods subnet " + s.cidrText()
        + " is declared but pod networking is flannel, which takes pod addresses from the pods CIDR "
        + ctx.network().podNetworking().podsCidr().map(Cidr::toString).orElse("") + "; the subnet would stay empty."));
  }

  private static void noPodsSubnet(CheckContext ctx, Reporter out) {
    if (ctx.network().podNetworking().isVcnNative() && ctx.network().pods().isEmpty()) {
      out.report("pods", "pod networking is VCN-native but no pods subnet is declared, so pods have nowhere to take addresses from.");
    }
  }

  private static void podSubnetTooNarrow(CheckContext ctx, Reporter out) {
    if (!ctx.network().podNetworking().isVcnNative()) {
      return;
    }
    ctx.subnet(SubnetRole.PODS).filter(s -> s.cidr().map(Cidr::isIpv4).orElse(true))
        .filter(s -> s.prefixLength() >= LARGEST_TOO_SMALL_POD_PREFIX).ifPresent(s ->
        out.report(s.path(), "the pods subnet " + s.cidrText() + " has "
            + Numbers.of(s.usableAddresses(), "usable address") + "; OKE asks for a pod subnet larger than a /"
            + LARGEST_TOO_SMALL_POD_PREFIX + " (" + Numbers.count(Prefixes.usable(LARGEST_TOO_SMALL_POD_PREFIX)) + " usable).",
            "Use a /" + (LARGEST_TOO_SMALL_POD_PREFIX - 1) + " (" + Numbers.count(Prefixes.usable(LARGEST_TOO_SMALL_POD_PREFIX - 1))
                + " usable) or larger for the pods subnet."));
  }
}
