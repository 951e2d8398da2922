package dev.okenet.oci.internal.plan;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.internal.cloud.Observed;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedSecurityRule;
import java.util.List;

/**
 * A {@link Change} with what apply needs to carry it out.
 *
 * @param change the public change
 * @param spec the desired resource; null for a delete
 * @param current what exists; null for a create
 * @param rulesToAdd NSG rules to add
 * @param ruleIdsToRemove NSG rule ids to remove
 * @param retryToken the opc-retry-token for a create
 */
public record PlannedChange(Change change, ResourceSpec spec, Observed current, List<ResolvedSecurityRule> rulesToAdd,
    List<String> ruleIdsToRemove, String retryToken) {
  /** Copies the lists. */
  public PlannedChange {
    rulesToAdd = List.copyOf(rulesToAdd);
    ruleIdsToRemove = List.copyOf(ruleIdsToRemove);
  }

  /** The change's key. */
  public ResourceKey key() {
    return change.key();
  }

  /**
   * What tells this change apart from every other of its plan: the key's text, and for a delete the
   * OCID too (a duplicate owned under a kept key, or two orphans of one key, are deleted each).
   */
  public String id() {
    return change.action() == ChangeAction.DELETE ? change.key() + "@" + change.resourceId().orElse("") : change.key().toString();
  }
}
