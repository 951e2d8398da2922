package dev.okenet.resolved;

import dev.okenet.key.RouteTableKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * A subnet with its carved CIDR, route table and security lists. Built by
 * {@code OkeNetwork.resolve()}; equal when every component is.
 *
 * <pre>{@code
 * ResolvedSubnet pods = ReferenceNetworks.prod().resolve().subnet(SubnetRole.PODS).orElseThrow();
 * pods.cidr();            // 10.0.32.0/19
 * pods.routeTableKey();   // route-table:pods
 * }</pre>
 */
public final class ResolvedSubnet {
  private final SubnetKey key;
  private final SubnetRole role;
  private final String name;
  private final Cidr cidr;
  private final boolean isPublic;
  private final Optional<String> dnsLabel;
  private final RouteTableKey routeTableKey;
  private final List<RuleSetKey> securityListKeys;
  private final Optional<String> existingId;

  /** Built by the resolver, through {@code PartsBridge}. */
  ResolvedSubnet(SubnetKey key, SubnetRole role, String name, Cidr cidr, boolean isPublic, Optional<String> dnsLabel,
      RouteTableKey routeTableKey, List<RuleSetKey> securityListKeys, Optional<String> existingId) {
    this.key = Components.value(key, "ResolvedSubnet", "key");
    this.role = Components.value(role, "ResolvedSubnet", "role");
    this.name = Components.value(name, "ResolvedSubnet", "name");
    this.cidr = Components.value(cidr, "ResolvedSubnet", "cidr");
    this.isPublic = isPublic;
    this.dnsLabel = Components.optional(dnsLabel, "ResolvedSubnet", "dnsLabel");
    this.routeTableKey = Components.value(routeTableKey, "ResolvedSubnet", "routeTableKey");
    this.securityListKeys = Components.list(securityListKeys, "ResolvedSubnet", "securityListKeys");
    this.existingId = Components.optional(existingId, "ResolvedSubnet", "existingId");
  }

  /** The logical key, e.g. {@code subnet:workers} or {@code subnet:extra:bastion}. */
  public SubnetKey key() {
    return key;
  }

  /** The role. */
  public SubnetRole role() {
    return role;
  }

  /** The display name, e.g. "prod-workers". */
  public String name() {
    return name;
  }

  /** The CIDR, explicit or carved. */
  public Cidr cidr() {
    return cidr;
  }

  /** Whether it is public. */
  public boolean isPublic() {
    return isPublic;
  }

  /** The DNS label, if any. */
  public Optional<String> dnsLabel() {
    return dnsLabel;
  }

  /** The key of its route table. */
  public RouteTableKey routeTableKey() {
    return routeTableKey;
  }

  /** The keys of its security lists (its own or the default one first, then named ones). */
  public List<RuleSetKey> securityListKeys() {
    return securityListKeys;
  }

  /** The OCID of an existing subnet, if referenced. */
  public Optional<String> existingId() {
    return existingId;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ResolvedSubnet s && key.equals(s.key) && role == s.role && name.equals(s.name)
        && cidr.equals(s.cidr) && isPublic == s.isPublic && dnsLabel.equals(s.dnsLabel) && routeTableKey.equals(s.routeTableKey)
        && securityListKeys.equals(s.securityListKeys) && existingId.equals(s.existingId);
  }

  /** As the record's was: each component's hash folded in declaration order, {@code 31 * h + c}. */
  @Override
  public int hashCode() {
    int h = key.hashCode();
    h = 31 * h + role.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + cidr.hashCode();
    h = 31 * h + Boolean.hashCode(isPublic);
    h = 31 * h + dnsLabel.hashCode();
    h = 31 * h + routeTableKey.hashCode();
    h = 31 * h + securityListKeys.hashCode();
    return 31 * h + existingId.hashCode();
  }

  /** {@code ResolvedSubnet[key=subnet:pods, role=PODS, name=prod-pods, cidr=10.0.32.0/19, ...]}, as the record's was. */
  @Override
  public String toString() {
    return "ResolvedSubnet[key=" + key + ", role=" + role + ", name=" + name + ", cidr=" + cidr + ", isPublic=" + isPublic
        + ", dnsLabel=" + dnsLabel + ", routeTableKey=" + routeTableKey + ", securityListKeys=" + securityListKeys
        + ", existingId=" + existingId + "]";
  }
}
