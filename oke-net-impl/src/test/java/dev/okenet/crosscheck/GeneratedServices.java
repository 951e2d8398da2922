package dev.okenet.crosscheck;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * LoadBalancer Services for the renderer-versus-CCM cross-check, generated from a seed: every
 * combination of load balancer kind, visibility, externalTrafficPolicy and rule-management mode
 * (the default included) appears once per security enforcement, shuffled over a few networks, and
 * the rest is drawn at random: TCP ports and, on NLBs, UDP ports (sometimes on a TCP port's
 * number), shapes and bandwidths, TLS and backend protocols, backend policies, source ranges,
 * health-check node ports and custom NSGs. Only intents a user can write with the DSL.
 *
 * <pre>{@code
 * List<OkeNetwork> networks = GeneratedServices.networks(new Random(seed), 8);
 * }</pre>
 */
final class GeneratedServices {
  /** One mode per index: empty is the CCM's default for the kind. */
  private static final List<Optional<SecurityRuleManagement>> MODES = List.of(Optional.empty(),
      Optional.of(SecurityRuleManagement.SL_ALL), Optional.of(SecurityRuleManagement.SL_FRONTEND),
      Optional.of(SecurityRuleManagement.NSG), Optional.of(SecurityRuleManagement.NONE));
  private static final List<String> CUSTOM_NSGS = List.of("edge", "partner");

  private GeneratedServices() {}

  /** What one generated Service covers, for the summary. */
  record Combination(boolean nlb, boolean internal, boolean local, Optional<SecurityRuleManagement> mode) {
    @Override
    public String toString() {
      return (nlb ? "NLB" : "LB") + "/" + (internal ? "internal" : "public") + "/" + (local ? "Local" : "Cluster") + "/"
          + mode.map(SecurityRuleManagement::annotationValue).orElse("default");
    }
  }

  /**
   * For each security enforcement, the full matrix of combinations spread over networks of
   * {@code perNetwork} generated Services each (beside the reference network's own).
   */
  static List<OkeNetwork> networks(Random random, int perNetwork) {
    List<OkeNetwork> out = new ArrayList<>();
    for (SecurityEnforcement enforcement : SecurityEnforcement.values()) {
      List<Combination> matrix = matrix();
      Collections.shuffle(matrix, random);
      for (int from = 0; from < matrix.size(); from += perNetwork) {
        out.add(network(random, enforcement, out.size(), matrix.subList(from, Math.min(matrix.size(), from + perNetwork))));
      }
    }
    return out;
  }

  static List<Combination> matrix() {
    List<Combination> all = new ArrayList<>();
    for (boolean nlb : List.of(false, true)) {
      for (boolean internal : List.of(false, true)) {
        for (boolean local : List.of(false, true)) {
          for (Optional<SecurityRuleManagement> mode : MODES) {
            all.add(new Combination(nlb, internal, local, mode));
          }
        }
      }
    }
    return all;
  }

  private static OkeNetwork network(Random random, SecurityEnforcement enforcement, int index, List<Combination> combinations) {
    OkeNetwork base = random.nextBoolean() ? ReferenceNetworks.prod() : ReferenceNetworks.prodFlannel();
    OkeNetwork.Builder b = base.toBuilder().name(base.name() + "-gen" + index).securityEnforcement(enforcement);
    CUSTOM_NSGS.forEach(n -> b.addNsg(Nsg.named(n)));
    for (int i = 0; i < combinations.size(); i++) {
      b.addService(service(random, i, combinations.get(i)));
    }
    return b.build();
  }

  static Service service(Random random, int index, Combination c) {
    Service s = Service.loadBalancer("gen", "svc-" + index).withSelector("app=svc-" + index);
    TreeSet<Integer> tcp = new TreeSet<>();
    int tcpCount = 1 + random.nextInt(3);
    while (tcp.size() < tcpCount) {
      tcp.add(List.of(80, 443, 8080, 8443, 9000, 5432).get(random.nextInt(6)));
    }
    for (int port : tcp) {
      s = s.addPort(ServicePort.tcp(port, 1024 + random.nextInt(60000)));
    }
    if (c.nlb()) {
      s = s.withNetworkLoadBalancer().withBackendPolicy(List.of("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE").get(random.nextInt(3)));
      if (random.nextInt(3) == 0) {
        // Sometimes on a TCP port's number: the CCM then makes one TCP_AND_UDP listener.
        int udp = random.nextBoolean() ? tcp.first() : 53;
        s = s.addUdpPort(udp, udp);
      }
    } else {
      s = loadBalancerOptions(random, s, tcp);
    }
    if (c.internal()) {
      s = s.withInternal();
    }
    if (c.local()) {
      s = s.withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL);
      if (random.nextBoolean()) {
        // Clear of the ports the API server hands out from 30000 up.
        s = s.withHealthCheckNodePort(32000 + index);
      }
    }
    if (c.mode().isPresent()) {
      s = s.withSecurityRuleManagement(c.mode().get());
    }
    if (random.nextInt(3) == 0) {
      s = s.addSourceRanges("203.0.113." + (random.nextInt(8) * 32) + "/27");
    }
    int nsgs = random.nextInt(CUSTOM_NSGS.size() + 1);
    if (nsgs > 0) {
      s = s.addNsgs(CUSTOM_NSGS.subList(0, nsgs).toArray(String[]::new));
    }
    return s;
  }

  private static Service loadBalancerOptions(Random random, Service s, TreeSet<Integer> ports) {
    switch (random.nextInt(3)) {
      case 0:
        s = s.withShape("100Mbps");
        break;
      case 1:
        s = s.withShape("400Mbps");
        break;
      default:
        int min = 10 + random.nextInt(500);
        s = s.withFlexibleShape(min, min + random.nextInt(8000 - min + 1));
    }
    switch (random.nextInt(4)) {
      case 0:
        return s;
      case 1:
        return s.withBackendProtocol(random.nextBoolean() ? "HTTP" : "http");
      case 2:
        return s.withTls("svc-tls", ports.first()).withBackendProtocol("TCP");
      default:
        return s.withTls("svc-tls", ports.toArray(Integer[]::new)).withBackendProtocol("GRPC");
    }
  }
}
