package dev.okenet.check.internal;

import static dev.okenet.check.internal.Rules.define;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.PlacedSubnet;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.Severity;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.Protocol;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** OKE-LB-*: LoadBalancer services that would never get an external address, or never pass traffic. Not for users. */
final class ExposureRules {
  /** OCI's flexible load balancer bandwidth range, in Mbps. */
  static final int FLEX_MIN_MBPS = 10;
  static final int FLEX_MAX_MBPS = 8000;

  private ExposureRules() {}

  static List<Rule> all() {
    return List.of(
        define("OKE-LB-001", Severity.ERROR, "Public LoadBalancer service without a public LB subnet",
            "OCI refuses a public load balancer in a private subnet: the Service stays <pending> and never gets an address.",
            "Make publicLoadBalancers a Subnet.publicSubnet(), or make the Service internal (.withInternal()).",
            ExposureRules::publicWithoutPublicSubnet),
        define("OKE-LB-002", Severity.ERROR, "Public LB subnet routes to no internet gateway",
            "A public load balancer answers the internet through the internet gateway; without one the address exists but "
                + "no client ever gets an answer.",
            "Add an internet gateway: gateways(Gateways.internet().withNat().withServiceGateway()).",
            ExposureRules::publicSubnetWithoutInternet),
        define("OKE-LB-003", Severity.WARNING, "Internal load balancer subnet is public",
            "Internal load balancers get private addresses only; a public subnet for them invites public resources next to "
                + "private ones and is usually a copy-paste slip.",
            "Declare internalLoadBalancers with Subnet.privateSubnet().",
            ExposureRules::internalSubnetPublic),
        define("OKE-LB-004", Severity.ERROR, "LoadBalancer services but no load balancer subnet",
            "The cloud controller manager needs a subnet to put each load balancer in; without one every LoadBalancer "
                + "Service stays <pending>.",
            "Declare publicLoadBalancers(Subnet.publicSubnet(24)) and/or internalLoadBalancers(..).",
            ExposureRules::noLoadBalancerSubnet),
        define("OKE-LB-005", Severity.ERROR, "Security-rule management None and no load balancer to worker rules",
            "With management mode None (the NLB default) the CCM writes no rules; if the network does not carry the load "
                + "balancer to worker rules (node ports 30000-32767 and kube-proxy health check TCP 10256), health checks "
                + "fail and no backend is ever healthy.",
            "Keep generatesLoadBalancerRules(true) (the default), or allow the LB subnet to the workers on TCP 30000-32767 "
                + "and TCP 10256, or let the CCM manage rules (SecurityRuleManagement.NSG).",
            ExposureRules::noBackendRules),
        define("OKE-LB-006", Severity.ERROR, "NLB preserves the source but worker ingress only admits the LB subnet",
            "An NLB with externalTrafficPolicy Local keeps the client's address, so packets reach the node ports from the "
                + "clients, not from the LB subnet; rules that only admit the LB subnet drop them.",
            "Allow the client CIDRs (loadBalancerSourceRanges, else 0.0.0.0/0) to the workers on TCP 30000-32767, or keep "
                + "generatesLoadBalancerRules(true), which writes those rules.",
            ExposureRules::preservedSourceDropped),
        define("OKE-LB-007", Severity.ERROR, "Public subnet's route table mixes internet gateway and service gateway routes",
            "OCI rejects a route table with both a rule to an internet gateway and a rule to a service gateway for the "
                + "Oracle Services Network.",
            "Remove the service gateway route from the public subnet; public resources reach Oracle services through the "
                + "internet gateway.",
            ExposureRules::mixedPublicRoutes),
        define("OKE-LB-008", Severity.ERROR, "More than 5 NSGs on a load balancer",
            "A load balancer or NLB takes at most 5 NSGs (Limits.maxNsgsPerVnic); the CCM fails to create or update it.",
            "Attach fewer custom NSGs to the Service; merge their rules.",
            ExposureRules::tooManyLbNsgs),
        define("OKE-LB-009", Severity.ERROR, "Flexible load balancer bandwidth invalid",
            "A flexible LB needs a minimum and a maximum bandwidth between 10 and 8,000 Mbps, minimum ≤ maximum; the CCM "
                + "fails to create it otherwise.",
            "Use Service.withFlexibleShape(min, max) with 10 ≤ min ≤ max ≤ 8000.",
            ExposureRules::flexibleShape),
        define("OKE-LB-010", Severity.WARNING, "Load balancer on the fixed 100Mbps shape",
            "100Mbps is the CCM's default shape; many tenancies have little or no quota for fixed shapes, so the Service "
                + "stays <pending> with a quota error.",
            "Use the flexible shape: Service.withFlexibleShape(10, 100).",
            ExposureRules::fixedShape),
        define("OKE-LB-011", Severity.ERROR, "Internal LoadBalancer service without an internal LB subnet",
            "oke-net places internal load balancers only in the internal LB subnet; without one the Service gets no "
                + "subnet and stays <pending>.",
            "Declare internalLoadBalancers(Subnet.privateSubnet(26)), or make the Service public.",
            ExposureRules::internalWithoutSubnet),
        define("OKE-LB-012", Severity.ERROR, "UDP port on a (layer 7) load balancer",
            "OCI's load balancer carries TCP (and HTTP) only; a UDP port makes the CCM fail to create its listener.",
            "Use a network load balancer for UDP: Service.withNetworkLoadBalancer().",
            ExposureRules::udpOnLoadBalancer),
        define("OKE-LB-013", Severity.ERROR, "NLB given options only a (layer 7) load balancer has",
            "TLS termination (withTls(..)), a backend protocol and a flexible bandwidth are annotations of OCI's layer-7 load "
                + "balancer; on a network load balancer the CCM ignores or rejects them, so TLS is not terminated where you "
                + "expect (and oke-net's manifests refuse to render the Service).",
            "Drop those options from the Service, or drop withNetworkLoadBalancer() to get an OCI load balancer; an NLB passes "
                + "TLS through to the pods, which then terminate it.",
            ExposureRules::loadBalancerOnlyOptionsOnNlb),
        define("OKE-LB-014", Severity.ERROR, "UDP port on an NLB whose security lists the CCM would manage",
            "The cloud controller manager refuses a network load balancer Service with a UDP port unless its security-list "
                + "management mode is None: validateService (pkg/cloudprovider/providers/oci/load_balancer_spec.go) calls "
                + "validateProtocols (load_balancer_util.go), which fails with \"Security list management mode can only be 'None' "
                + "for UDP protocol\" (oracle/oci-cloud-controller-manager v1.35.0). Rule management SL-All or SL-Frontend is "
                + "that mode All or Frontend, so the Service stays <pending>.",
            "Use withSecurityRuleManagement(SecurityRuleManagement.NONE) (the NLB default; keep generatesLoadBalancerRules(true) so "
                + "the network carries the rules) or SecurityRuleManagement.NSG.",
            ExposureRules::udpNlbWithManagedSecurityLists),
        define("OKE-LB-015", Severity.ERROR, "Load balancer TLS the CCM cannot apply",
            "The CCM terminates TLS on the listeners whose ports are in oci-load-balancer-ssl-ports, with the secret in "
                + "oci-load-balancer-tls-secret (oracle/oci-cloud-controller-manager load_balancer_spec.go): a TLS port the "
                + "Service does not expose terminates nothing, a secret without ports or ports without a secret is half a "
                + "configuration (oke-net's manifests refuse it), and the GRPC backend protocol needs TLS (\"SSL "
                + "configuration cannot be empty for GRPC protocol\"), so the Service stays <pending> or serves plain text.",
            "Give withTls(secret, ports) with ports that are the Service's own, e.g. .addPort(443, 8443).withTls(\"shop-tls\", 443); "
                + "for GRPC, add withTls(..) or use withBackendProtocol(\"HTTP\").",
            ExposureRules::tlsTheCcmCannotApply));
  }

  private static void udpNlbWithManagedSecurityLists(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      LoadBalancerOptions o = s.loadBalancer().get();
      SecurityRuleManagement mode = o.effectiveSecurityRuleManagement();
      if (o.kind() != LoadBalancerKind.NETWORK_LOAD_BALANCER
          || (mode != SecurityRuleManagement.SL_ALL && mode != SecurityRuleManagement.SL_FRONTEND)) {
        continue;
      }
      List<String> udp = s.ports().stream().filter(p -> p.protocol() == Protocol.UDP).map(p -> "UDP " + p.port()).toList();
      if (!udp.isEmpty()) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " exposes " + Rules.and(udp) + " with security-rule "
            + "management " + mode.annotationValue() + " (security-list management mode " + (mode == SecurityRuleManagement.SL_ALL
            ? "All" : "Frontend") + "); the CCM accepts only None for UDP (\"Security list management mode can only be 'None' "
            + "for UDP protocol\"), so the Service stays <pending>.",
            "Give " + s.ref() + " .withSecurityRuleManagement(SecurityRuleManagement.NONE) and keep generatesLoadBalancerRules(true) "
                + "(the network then carries the rules), or use SecurityRuleManagement.NSG.");
      }
    }
  }

  private static void tlsTheCcmCannotApply(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.kind() != LoadBalancerKind.LOAD_BALANCER) {
        continue;
      }
      if (o.tlsSecret().isPresent() && o.tlsPorts().isEmpty()) {
        out.report(Paths.service(s), "Service " + s.ref() + " names TLS secret '" + o.tlsSecret().get()
            + "' but no TLS port, so no listener terminates TLS.", "Give the listener ports: withTls(\"" + o.tlsSecret().get() + "\", 443).");
      }
      if (o.tlsSecret().isEmpty() && !o.tlsPorts().isEmpty()) {
        out.report(Paths.service(s), "Service " + s.ref() + " terminates TLS on ports " + o.tlsPorts()
            + " without a TLS secret, so the CCM has no certificate.", "Name the secret: withTls(\"shop-tls\", " + o.tlsPorts().get(0) + ").");
      }
      Set<Integer> ports = new java.util.TreeSet<>();
      s.ports().forEach(p -> ports.add(p.port()));
      List<Integer> strays = o.tlsPorts().stream().filter(p -> !ports.contains(p)).toList();
      if (!strays.isEmpty()) {
        out.report(Paths.service(s), "Service " + s.ref() + " terminates TLS on port" + (strays.size() == 1 ? " " : "s ") + strays
            + ", which " + (strays.size() == 1 ? "is" : "are") + " not among its ports " + ports + ": no listener there, so TLS "
            + "is terminated nowhere you meant.", "Use the Service's own ports in withTls(..), e.g. withTls(\"" + o.tlsSecret().orElse("shop-tls")
            + "\", " + (ports.isEmpty() ? 443 : ports.iterator().next()) + "), or add .addPort(" + strays.get(0) + ", ..).");
      }
      if (o.backendProtocol().filter("GRPC"::equals).isPresent() && (o.tlsPorts().isEmpty() || o.tlsSecret().isEmpty())) {
        out.report(Paths.service(s), "Service " + s.ref() + " asks for the GRPC backend protocol without TLS; the CCM refuses it "
            + "(\"SSL configuration cannot be empty for GRPC protocol\").", "Add withTls(\"shop-tls\", 443), or use withBackendProtocol(\"HTTP\").");
      }
    }
  }

  private static List<Service> lbServices(OkeNetwork n) {
    return n.services().stream().filter(s -> s.loadBalancer().isPresent()).toList();
  }

  private static boolean hasAnyLbSubnet(OkeNetwork n) {
    return n.publicLoadBalancers().isPresent() || n.internalLoadBalancers().isPresent();
  }

  private static String lbName(LoadBalancerOptions o) {
    return (o.isInternal() ? "internal " : "public ") + (o.kind() == LoadBalancerKind.NETWORK_LOAD_BALANCER ? "NLB" : "load balancer");
  }

  private static void publicWithoutPublicSubnet(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (!hasAnyLbSubnet(n)) {
      return;
    }
    Optional<PlacedSubnet> lb = ctx.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS);
    for (Service s : lbServices(n)) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.isInternal()) {
        continue;
      }
      if (lb.isEmpty()) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " needs a public LB subnet, but the network "
            + "declares only internalLoadBalancers: the Service stays <pending>.",
            "Declare publicLoadBalancers(Subnet.publicSubnet(24)), or make the Service internal (.withInternal()).");
      } else if (!lb.get().subnet().isPublic()) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " goes to publicLoadBalancers "
            + lb.get().cidrText() + ", which is a private subnet: OCI refuses public load balancers in private subnets, "
            + "so the Service stays <pending> and never gets an external address.");
      }
    }
  }

  private static void publicSubnetWithoutInternet(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    Optional<PlacedSubnet> lb = ctx.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS).filter(s -> s.subnet().isPublic());
    List<String> publicServices = lbServices(n).stream().filter(s -> !s.loadBalancer().get().isInternal())
        .map(s -> s.ref().toString()).toList();
    if (lb.isPresent() && !publicServices.isEmpty() && !n.gateways().hasInternetGateway()) {
      out.report(lb.get().path(), "public LB subnet " + lb.get().cidrText() + " routes to no internet gateway (the network "
          + "has none), so " + Rules.and(publicServices) + " would get public addresses that never answer.");
    }
  }

  private static void internalSubnetPublic(CheckContext ctx, Reporter out) {
    ctx.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS).filter(s -> s.subnet().isPublic()).ifPresent(s ->
        out.report(s.path(), "internal LB subnet " + s.cidrText() + " is public; internal load balancers only need a private subnet."));
  }

  private static void noLoadBalancerSubnet(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (hasAnyLbSubnet(n)) {
      return;
    }
    for (Service s : lbServices(n)) {
      out.report(Paths.service(s), "Service " + s.ref() + " is of type LoadBalancer (" + lbName(s.loadBalancer().get())
          + ") but the network has no load balancer subnet: it stays <pending>.");
    }
  }

  /** Declared worker ingress that admits {@code port} from anyone. */
  private static boolean workersAdmit(List<SecurityRule> workerIngress, Port port) {
    return workerIngress.stream().anyMatch(r -> port.isCoveredBy(r.port()));
  }

  private static void noBackendRules(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.generatesLoadBalancerRules()) {
      return;
    }
    List<SecurityRule> ingress = DeclaredRules.workerIngress(ctx);
    for (Service s : lbServices(n)) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.effectiveSecurityRuleManagement() != SecurityRuleManagement.NONE) {
        continue;
      }
      Set<String> missing = new LinkedHashSet<>();
      if (!workersAdmit(ingress, Port.NODE_PORTS_TCP)) {
        missing.add(Port.NODE_PORTS_TCP.toString());
      }
      // With externalTrafficPolicy Local the LB probes the Service's healthCheckNodePort (inside the
      // node-port range), not kube-proxy's 10256.
      if (o.externalTrafficPolicy() == ExternalTrafficPolicy.CLUSTER && !workersAdmit(ingress, Port.tcp(10256))) {
        missing.add("TCP 10256");
      }
      if (s.ports().stream().anyMatch(p -> p.protocol() == Protocol.UDP) && !workersAdmit(ingress, Port.NODE_PORTS_UDP)) {
        missing.add(Port.NODE_PORTS_UDP.toString());
      }
      if (!missing.isEmpty()) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " uses security-rule management None, so the CCM "
            + "writes no rules, and the network neither generates the load balancer → worker rules (generatesLoadBalancerRules "
            + "is false) nor declares worker ingress on " + Rules.and(List.copyOf(missing)) + ": health checks fail and no "
            + "backend is ever healthy.");
      }
    }
  }

  private static void preservedSourceDropped(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (n.generatesLoadBalancerRules()) {
      return;
    }
    List<SecurityRule> nodePortIngress = DeclaredRules.workerIngress(ctx).stream()
        .filter(r -> Port.NODE_PORTS_TCP.isCoveredBy(r.port()) || r.port().isCoveredBy(Port.NODE_PORTS_TCP)).toList();
    for (Service s : lbServices(n)) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (!o.preservesSource() || o.effectiveSecurityRuleManagement() != SecurityRuleManagement.NONE) {
        continue;
      }
      List<String> dropped = o.effectiveSourceRanges().stream().filter(src -> nodePortIngress.stream().noneMatch(r ->
          r.direction() == Direction.INGRESS && r.peer() instanceof Peer.CidrPeer c && c.cidr().contains(src)
              && Port.NODE_PORTS_TCP.isCoveredBy(r.port()))).map(Cidr::toString).toList();
      if (!dropped.isEmpty()) {
        List<String> admitted = nodePortIngress.stream().map(r -> r.peer().toString()).distinct().toList();
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " preserves the client's address "
            + "(externalTrafficPolicy Local), so packets reach the workers' node ports from " + Rules.and(dropped)
            + ", but worker ingress on " + Port.NODE_PORTS_TCP + " admits only " + Rules.and(admitted) + ": that traffic is dropped.");
      }
    }
  }

  private static void mixedPublicRoutes(CheckContext ctx, Reporter out) {
    Optional<ResolvedNetwork> net = ctx.resolved();
    if (net.isEmpty()) {
      return;
    }
    for (PlacedSubnet s : ctx.subnets()) {
      if (!s.subnet().isPublic()) {
        continue;
      }
      net.get().subnetByKey(ResolvedKeys.subnet(s)).flatMap(r -> net.get().routeTable(r.routeTableKey())).ifPresent(rt -> {
            boolean igw = rt.rules().stream().anyMatch(r -> r.target().kind() == RouteTarget.Kind.INTERNET_GATEWAY);
            List<RouteRule> sgw = rt.rules().stream().filter(r -> r.target().kind() == RouteTarget.Kind.SERVICE_GATEWAY).toList();
            if (igw && !sgw.isEmpty()) {
              out.report(s.path(), "public subnet " + s.name() + "'s route table " + rt.name() + " sends traffic to the internet "
                  + "gateway and " + Rules.and(sgw.stream().map(RouteRule::destinationText).toList()) + " to the service gateway.");
            }
          });
    }
  }

  private static void tooManyLbNsgs(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    int max = ctx.limits().maxNsgsPerVnic();
    for (Service s : lbServices(n)) {
      LoadBalancerOptions o = s.loadBalancer().get();
      SubnetRole role = o.isInternal() ? SubnetRole.INTERNAL_LOAD_BALANCERS : SubnetRole.PUBLIC_LOAD_BALANCERS;
      boolean generated = n.securityEnforcement() == SecurityEnforcement.NSG && ctx.subnet(role).isPresent();
      long count = (generated ? 1 : 0) + o.nsgNames().stream().distinct().count();
      if (count > max) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " would carry " + count + " NSGs ("
            + (generated ? "the generated one and " : "") + o.nsgNames().size() + " custom: " + o.nsgNames() + "); OCI allows "
            + max + ".", "Attach at most " + (generated ? max - 1 : max) + " custom NSGs to " + s.ref() + "; merge their rules.");
      }
    }
  }

  private static void flexibleShape(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.kind() != LoadBalancerKind.LOAD_BALANCER || !LoadBalancerOptions.FLEXIBLE.equals(o.shape())) {
        continue;
      }
      if (o.minMbps().isEmpty() || o.maxMbps().isEmpty()) {
        out.report(Paths.service(s), "the flexible load balancer for " + s.ref() + " has no "
            + (o.minMbps().isEmpty() ? "minimum" : "maximum") + " bandwidth; the CCM needs both.");
        continue;
      }
      int min = o.minMbps().get();
      int max = o.maxMbps().get();
      if (min > max) {
        out.report(Paths.service(s), "the flexible load balancer for " + s.ref() + " has minimum bandwidth " + min
            + " Mbps above its maximum " + max + " Mbps.", "Did you mean withFlexibleShape(" + max + ", " + min + ")?");
      } else if (min < FLEX_MIN_MBPS || max > FLEX_MAX_MBPS) {
        out.report(Paths.service(s), "the flexible load balancer for " + s.ref() + " asks for " + min + "–" + max
            + " Mbps; OCI offers " + FLEX_MIN_MBPS + "–" + Numbers.count(FLEX_MAX_MBPS) + " Mbps.",
            "Use withFlexibleShape(" + Math.max(min, FLEX_MIN_MBPS) + ", " + Math.min(Math.max(max, FLEX_MIN_MBPS), FLEX_MAX_MBPS) + ").");
      }
    }
  }

  private static void fixedShape(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.kind() == LoadBalancerKind.LOAD_BALANCER && LoadBalancerOptions.FIXED_100MBPS.equals(o.shape())) {
        out.report(Paths.service(s), "the load balancer for " + s.ref() + " uses the fixed 100Mbps shape (the CCM's default), "
            + "for which many tenancies have little or no quota.");
      }
    }
  }

  private static void internalWithoutSubnet(CheckContext ctx, Reporter out) {
    OkeNetwork n = ctx.network();
    if (!hasAnyLbSubnet(n) || n.internalLoadBalancers().isPresent()) {
      return;
    }
    for (Service s : lbServices(n)) {
      if (s.loadBalancer().get().isInternal()) {
        out.report(Paths.service(s), "the " + lbName(s.loadBalancer().get()) + " for " + s.ref()
            + " needs an internal LB subnet, but the network declares only publicLoadBalancers: the Service gets no subnet.");
      }
    }
  }

  private static void udpOnLoadBalancer(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      if (s.loadBalancer().get().kind() != LoadBalancerKind.LOAD_BALANCER) {
        continue;
      }
      s.ports().stream().filter(p -> p.protocol() == Protocol.UDP).forEach(p -> out.report(Paths.service(s),
          "Service " + s.ref() + " exposes UDP " + p.port() + " on a layer-7 load balancer, which carries TCP only."));
    }
  }

  private static void loadBalancerOnlyOptionsOnNlb(CheckContext ctx, Reporter out) {
    for (Service s : lbServices(ctx.network())) {
      LoadBalancerOptions o = s.loadBalancer().get();
      if (o.kind() != LoadBalancerKind.NETWORK_LOAD_BALANCER) {
        continue;
      }
      List<String> asked = new ArrayList<>();
      List<String> drop = new ArrayList<>();
      if (!o.tlsPorts().isEmpty() || o.tlsSecret().isPresent()) {
        asked.add("TLS termination on ports " + o.tlsPorts() + o.tlsSecret().map(t -> " with secret '" + t + "'").orElse(""));
        drop.add("withTls(..)");
      }
      o.backendProtocol().ifPresent(p -> {
        asked.add("backend protocol '" + p + "'");
        drop.add("withBackendProtocol(..)");
      });
      if (o.minMbps().isPresent() || o.maxMbps().isPresent()) {
        asked.add("flexible bandwidth " + o.minMbps().map(String::valueOf).orElse("?") + "–"
            + o.maxMbps().map(String::valueOf).orElse("?") + " Mbps");
        drop.add("withFlexibleShape(..)");
      }
      if (!asked.isEmpty()) {
        out.report(Paths.service(s), "the " + lbName(o) + " for " + s.ref() + " is given " + Rules.and(asked)
            + ", which only the layer-7 load balancer takes: the CCM ignores or rejects "
            + (asked.size() == 1 ? "it" : "them") + " on an NLB.",
            "Drop " + Rules.and(drop) + " from " + s.ref() + ", or drop withNetworkLoadBalancer() to get an OCI load balancer"
                + (drop.contains("withTls(..)") ? "; with an NLB, terminate TLS in the pods." : "."));
      }
    }
  }
}
