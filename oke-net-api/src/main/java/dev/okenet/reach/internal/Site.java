package dev.okenet.reach.internal;

import dev.okenet.vcn.Cidr;
import dev.okenet.key.ResourceKey;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.HopKind;
import dev.okenet.resolved.ResolvedLoadBalancer;
import java.util.BitSet;

/**
 * An endpoint resolved against the network: its representative address range, zone, subnet,
 * rule sets (security lists and NSGs, as a union), NSG membership, pod identity, and the texts a
 * trace and a fix need, rendered once. Immutable; built by {@link Sites}.
 */
final class Site {
  final Endpoint endpoint;
  final String label;
  final Zone zone;
  final boolean hasRange;
  final long lo;
  final long hi;
  final String cidrText;
  final SubnetView subnet;
  final int[] ruleSets;
  final String ruleSetKeys;
  final String homeSetKey;
  final boolean publicIp;
  final PodIdentity pod;
  final Site node;
  final boolean inCluster;
  final boolean overlay;
  final String lpgName;
  final String problem;
  final String problemFix;
  final HopKind problemKind;
  final String problemKey;
  final String peerCode;
  final String owner;
  final String cniText;
  final ResolvedLoadBalancer loadBalancer;
  final String egressAt;
  final String ingressAt;
  final String routeAt;
  final String returnAt;
  final String admittedFromInternet;
  final String broughtIn;
  private final BitSet nsgs;

  private Site(Builder b) {
    this.endpoint = b.endpoint;
    this.label = b.label;
    this.zone = b.zone;
    this.hasRange = b.hasRange;
    this.lo = b.lo;
    this.hi = b.hi;
    this.cidrText = b.cidrText;
    this.subnet = b.subnet;
    this.ruleSets = b.ruleSets;
    this.ruleSetKeys = b.ruleSetKeys;
    this.homeSetKey = b.homeSetKey;
    this.publicIp = b.publicIp;
    this.pod = b.pod;
    this.node = b.node;
    this.inCluster = b.inCluster;
    this.overlay = b.overlay;
    this.lpgName = b.lpgName;
    this.problem = b.problem;
    this.problemFix = b.problemFix;
    this.problemKind = b.problemKind;
    this.problemKey = b.problemKey;
    this.peerCode = b.peerCode;
    this.owner = b.owner;
    this.cniText = b.cniText;
    this.loadBalancer = b.loadBalancer;
    this.nsgs = b.nsgs;
    this.egressAt = "egress at " + label;
    this.ingressAt = "ingress at " + label;
    this.routeAt = "route from " + label;
    this.returnAt = "return route from " + label;
    this.admittedFromInternet = "the internet gateway admits traffic to the public address of " + label;
    this.broughtIn = zone == Zone.PEER ? "LPG " + lpgName + " brings " + label + " into the VCN"
        : zone == Zone.SERVICE_NETWORK ? "the service gateway brings the Oracle Services Network into the VCN"
        : "the DRG brings " + label + " into the VCN";
  }

  /** Whether the VNIC is in NSG {@code id}. */
  boolean inNsg(int id) {
    return nsgs.get(id);
  }

  /** Whether the site is in one of the VCN's subnets. */
  boolean inVcn() {
    return subnet != null;
  }

  @Override
  public String toString() {
    return label;
  }

  /** Collects a site's parts; every field has a harmless default. */
  static final class Builder {
    Endpoint endpoint;
    String label = "";
    Zone zone = Zone.PRIVATE;
    boolean hasRange;
    long lo = 1;
    long hi;
    String cidrText = "";
    SubnetView subnet;
    int[] ruleSets = new int[0];
    String ruleSetKeys = "";
    String homeSetKey = "";
    boolean publicIp;
    PodIdentity pod;
    Site node;
    boolean inCluster;
    boolean overlay;
    String lpgName;
    String problem;
    String problemFix;
    HopKind problemKind = HopKind.ROUTE;
    String problemKey = ResourceKey.vcn().toString();
    String peerCode = "";
    String owner = "";
    String cniText;
    ResolvedLoadBalancer loadBalancer;
    BitSet nsgs = new BitSet();

    Builder(Endpoint endpoint) {
      this.endpoint = endpoint;
    }

    Builder range(Cidr cidr) {
      this.hasRange = true;
      this.lo = cidr.firstAddress();
      this.hi = cidr.lastAddress();
      this.cidrText = cidr.toString();
      return this;
    }

    Site build() {
      return new Site(this);
    }
  }
}
