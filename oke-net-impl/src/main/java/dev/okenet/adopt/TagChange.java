package dev.okenet.adopt;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import java.util.Map;
import java.util.Objects;

/**
 * One planned tag update of an adopted resource: its freeform tags before, and after with the
 * ownership tags {@code okenet.network} and {@code okenet.key} added (other tags kept).
 *
 * <pre>{@code
 * TagChange c = plan.changes().get(0);
 * c.key();     // subnet:workers
 * c.after();   // {team=payments, okenet.network=prod, okenet.key=subnet:workers}
 * }</pre>
 *
 * @param kind the resource kind, e.g. "subnet", "nsg", "node pool"
 * @param key the logical key the provider's graph uses
 * @param id the OCID
 * @param displayName its display name (unchanged by adoption)
 * @param before its freeform tags now
 * @param after its freeform tags after adoption
 */
public record TagChange(String kind, ResourceKey key, String id, String displayName, Map<String, String> before, Map<String, String> after) {
  /** Copies the maps. */
  public TagChange {
    Require.components(TagChange.class, kind, key, id, displayName, before, after);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    before = Map.copyOf(before);
    after = Map.copyOf(after);
  }

  @Override
  public String toString() {
    return "~ " + kind + " " + key + " (" + displayName + ", " + id + "): tags " + before + " → " + after;
  }
}
