package dev.okenet.key;

import dev.okenet.vcn.SubnetRole;

/**
 * The key of the NSG that protects a role (in NSG mode): {@code nsg:<role key>}.
 *
 * <pre>{@code
 * ResourceKey.nsg(SubnetRole.PODS).toString();   // "nsg:pods"
 * }</pre>
 *
 * @param role the role; never {@link SubnetRole#CUSTOM} (an NSG of the model is keyed by its name)
 */
public record RoleNsgKey(SubnetRole role) implements NsgKey {
  /** Refuses a missing role and {@link SubnetRole#CUSTOM}. */
  public RoleNsgKey {
    KeyNames.role(role, "RoleNsgKey role", "ResourceKey.customNsg(\"bastion\")");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
