package dev.okenet.oci.internal.cloud;

import dev.okenet.key.ResourceKey;

/** OCIDs of this network's resources by logical key, as known at the moment of a call. */
@FunctionalInterface
public interface Refs {
  /**
   * The OCID of {@code key}.
   *
   * @throws IllegalStateException naming the key when it has no OCID yet (a dependency failed)
   */
  String id(ResourceKey key);
}
