package dev.okenet.key;

/**
 * The key of the VCN: {@code vcn}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.vcn().toString();   // "vcn"
 * }</pre>
 */
public record VcnKey() implements ResourceKey {
  static final VcnKey INSTANCE = new VcnKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
