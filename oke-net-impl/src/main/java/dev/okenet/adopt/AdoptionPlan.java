package dev.okenet.adopt;

import dev.okenet.internal.Require;
import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.adopt.internal.TagWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit, planned change that hands an imported network to oke-net: each existing resource
 * gets the ownership tags {@code okenet.network} and {@code okenet.key} (the provider's logical
 * key, e.g. {@code subnet:workers}) and the marker {@code okenet.adopted=true}, which tells the provider
 * to keep its display name; other tags are kept. Nothing else is sent: rules, routes, names and
 * attachments stay as they are. A resource already carrying both tags is left out. The same
 * adoption as a provider {@code Plan}: {@link ImportedNetwork#planAdoption(dev.okenet.oci.OciNetworkProvider)}.
 *
 * <pre>{@code
 * AdoptionPlan plan = imported.planAdoption();
 * System.out.println(plan.render());   // "~ subnet subnet:workers (workers, ocid1.subnet…): tags {} → {…}"
 * plan.apply(vn, ce);
 * }</pre>
 */
public final class AdoptionPlan {
  private final String networkName;
  private final List<TagChange> changes;

  AdoptionPlan(String networkName, List<TagChange> changes) {
    this.networkName = networkName;
    this.changes = List.copyOf(changes);
  }

  /** The network the resources are adopted into. */
  public String networkName() {
    return networkName;
  }

  /** One tag update per resource not yet adopted. */
  public List<TagChange> changes() {
    return changes;
  }

  /** Whether every resource already carries the ownership tags. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** "~ kind key (name, id): tags {…} → {…}" per change, then a summary line. */
  public String render() {
    StringBuilder out = new StringBuilder();
    changes.forEach(c -> out.append(c).append('\n'));
    out.append(changes.isEmpty() ? "No changes: every resource is adopted by '" + networkName + "'."
        : "Adopt: " + changes.size() + " tag update(s) into network '" + networkName + "', nothing else.");
    return out.toString();
  }

  /**
   * Tags every resource, one Update call each (cluster and node pools through {@code ce}). Stops
   * at the first failure; applying again finishes the rest, since adopted resources drop out of a
   * new plan.
   *
   * @return the changes applied
   * @throws AdoptionException naming the resource that could not be tagged and how many were
   */
  public List<TagChange> apply(VirtualNetwork vn, ContainerEngine ce) {
    Require.notNull(vn, "AdoptionPlan.apply(vn, ce): vn", "Give the VirtualNetwork client the network was imported with.");
    boolean touchesCluster = changes.stream().anyMatch(c -> c.kind().equals(dev.okenet.adopt.internal.TagWriter.CLUSTER)
        || c.kind().equals(dev.okenet.adopt.internal.TagWriter.NODE_POOL));
    if (ce == null && touchesCluster) {
      // Checked before the first update: failing half way would leave the network half adopted.
      throw new IllegalArgumentException("AdoptionPlan.apply(vn, ce): ce is null, but the plan tags the cluster or node pools, "
          + "which only the ContainerEngine client can update. Pass the ContainerEngine client; nothing was tagged.");
    }
    List<TagChange> done = new ArrayList<>();
    for (TagChange c : changes) {
      try {
        TagWriter.write(c.kind(), c.id(), c.after(), vn, ce);
      } catch (RuntimeException e) {
        throw new AdoptionException("Tagging " + c.kind() + " " + c.key() + " (" + c.id() + ") failed after " + done.size() + " of "
            + changes.size() + " updates: " + e.getMessage() + ". Fix the cause (permissions, a resource being updated) and plan "
            + "the adoption again: adopted resources are skipped.", e);
      }
      done.add(c);
    }
    return done;
  }

  @Override
  public String toString() {
    return "AdoptionPlan{" + networkName + ": " + changes.size() + " tag updates}";
  }
}
