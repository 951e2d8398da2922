package dev.okenet.oci.internal.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The freeform tags that mark what a network owns. The provider keeps no state file: these two
 * tags are the whole record of ownership, so nothing without both is ever changed or deleted.
 */
public final class Ownership {
  /** The network's name. */
  public static final String NETWORK_TAG = "okenet.network";
  /** The resource's stable logical key, e.g. "subnet:workers". */
  public static final String KEY_TAG = "okenet.key";

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
}
