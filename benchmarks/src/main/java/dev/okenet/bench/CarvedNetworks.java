package dev.okenet.bench;

import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;

/**
 * {@code prod} with many extra /29 subnets in a VCN of three /16 blocks: each gives only its prefix
 * length (carved by {@code resolve()}) or an explicit CIDR. The carving benchmark's fixture: the
 * first carver was cubic in the carved subnets (issue 16: 2,000 took 7.5 s, 4,000 took 58 s).
 *
 * <pre>{@code
 * OkeNetwork big = CarvedNetworks.of(4_000, true);   // 4,000 prefix-only extra subnets
 * }</pre>
 */
public final class CarvedNetworks {
  /** The most extra subnets the VCN holds beside prod's role subnets (three /16s of /29s, less room for the roles). */
  public static final int MAX_SUBNETS = 20_000;

  private CarvedNetworks() {}

  /** prod with {@code subnets} extra /29 subnets, prefix-only when {@code carved}, else with explicit CIDRs. */
  public static OkeNetwork of(int subnets, boolean carved) {
    if (subnets < 0 || subnets > MAX_SUBNETS) {
      throw new IllegalArgumentException("subnets is " + subnets + "; give 0 to " + MAX_SUBNETS + ".");
    }
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder()
        .vcn(Vcn.of("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16").withDnsLabel("prod"));
    for (int i = 0; i < subnets; i++) {
      // explicit CIDRs in 10.1/16 and 10.2/16, clear of prod's carved role subnets in 10.0/16
      Subnet s = carved ? Subnet.privateSubnet(29)
          : Subnet.privateSubnet("10." + (1 + i / 8192) + "." + (i % 8192 / 32) + "." + (i % 32 * 8) + "/29");
      b.addExtraSubnet(s.withName("s" + i));
    }
    return b.build();
  }
}
