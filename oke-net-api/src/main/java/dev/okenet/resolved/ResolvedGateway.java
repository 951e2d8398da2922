package dev.okenet.resolved;

import dev.okenet.key.GatewayKey;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.List;
import java.util.Optional;

/**
 * An internet, NAT or service gateway, or a local peering gateway. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * ResolvedGateway nat = net.gateway(RouteTarget.natGateway()).orElseThrow();
 * nat.name();   // "prod-nat"
 * nat.nat();    // Optional[NatGateway{blocksTraffic=false}]
 * }</pre>
 */
public final class ResolvedGateway {
  private final GatewayKey key;
  private final String name;
  private final RouteTarget target;
  private final Optional<NatGateway> nat;
  private final Optional<ServiceGatewayScope> serviceScope;
  private final List<Cidr> peerCidrs;
  private final Optional<String> peerGatewayId;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedGateway(GatewayKey key, String name, RouteTarget target, Optional<NatGateway> nat,
      Optional<ServiceGatewayScope> serviceScope, List<Cidr> peerCidrs, Optional<String> peerGatewayId) {
    this.key = Components.value(key, "ResolvedGateway", "key");
    this.name = Components.value(name, "ResolvedGateway", "name");
    this.target = Components.value(target, "ResolvedGateway", "target");
    this.nat = Components.optional(nat, "ResolvedGateway", "nat");
    this.serviceScope = Components.optional(serviceScope, "ResolvedGateway", "serviceScope");
    this.peerCidrs = Components.list(peerCidrs, "ResolvedGateway", "peerCidrs");
    this.peerGatewayId = Components.optional(peerGatewayId, "ResolvedGateway", "peerGatewayId");
  }

  /** The logical key: {@code igw}, {@code nat}, {@code sgw} or {@code lpg:<name>}. */
  public GatewayKey key() {
    return key;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** What route rules use to target it. */
  public RouteTarget target() {
    return target;
  }

  /** NAT options, for the NAT gateway. */
  public Optional<NatGateway> nat() {
    return nat;
  }

  /** The services reached, for the service gateway. */
  public Optional<ServiceGatewayScope> serviceScope() {
    return serviceScope;
  }

  /** The peer VCN's CIDRs, for an LPG. */
  public List<Cidr> peerCidrs() {
    return peerCidrs;
  }

  /** The peer LPG to connect to, if known. */
  public Optional<String> peerGatewayId() {
    return peerGatewayId;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedGateway g && key.equals(g.key) && name.equals(g.name) && target.equals(g.target)
        && nat.equals(g.nat) && serviceScope.equals(g.serviceScope) && peerCidrs.equals(g.peerCidrs)
        && peerGatewayId.equals(g.peerGatewayId);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + target.hashCode();
    h = 31 * h + nat.hashCode();
    h = 31 * h + serviceScope.hashCode();
    h = 31 * h + peerCidrs.hashCode();
    return 31 * h + peerGatewayId.hashCode();
  }

  /** {@code ResolvedGateway[key=nat, name=prod-nat, target=NAT gateway, ...]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedGateway[key=" + key + ", name=" + name + ", target=" + target + ", nat=" + nat + ", serviceScope=" + serviceScope
        + ", peerCidrs=" + peerCidrs + ", peerGatewayId=" + peerGatewayId + "]";
  }
}
