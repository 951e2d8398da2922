package dev.okenet.resolved;

import dev.okenet.vcn.Cidr;
import dev.okenet.internal.Require;
import dev.okenet.key.RouteTableKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.key.SubnetKey;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Optional;

/**
 * A subnet with its carved CIDR, route table and security lists.
 *
 * <pre>{@code
 * ResolvedSubnet pods = net.subnet(SubnetRole.PODS).orElseThrow();
 * pods.cidr();   // 10.0.32.0/19
 * }</pre>
 *
 * @param key the logical key, e.g. {@code subnet:workers} or {@code subnet:extra:bastion}
 * @param role the role
 * @param name the display name
 * @param cidr the CIDR, explicit or carved
 * @param isPublic whether it is public
 * @param dnsLabel the DNS label, if any
 * @param routeTableKey the key of its route table
 * @param securityListKeys the keys of its security lists (its own or the default one first, then named ones)
 * @param existingId the OCID of an existing subnet, if referenced
 */
public record ResolvedSubnet(SubnetKey key, SubnetRole role, String name, Cidr cidr, boolean isPublic,
    Optional<String> dnsLabel, RouteTableKey routeTableKey, List<RuleSetKey> securityListKeys, Optional<String> existingId) {
  /** Copies the lists so the record stays immutable. */
  public ResolvedSubnet {
    Require.components(ResolvedSubnet.class, key, role, name, cidr, isPublic, dnsLabel, routeTableKey, securityListKeys, existingId);
    securityListKeys = List.copyOf(securityListKeys);
  }
}
