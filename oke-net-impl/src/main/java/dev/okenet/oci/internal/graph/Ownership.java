package dev.okenet.oci.internal.graph;

import dev.okenet.key.ResourceKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The freeform tags that mark what a network owns. The provider keeps no state file: these two
 * tags are the whole record of ownership, so nothing without both is ever changed or deleted.
 * The key tag holds a {@link ResourceKey}'s text; a value that is no key oke-net writes (a foreign
 * or corrupted tag) makes the resource not ours, like a missing tag. A third,
 * {@value #ADOPTED_TAG}, says an owned resource was adopted (it existed before oke-net owned it)
 * and keeps its live display name; it never makes a resource owned on its own.
 *
 * <pre>{@code
 * Ownership.ownedKey(Map.of("okenet.network", "prod", "okenet.key", "nsg:pods"), "prod");   // Optional[nsg:pods]
 * Ownership.ownedKey(Map.of("okenet.network", "prod", "okenet.key", "nsg:nope"), "prod");   // Optional.empty
 * Ownership.keepsLiveName(Map.of("okenet.network", "other", "okenet.adopted", "true"), "prod");  // false: not ours
 * }</pre>
 */
public final class Ownership {
  /** The network's name. */
  public static final String NETWORK_TAG = "okenet.network";
  /** The resource's stable logical key, e.g. "subnet:workers". */
  public static final String KEY_TAG = "okenet.key";
  /** Set to "true" on a resource adopted from an existing network: its display name stays the team's own. */
  public static final String ADOPTED_TAG = "okenet.adopted";

  private Ownership() {}

  /** The tags to put on a resource of {@code network} with logical key {@code key}. */
  public static Map<String, String> tags(String network, ResourceKey key) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(NETWORK_TAG, network);
    tags.put(KEY_TAG, key.toString());
    return tags;
  }

  /** {@code existing} with our two tags set (other tags kept): used when taking over a default list. */
  public static Map<String, String> merged(Map<String, String> existing, String network, ResourceKey key) {
    Map<String, String> tags = new LinkedHashMap<>(existing == null ? Map.of() : existing);
    tags.putAll(tags(network, key));
    return tags;
  }

  /**
   * The logical key if both tags say {@code network} owns the resource; empty when a tag is missing,
   * names another network, or holds no key oke-net writes.
   */
  public static Optional<ResourceKey> ownedKey(Map<String, String> tags, String network) {
    if (tags == null || !network.equals(tags.get(NETWORK_TAG))) {
      return Optional.empty();
    }
    return ResourceKey.tryParse(tags.get(KEY_TAG));
  }

  /**
   * The key tag's text when the resource is tagged for {@code network} but the text is no key
   * oke-net writes (blank, foreign or corrupted): such a resource is left alone, and plans say so.
   */
  public static Optional<String> unreadableKey(Map<String, String> tags, String network) {
    if (tags == null || !network.equals(tags.get(NETWORK_TAG)) || !tags.containsKey(KEY_TAG)) {
      return Optional.empty();
    }
    String text = tags.get(KEY_TAG);
    return ResourceKey.tryParse(text).isPresent() ? Optional.empty() : Optional.of(String.valueOf(text));
  }

  /** {@code existing} with our two tags and the adoption marker set (other tags kept): what adopting writes. */
  public static Map<String, String> adopted(Map<String, String> existing, String network, ResourceKey key) {
    Map<String, String> tags = merged(existing, network, key);
    tags.put(ADOPTED_TAG, "true");
    return tags;
  }

  /**
   * Whether a resource keeps its live display name: {@code network} owns it (both tags) and it
   * carries the adoption marker. The marker alone, or beside another network's tags, counts for
   * nothing, so it cannot make a foreign resource ours.
   */
  public static boolean keepsLiveName(Map<String, String> tags, String network) {
    return ownedKey(tags, network).isPresent() && "true".equals(tags.get(ADOPTED_TAG));
  }
}
