package dev.okenet.key;

/**
 * The key of a remote peering connection on the DRG, by the name of its {@code DrgAttachment.remotePeering(..)}: {@code rpc:<name>}.
 *
 * <pre>{@code
 * ResourceKey.remotePeering("phoenix").toString();   // "rpc:phoenix"
 * }</pre>
 *
 * @param name its name in the model
 */
public record RemotePeeringKey(String name) implements ResourceKey {
  /** Refuses a name that cannot be part of a key. */
  public RemotePeeringKey {
    KeyNames.name(name, "RemotePeeringKey name", "\"phoenix\"");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
