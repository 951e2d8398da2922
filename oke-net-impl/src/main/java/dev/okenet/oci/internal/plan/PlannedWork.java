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
 * @param availabilityDomains where the node pools the plan creates place their nodes (given, or
 *     listed once by the plan); empty when it creates none, or when none could be had
 */
public record PlannedWork(String network, String compartmentId, List<PlannedChange> changes, Map<ResourceKey, String> knownIds,
    List<String> notes, OracleServices services, List<String> availabilityDomains) {
  /** Copies the collections. */
  public PlannedWork {
    changes = List.copyOf(changes);
    knownIds = Map.copyOf(knownIds);
    notes = List.copyOf(notes);
    java.util.Objects.requireNonNull(services, "services");
    availabilityDomains = List.copyOf(availabilityDomains);
  }

  /** Work that places no node pools. */
  public PlannedWork(String network, String compartmentId, List<PlannedChange> changes, Map<ResourceKey, String> knownIds,
      List<String> notes, OracleServices services) {
    this(network, compartmentId, changes, knownIds, notes, services, List.of());
  }

  /** The same work with {@code note} added. */
  public PlannedWork withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new PlannedWork(network, compartmentId, changes, knownIds, more, services, availabilityDomains);
  }

  /** The same work placing node pools in {@code domains}. */
  public PlannedWork withAvailabilityDomains(List<String> domains) {
    return new PlannedWork(network, compartmentId, changes, knownIds, notes, services, domains);
  }
}
