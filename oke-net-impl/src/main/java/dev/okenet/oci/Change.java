package dev.okenet.oci;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned change to one OCI resource.
 *
 * <pre>{@code
 * Change c = plan.change(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow();
 * c.action();        // CREATE
 * c.dependencies();  // [vcn, route-table:workers, default-security-list]
 * }</pre>
 *
 * @param action what to do
 * @param type the kind of resource
 * @param key the stable logical key (its text is the {@code okenet.key} tag); a resource owned twice
 *     under one key has a DELETE change of the same key for the duplicate, told apart by its
 *     {@code resourceId}
 * @param displayName the display name it has or will have
 * @param diffs the fields that differ (for a create: every desired field)
 * @param dependencies keys of the resources this one needs first (an NSG's rules also wait for the NSGs they
 *     name; those edges may run both ways between two NSGs, so they are not listed here)
 * @param resourceId the OCID of the existing resource; empty for a create
 */
public record Change(ChangeAction action, ResourceType type, ResourceKey key, String displayName, List<FieldDiff> diffs,
    List<ResourceKey> dependencies, Optional<String> resourceId) {
  /** Copies the lists so the record stays immutable. */
  public Change {
    Require.components(Change.class, action, type, key, displayName, diffs, dependencies, resourceId);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    diffs = List.copyOf(diffs);
    dependencies = List.copyOf(dependencies);
    Objects.requireNonNull(resourceId, "resourceId");
  }
}
