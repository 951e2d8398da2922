package dev.okenet.key;

/**
 * The key of a network security group: a role's ({@link RoleNsgKey}) or one of the model's
 * {@code nsgs} ({@link CustomNsgKey}). Rules name other NSGs by these keys.
 *
 * <pre>{@code
 * NsgKey k = ResourceKey.customNsg("bastion");
 * k.toString();   // "nsg:custom:bastion"
 * }</pre>
 */
public sealed interface NsgKey extends RuleSetKey permits RoleNsgKey, CustomNsgKey {
}
