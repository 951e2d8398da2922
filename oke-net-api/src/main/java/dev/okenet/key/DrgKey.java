package dev.okenet.key;

/**
 * The key of the DRG (created, or an existing one referenced by OCID): {@code drg}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.drg().toString();   // "drg"
 * }</pre>
 */
public record DrgKey() implements RouteTargetKey {
  static final DrgKey INSTANCE = new DrgKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
