package dev.okenet.bench;

import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Estates of many networks for the scale benchmark: each network is {@code prod} (6 subnets) with
 * 10 application subnets added, 16 subnets in all, and 200 security rules written by the user (20
 * per application subnet) on top of the rules oke-net generates. Networks differ by name and by the
 * on-premises clients their rules admit, so no two are equal values.
 *
 * <pre>{@code
 * List<OkeNetwork> estate = Estates.of(1_000);
 * estate.forEach(n -> { n.validate(); n.resolve(); });
 * }</pre>
 */
public final class Estates {
  /** Subnets per network: prod's six plus {@link #APP_SUBNETS}. */
  public static final int SUBNETS_PER_NETWORK = 16;
  /** User-written security rules per network. */
  public static final int RULES_PER_NETWORK = 200;
  static final int APP_SUBNETS = 10;
  static final int RULES_PER_APP_SUBNET = RULES_PER_NETWORK / APP_SUBNETS;

  private Estates() {}

  /** {@code networks} networks, named {@code estate-0} to {@code estate-<networks - 1>}. */
  public static List<OkeNetwork> of(int networks) {
    if (networks < 1 || networks > 100_000) {
      throw new IllegalArgumentException("networks is " + networks + "; give 1 to 100,000.");
    }
    OkeNetwork prod = ReferenceNetworks.prod();
    List<OkeNetwork> estate = new ArrayList<>(networks);
    for (int i = 0; i < networks; i++) {
      estate.add(network(prod, i));
    }
    return List.copyOf(estate);
  }

  /** The i-th network of an estate. */
  static OkeNetwork network(OkeNetwork prod, int i) {
    OkeNetwork.Builder b = prod.toBuilder().name("estate-" + i);
    for (int s = 0; s < APP_SUBNETS; s++) {
      List<SecurityRule> rules = new ArrayList<>(RULES_PER_APP_SUBNET);
      for (int r = 0; r < RULES_PER_APP_SUBNET; r++) {
        // An on-premises /24 per rule (192.168.0.0/16 is prod's on-premises range), varying by network.
        String client = "192.168." + ((i + s * RULES_PER_APP_SUBNET + r) % 256) + ".0/24";
        rules.add(SecurityRule.ingress(Peer.ipv4(client), Port.tcp(8000 + r)).withDescription("app" + s + " client " + r));
      }
      b.addExtraSubnet(Subnet.privateSubnet(24).withName("app" + s)
          .addSecurityList(SecurityList.named("app" + s).addAllRules(rules)));
    }
    return b.build();
  }
}
