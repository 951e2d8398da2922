package dev.okenet.key;

/**
 * The key of an NSG the model declares by name ({@code Nsg.named("bastion")}):
 * {@code nsg:custom:<name>}.
 *
 * <pre>{@code
 * ResourceKey.customNsg("bastion").toString();   // "nsg:custom:bastion"
 * }</pre>
 *
 * @param name the NSG's name
 */
public record CustomNsgKey(String name) implements NsgKey {
  /** Refuses a name that cannot be part of a key. */
  public CustomNsgKey {
    KeyNames.name(name, "CustomNsgKey name", "\"bastion\"");
  }

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
