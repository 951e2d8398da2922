package dev.okenet.oci.internal.plan;

import dev.okenet.oci.Change;
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
  public String key() {
    return change.key();
  }
}
