package dev.okenet.key;

/**
 * The key of a set of security rules: an NSG ({@link NsgKey}), a subnet's own or named security
 * list, or the VCN's default security list.
 *
 * <pre>{@code
 * RuleSetKey k = ResourceKey.nsg(SubnetRole.WORKERS);
 * net.ruleSet(k).orElseThrow().ingress();
 * }</pre>
 */
public sealed interface RuleSetKey extends ResourceKey
    permits NsgKey, SecurityListKey, NamedSecurityListKey, DefaultSecurityListKey {
}
