package dev.okenet.oci.internal.plan;

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
 */
public record PlannedWork(String network, String compartmentId, List<PlannedChange> changes, Map<String, String> knownIds,
    List<String> notes) {
  /** Copies the collections. */
  public PlannedWork {
    changes = List.copyOf(changes);
    knownIds = Map.copyOf(knownIds);
    notes = List.copyOf(notes);
  }
}
