package dev.okenet.key;

import dev.okenet.vcn.SubnetRole;

/**
 * The key of a role's subnet: {@code subnet:<role key>}, e.g. {@code subnet:workers}.
 *
 * <pre>{@code
 * ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS).toString();   // "subnet:lb-public"
 * }</pre>
 *
 * @param role the role; never {@link SubnetRole#CUSTOM} (an extra subnet is keyed by its name)
 */
public record RoleSubnetKey(SubnetRole role) implements SubnetKey {
  /** Refuses a missing role and {@link SubnetRole#CUSTOM}. */
  public RoleSubnetKey {
    KeyNames.role(role, "RoleSubnetKey role", "ResourceKey.extraSubnet(\"bastion\")");
  }

  @Override
  public String suffix() {
    return role.key();
  }

  @Override
  public String label() {
    return role.key();
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
