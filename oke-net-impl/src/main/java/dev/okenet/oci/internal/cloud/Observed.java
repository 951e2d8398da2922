package dev.okenet.oci.internal.cloud;

import dev.okenet.oci.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource as OCI listed it.
 *
 * @param type the kind
 * @param id the OCID
 * @param displayName the display name
 * @param tags its freeform tags
 * @param state the lifecycle state as OCI names it (e.g. "AVAILABLE", "TERMINATED")
 * @param model the SDK model object the list returned
 * @param nsgRules for an owned NSG, its security rules (read with one extra list call); else empty
 */
public record Observed(ResourceType type, String id, String displayName, Map<String, String> tags, String state,
    Object model, List<com.oracle.bmc.core.model.SecurityRule> nsgRules) {
  private static final Set<String> GONE = Set.of("TERMINATING", "TERMINATED", "DELETING", "DELETED", "DETACHING", "DETACHED");
  private static final Set<String> SETTLED = Set.of("AVAILABLE", "ACTIVE", "ATTACHED", "NEEDS_ATTENTION");

  /** Copies the collections. */
  public Observed {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    nsgRules = nsgRules == null ? List.of() : List.copyOf(nsgRules);
  }

  /** Whether it is deleted or being deleted. */
  public boolean isGone() {
    return GONE.contains(state);
  }

  /** Whether it is in its steady, usable state. */
  public boolean isSettled() {
    return SETTLED.contains(state);
  }

  /** Whether OCI reports it failed. */
  public boolean isFailed() {
    return "FAILED".equals(state);
  }

  /** A copy with these NSG rules. */
  public Observed withNsgRules(List<com.oracle.bmc.core.model.SecurityRule> rules) {
    return new Observed(type, id, displayName, tags, state, model, rules);
  }

  /** A copy with these freeform tags (what an update must keep, e.g. the adoption marker). */
  public Observed withTags(Map<String, String> newTags) {
    return new Observed(type, id, displayName, newTags, state, model, nsgRules);
  }
}
