package dev.okenet.key;

/**
 * The key of a node pool, by its name: {@code node-pool:<name>}.
 *
 * <pre>{@code
 * ResourceKey.nodePool("general").toString();   // "node-pool:general"
 * }</pre>
 *
 * @param name its name in the model
 */
public record NodePoolKey(String name) implements ResourceKey {
  /** Refuses a name that cannot be part of a key. */
  public NodePoolKey {
    KeyNames.name(name, "NodePoolKey name", "\"general\"");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
