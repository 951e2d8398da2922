package dev.okenet.key;

/**
 * The key of a subnet: a role's ({@link RoleSubnetKey}) or an extra one by name
 * ({@link ExtraSubnetKey}). Route tables and security lists are keyed by their subnet.
 *
 * <pre>{@code
 * SubnetKey s = ResourceKey.subnet(SubnetRole.WORKERS);
 * s.toString();   // "subnet:workers"
 * }</pre>
 */
public sealed interface SubnetKey extends ResourceKey permits RoleSubnetKey, ExtraSubnetKey {
  /** The part route table and security list keys share: "workers", or "extra:bastion". */
  String suffix();

  /** The short name used in display names: the role's key ("workers") or the extra subnet's name. */
  String label();
}
