package dev.okenet.check;

/**
 * OCI service limits and oke-net's thresholds, as the validator applies them. The defaults are
 * OCI's documented values; those marked unverified are best knowledge and may be overridden.
 *
 * <pre>{@code
 * Limits mine = Limits.defaults().withMaxVcnCidrBlocks(10);   // a raised tenancy limit
 * Report report = Validator.standard().withLimits(mine).validate(network);
 * }</pre>
 *
 * @param maxVcnCidrBlocks IPv4 CIDR blocks per VCN (5; unverified, tenancies can raise it)
 * @param maxRulesPerNsg security rules per NSG, ingress and egress together (120)
 * @param maxRulesPerSecurityListDirection ingress rules, and separately egress rules, per security list (200)
 * @param maxSecurityListsPerSubnet security lists per subnet (5)
 * @param maxNsgsPerVnic NSGs per VNIC, load balancer or network load balancer (5)
 * @param maxNsgsPerVcn NSGs per VCN, generated and custom together (1,000)
 * @param maxDnsLabelLength characters in a DNS label (15; unverified)
 * @param addressesPerPublicLoadBalancer subnet addresses a public LB takes: primary and standby (2)
 * @param addressesPerPrivateLoadBalancer subnet addresses a private LB takes: VIP, primary, standby (3)
 * @param addressesPerNetworkLoadBalancer subnet addresses an NLB takes (1; unverified)
 * @param warnAtUtilisationPercent a subnet this full at peak draws a warning (80)
 * @param headroomPercent headroom the recommended prefix leaves above peak demand (25)
 */
public record Limits(int maxVcnCidrBlocks, int maxRulesPerNsg, int maxRulesPerSecurityListDirection,
    int maxSecurityListsPerSubnet, int maxNsgsPerVnic, int maxNsgsPerVcn, int maxDnsLabelLength, int addressesPerPublicLoadBalancer,
    int addressesPerPrivateLoadBalancer, int addressesPerNetworkLoadBalancer, int warnAtUtilisationPercent,
    int headroomPercent) {

  private static final Limits DEFAULTS = new Limits(5, 120, 200, 5, 5, 1000, 15, 2, 3, 1, 80, 25);

  /** Rejects non-positive limits and percentages outside 1..100 (headroom 0..1000). */
  public Limits {
    positive("maxVcnCidrBlocks", maxVcnCidrBlocks);
    positive("maxRulesPerNsg", maxRulesPerNsg);
    positive("maxRulesPerSecurityListDirection", maxRulesPerSecurityListDirection);
    positive("maxSecurityListsPerSubnet", maxSecurityListsPerSubnet);
    positive("maxNsgsPerVnic", maxNsgsPerVnic);
    positive("maxNsgsPerVcn", maxNsgsPerVcn);
    positive("maxDnsLabelLength", maxDnsLabelLength);
    positive("addressesPerPublicLoadBalancer", addressesPerPublicLoadBalancer);
    positive("addressesPerPrivateLoadBalancer", addressesPerPrivateLoadBalancer);
    positive("addressesPerNetworkLoadBalancer", addressesPerNetworkLoadBalancer);
    if (warnAtUtilisationPercent < 1 || warnAtUtilisationPercent > 100) {
      throw new IllegalArgumentException("warnAtUtilisationPercent is " + warnAtUtilisationPercent + "; give a percentage from 1 to 100, e.g. 80.");
    }
    if (headroomPercent < 0 || headroomPercent > 1000) {
      throw new IllegalArgumentException("headroomPercent is " + headroomPercent + "; give 0 to 1000, e.g. 25.");
    }
  }

  /** OCI's documented limits and oke-net's default thresholds. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** A copy allowing this many CIDR blocks per VCN. */
  public Limits withMaxVcnCidrBlocks(int n) {
    return new Limits(n, maxRulesPerNsg, maxRulesPerSecurityListDirection, maxSecurityListsPerSubnet, maxNsgsPerVnic,
        maxNsgsPerVcn, maxDnsLabelLength, addressesPerPublicLoadBalancer, addressesPerPrivateLoadBalancer,
        addressesPerNetworkLoadBalancer, warnAtUtilisationPercent, headroomPercent);
  }

  /** A copy allowing this many NSGs per VCN (a raised tenancy limit, or a lower one to test against). */
  public Limits withMaxNsgsPerVcn(int n) {
    return new Limits(maxVcnCidrBlocks, maxRulesPerNsg, maxRulesPerSecurityListDirection, maxSecurityListsPerSubnet,
        maxNsgsPerVnic, n, maxDnsLabelLength, addressesPerPublicLoadBalancer, addressesPerPrivateLoadBalancer,
        addressesPerNetworkLoadBalancer, warnAtUtilisationPercent, headroomPercent);
  }

  /** A copy with these load balancer address costs (public LB, private LB, NLB). */
  public Limits withLoadBalancerAddresses(int publicLb, int privateLb, int nlb) {
    return new Limits(maxVcnCidrBlocks, maxRulesPerNsg, maxRulesPerSecurityListDirection, maxSecurityListsPerSubnet,
        maxNsgsPerVnic, maxNsgsPerVcn, maxDnsLabelLength, publicLb, privateLb, nlb, warnAtUtilisationPercent, headroomPercent);
  }

  /** A copy that warns at this utilisation and recommends prefixes with this headroom. */
  public Limits withThresholds(int warnAtPercent, int headroom) {
    return new Limits(maxVcnCidrBlocks, maxRulesPerNsg, maxRulesPerSecurityListDirection, maxSecurityListsPerSubnet,
        maxNsgsPerVnic, maxNsgsPerVcn, maxDnsLabelLength, addressesPerPublicLoadBalancer, addressesPerPrivateLoadBalancer,
        addressesPerNetworkLoadBalancer, warnAtPercent, headroom);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + "; limits are 1 or more.");
    }
  }
}
