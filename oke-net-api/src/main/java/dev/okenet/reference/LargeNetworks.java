package dev.okenet.reference;

import dev.okenet.OkeNetwork;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Networks with thousands of security rules, for the internet-ingress audit's scale: the
 * reachability tests and the benchmarks audit the same network.
 *
 * <pre>{@code
 * ResolvedNetwork big = LargeNetworks.withInternetRules(5_000).resolve();
 * big.reachability().auditInternetIngress();   // one exposed flow per rule
 * }</pre>
 */
public final class LargeNetworks {
  /**
   * OCI's limits: 5 security lists per subnet, 200 ingress rules per list. oke-net adds the
   * generated or default list to every subnet, so 4 are left for these (5 would be rejected by
   * validate() as OKE-LIM-003, and by OCI).
   */
  public static final int LISTS_PER_SUBNET = 4;
  public static final int RULES_PER_LIST = 200;

  private LargeNetworks() {}

  /**
   * {@code prod} plus public "edge" subnets whose security lists hold {@code rules} ingress rules,
   * each from its own public /32 (198.18.0.0/15, benchmarking space) on its own TCP port, so every
   * rule is one exposed flow. Subnets are /28s carved from the VCN; at most 4 lists of 200 rules
   * each per subnet, which with the list oke-net adds is OCI's limit of 5.
   */
  public static OkeNetwork withInternetRules(int rules) {
    if (rules < 0 || rules > 50_000) {
      throw new IllegalArgumentException("rules is " + rules + "; give 0 to 50,000.");
    }
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder().name("large");
    int written = 0;
    for (int subnet = 0; written < rules; subnet++) {
      Subnet edge = Subnet.publicSubnet(28).withName("edge" + subnet);
      for (int list = 0; list < LISTS_PER_SUBNET && written < rules; list++) {
        List<SecurityRule> batch = new ArrayList<>();
        for (int i = 0; i < RULES_PER_LIST && written < rules; i++, written++) {
          batch.add(SecurityRule.ingress(Peer.ipv4(client(written)), Port.tcp(1024 + written % 60_000))
              .withDescription("edge client " + written));
        }
        edge = edge.addSecurityList(SecurityList.named("edge" + list).addAllRules(batch));
      }
      b.addExtraSubnet(edge);
    }
    return b.build();
  }

  /** The n-th /32 of 198.18.0.0/15. */
  static String client(int n) {
    return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256) + "/32";
  }
}
