package dev.okenet.oci.internal.plan;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.cloud.OracleServices;
import java.util.List;
import java.util.Map;

/**
 * Everything a plan carries for apply.
 *
 * @param network the network's name
 * @param compartmentId its compartment
 * @param changes every change, NO_OP included, dependencies before dependents
 * @param knownIds OCIDs known when planning, by logical key
 * @param notes what the plan leaves undone on purpose, in words (e.g. an RPC left unconnected)
 * @param services the region's Oracle services as the plan read them (served by the network's
 *     gateway scope): apply writes service-network rules with these, without listing again
 */
public record PlannedWork(String network, String compartmentId, List<PlannedChange> changes, Map<ResourceKey, String> knownIds,
    List<String> notes, OracleServices services) {
  /** Copies the collections. */
  public PlannedWork {
    changes = List.copyOf(changes);
    knownIds = Map.copyOf(knownIds);
    notes = List.copyOf(notes);
    java.util.Objects.requireNonNull(services, "services");
  }

  /** The same work with {@code note} added. */
  public PlannedWork withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new PlannedWork(network, compartmentId, changes, knownIds, more, services);
  }
}
