package dev.okenet.oci.internal.cloud;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ResourceType;
import java.util.Objects;

/**
 * A caller's claim that the existing resource {@code id} is the network's {@code key} for one
 * plan, though it carries no ownership tags yet (an imported network before its adoption). The
 * inventory honours it only when the listing finds {@code id}, of {@code type}, alive and tagged
 * for no other network.
 *
 * <pre>{@code
 * new Binding(ResourceKey.nsg(SubnetRole.PODS), ResourceType.NETWORK_SECURITY_GROUP, "ocid1.networksecuritygroup.oc1..pods");
 * }</pre>
 *
 * @param key the logical key, e.g. {@code nsg:pods}
 * @param type the kind the graph wants under that key
 * @param id the live OCID
 */
public record Binding(ResourceKey key, ResourceType type, String id) {
  /** Requires all three. */
  public Binding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }
}
