package dev.okenet.oci.internal.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The freeform tags that mark what a network owns. The provider keeps no state file: these two
 * tags are the whole record of ownership, so nothing without both is ever changed or deleted.
 * A third, {@value #ADOPTED_TAG}, says an owned resource was adopted (it existed before oke-net
 * owned it) and keeps its live display name; it never makes a resource owned on its own.
 *
 * <pre>{@code
 * Ownership.ownedKey(Map.of("okenet.network", "prod", "okenet.key", "nsg:pods"), "prod");   // "nsg:pods"
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
  public static Map<String, String> tags(String network, String key) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(NETWORK_TAG, network);
    tags.put(KEY_TAG, key);
    return tags;
  }

  /** {@code existing} with our two tags set (other tags kept): used when taking over a default list. */
  public static Map<String, String> merged(Map<String, String> existing, String network, String key) {
    Map<String, String> tags = new LinkedHashMap<>(existing == null ? Map.of() : existing);
    tags.putAll(tags(network, key));
    return tags;
  }

  /** The logical key if both tags say {@code network} owns the resource, else null. */
  public static String ownedKey(Map<String, String> tags, String network) {
    if (tags == null || !network.equals(tags.get(NETWORK_TAG))) {
      return null;
    }
    String key = tags.get(KEY_TAG);
    return key == null || key.isBlank() ? null : key;
  }

  /** {@code existing} with our two tags and the adoption marker set (other tags kept): what adopting writes. */
  public static Map<String, String> adopted(Map<String, String> existing, String network, String key) {
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
    return ownedKey(tags, network) != null && "true".equals(tags.get(ADOPTED_TAG));
  }
}
