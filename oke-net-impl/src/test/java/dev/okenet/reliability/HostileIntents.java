package dev.okenet.reliability;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Seeded hostile intents for the differential fuzzing: {@code prod} with one to three changes whose
 * values come from the classes issue 16 found slipping through: CIDR text in every spelling (IPv6,
 * zero-padded, missing octets, masks) for peers, API clients, LB source ranges, DRG and LPG CIDRs
 * and routes; malformed OCIDs; names that are long, blank, or hold ':' or control characters, and
 * names repeated where they become one logical key (DRG attachments, security lists of a subnet);
 * TLS ports 0 and 70,000; backend protocols the CCM does not know. Plain JUnit generators over a
 * {@link Random}, so a case is replayed from its seed.
 *
 * <pre>{@code
 * HostileIntents.Case c = HostileIntents.next(random);
 * OkeNetwork n = c.build();   // may throw IllegalArgumentException: the DSL refused a value
 * }</pre>
 */
final class HostileIntents {
  private HostileIntents() {}

  /** One change to prod, with a readable description of the values it used. */
  record Change(String what, UnaryOperator<OkeNetwork.Builder> edit) {
    @Override
    public String toString() {
      return what;
    }
  }

  /** The changes of one case, applied to prod in order. */
  record Case(List<Change> changes) {
    /** The network; throws what the DSL throws when it refuses a value. */
    OkeNetwork build() {
      OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
      for (Change c : changes) {
        b = c.edit().apply(b);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return "prod " + changes;
    }
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** One value in four is hostile, so that most cases still build and the differential part has work. */
  private static boolean hostile(Random r) {
    return r.nextInt(4) == 0;
  }

  /** CIDR text: mostly valid IPv4 outside prod's VCN, else a spelling parsers disagree on. */
  static String cidr(Random r) {
    int second = 20 + r.nextInt(200);
    String valid = "10." + second + ".0.0/16";
    if (!hostile(r)) {
      return r.nextBoolean() ? valid : "192.168." + r.nextInt(256) + ".0/24";
    }
    return switch (r.nextInt(8)) {
      case 0 -> "::/0";
      case 1 -> "2001:db8:" + Integer.toHexString(r.nextInt(65536)) + "::/48";
      case 2 -> "010." + second + ".0.0/16";
      case 3 -> "10." + second + "/16";
      case 4 -> "10." + second + ".0.0/255.255.0.0";
      case 5 -> "10." + second + ".0.0/016";
      case 6 -> "10." + second + ".0.1/16";
      case 7 -> "192.168." + r.nextInt(256) + ".0/24";
      default -> valid;
    };
  }

  /**
   * An OCID of {@code type}, malformed in one of the ways users get them wrong, or (when
   * {@code wellFormed} is allowed) well formed. A well-formed OCID of a resource that does not exist
   * is not a value the validator can judge (it never reads the cloud), so only references the
   * provider does not look up (an IPSec connection's) may be well formed.
   */
  static String ocid(Random r, String type, boolean wellFormedAllowed) {
    return switch (r.nextInt(wellFormedAllowed ? 8 : 4)) {
      case 0 -> "x";
      case 1 -> "";
      case 2 -> "ocid1.vcn.oc1.iad.aaaa" + r.nextInt(1000);
      case 3 -> " ocid1." + type + ".oc1.iad.aaaa" + r.nextInt(1000);
      default -> "ocid1." + type + ".oc1.iad.aaaa" + r.nextInt(1000);
    };
  }

  /** A name: plain, long, blank, with ':' or a control character, or repeated from a small pool. */
  static String name(Random r) {
    if (!hostile(r)) {
      return pick(r, List.of("db", "dr", "shared", "mon", "edge", "n".repeat(64)));
    }
    return switch (r.nextInt(6)) {
      case 0 -> "n".repeat(40 + r.nextInt(60));
      case 1 -> "a:b";
      case 2 -> "";
      case 3 -> "x\u0085y";
      case 4 -> "tab\there";
      default -> pick(r, List.of("db", "dr", "shared", "mon", "edge"));
    };
  }

  private static int port(Random r) {
    return hostile(r) ? pick(r, List.of(0, 65536, 70000, -1)) : pick(r, List.of(1, 443, 8443, 65535));
  }

  private static RouteTarget target(Random r) {
    return pick(r, List.of(RouteTarget.natGateway(), RouteTarget.drg(), RouteTarget.internetGateway(), RouteTarget.localPeering("shared")));
  }

  private static Change change(String what, UnaryOperator<OkeNetwork.Builder> edit) {
    return new Change(what, edit);
  }

  private static final List<Function<Random, Change>> CHANGES = List.of(
      r -> {
        String nsg = name(r);
        String peer = cidr(r);
        int port = port(r);
        return change("nsg '" + nsg + "' from " + peer + " TCP " + port,
            b -> b.addNsg(Nsg.named(nsg).allowFrom(Peer.ipv4(peer), Port.tcp(port))));
      },
      r -> {
        String client = cidr(r);
        return change("api clients " + client,
            b -> b.cluster(ReferenceNetworks.prod().cluster().withEndpoint(ApiEndpoint.privateEndpoint().addAllowedClients(client))));
      },
      r -> {
        String range = cidr(r);
        int listener = 1 + r.nextInt(65535);
        int tls = port(r);
        String protocol = hostile(r) ? pick(r, List.of("QUIC", "", "TCP ")) : pick(r, List.of("TCP", "HTTP", "GRPC", "http"));
        boolean withTls = r.nextBoolean();
        return change("service shop/extra :" + listener + " from " + range + (withTls ? " tls " + tls : "") + " backend '" + protocol + "'", b -> {
          Service s = Service.loadBalancer("shop", "extra").addPort(listener).withFlexibleShape(10, 100).addSourceRanges(range).withBackendProtocol(protocol);
          return b.addService(withTls ? s.withTls("shop-tls", tls) : s);
        });
      },
      r -> {
        // Values drawn now, the DSL called in the edit: the DSL's refusals happen when the case is built.
        List<java.util.function.Supplier<DrgAttachment>> attachments = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          String n = pick(r, List.of("dr", "dr2", "onprem2", name(r)));
          String c = cidr(r);
          if (r.nextBoolean()) {
            String rpc = ocid(r, "remotepeeringconnection", false);
            boolean connect = hostile(r);
            what.add("rpc " + n + " " + c + (connect ? " to '" + rpc + "'" : ""));
            attachments.add(() -> connect ? DrgAttachment.remotePeering(n, "us-phoenix-1", c).withPeerConnectionId(rpc)
                : DrgAttachment.remotePeering(n, "us-phoenix-1", c));
          } else {
            String id = ocid(r, "ipsecconnection", true);
            what.add("ipsec " + n + " '" + id + "' " + c);
            attachments.add(() -> DrgAttachment.ipsecVpn(n, id, c));
          }
        }
        return change("drg " + what, b -> {
          Drg d = Drg.of();
          for (java.util.function.Supplier<DrgAttachment> a : attachments) {
            d = d.addAttachment(a.get());
          }
          return b.drg(d);
        });
      },
      r -> {
        String n = name(r);
        String c = cidr(r);
        String lpg = ocid(r, "localpeeringgateway", false);
        boolean connect = hostile(r);
        return change("lpg '" + n + "' " + c + (connect ? " to '" + lpg + "'" : ""), b -> {
          LocalPeering p = LocalPeering.to(n, c);
          return b.addLocalPeering(connect ? p.withPeerGatewayId(lpg) : p);
        });
      },
      r -> {
        String subnet = name(r);
        String first = pick(r, List.of("mon", "edge", name(r)));
        String second = pick(r, List.of("mon", "edge", name(r)));
        String dest = cidr(r);
        RouteTarget t = target(r);
        return change("subnet '" + subnet + "' lists '" + first + "', '" + second + "' route " + dest + " → " + t, b -> b.addExtraSubnet(
            Subnet.privateSubnet(28).withName(subnet)
                .addSecurityList(SecurityList.named(first).addRule(SecurityRule.ingress(Peer.ipv4("10.0.0.0/16"), Port.tcp(9100))))
                .addSecurityList(SecurityList.named(second).addRule(SecurityRule.ingress(Peer.ipv4("10.0.0.0/16"), Port.tcp(9200))))
                .addRouteRule(RouteRule.to(dest, t))));
      },
      r -> {
        if (!hostile(r)) {
          return change("cluster with Calico",
              b -> b.cluster(ReferenceNetworks.prod().cluster().withPolicyEngine(dev.okenet.cluster.PolicyEngine.CALICO)));
        }
        // Only malformed ids: a well-formed id of a cluster that does not exist is not a value the validator can judge.
        String id = pick(r, List.of("x", "", "ocid1.vcn.oc1.iad.aaaa", "cluster"));
        return change("cluster existing '" + id + "'", b -> b.cluster(ReferenceNetworks.prod().cluster().withExistingId(id)));
      },
      r -> {
        String n = name(r);
        return change("node pool '" + n + "'", b -> b.addNodePool(NodePool.of(n, Shape.flex("VM.Standard.E5.Flex", 2), 1, 2)));
      });

  /** The next case: one to three changes. */
  static Case next(Random r) {
    List<Change> changes = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      changes.add(pick(r, CHANGES).apply(r));
    }
    return new Case(changes);
  }
}
