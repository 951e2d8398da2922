package dev.okenet.key;

/**
 * The key of the VCN's default security list (taken over and locked down, or left alone in an existing VCN): {@code default-security-list}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.defaultSecurityList().toString();   // "default-security-list"
 * }</pre>
 */
public record DefaultSecurityListKey() implements RuleSetKey {
  static final DefaultSecurityListKey INSTANCE = new DefaultSecurityListKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
