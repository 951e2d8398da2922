package dev.okenet.key;

/**
 * The key of the OKE cluster: {@code cluster}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.cluster().toString();   // "cluster"
 * }</pre>
 */
public record ClusterKey() implements ResourceKey {
  static final ClusterKey INSTANCE = new ClusterKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
