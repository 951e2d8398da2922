package dev.okenet.oci;

import dev.okenet.internal.Require;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.plan.PlannedChange;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an apply would do: one {@link Change} per resource (NO_OP included), dependencies before
 * dependents. Obtain one from {@link OciNetworkProvider#plan} or {@link OciNetworkProvider#planDestroy};
 * a plan is a snapshot, so apply it soon after making it.
 *
 * <pre>{@code
 * Plan plan = provider.plan(ReferenceNetworks.prod().resolve());
 * System.out.println(plan.render());   // "+ vcn (prod-vcn) …  Plan: 31 to add, 0 to change, 0 to replace, 0 to destroy."
 * if (plan.hasChanges()) {
 *   provider.apply(plan);
 * }
 * }</pre>
 */
public final class Plan {
  private final PlannedWork work;
  private final List<Change> changes;

  Plan(PlannedWork work) {
    this.work = work;
    this.changes = work.changes().stream().map(PlannedChange::change).toList();
  }

  PlannedWork work() {
    return work;
  }

  /** The network's name. */
  public String networkName() {
    return work.network();
  }

  /** The compartment. */
  public String compartmentId() {
    return work.compartmentId();
  }

  /** Every change, NO_OP included. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * What the plan leaves undone on purpose, in words: e.g. a remote peering connection left
   * unconnected because the model knows no peer RPC. Also printed by {@link #render()}.
   */
  public List<String> notes() {
    return work.notes();
  }

  /** The changes that call a mutating API. */
  public List<Change> actionable() {
    return changes.stream().filter(c -> c.action().mutates()).toList();
  }

  /**
   * The change of {@code key} (of the resource kept under it, when a duplicate owned under the same
   * key is deleted beside it).
   */
  public Optional<Change> change(ResourceKey key) {
    Require.notNull(key, "Plan.change(key): key", "Give a logical key, e.g. ResourceKey.subnet(SubnetRole.WORKERS).");
    return changes.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** Whether nothing would change. */
  public boolean isEmpty() {
    return actionable().isEmpty();
  }

  /** Whether something would change. */
  public boolean hasChanges() {
    return !isEmpty();
  }

  /** How many changes of {@code action}. */
  public long count(ChangeAction action) {
    Require.notNull(action, "Plan.count(action): action", "Give an action, e.g. ChangeAction.CREATE.");
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /** "Plan: 3 to add, 1 to change, 0 to replace, 2 to destroy." or "No changes. …". */
  public String summary() {
    return PlanText.summary(this);
  }

  /** Human text like {@code terraform plan}: + / ~ / -/+ / - per resource, field diffs, summary line. */
  public String render() {
    return PlanText.render(this);
  }

  /** The plan as JSON: network, compartment, summary counts and every actionable change. */
  public String toJson() {
    return PlanJson.render(this);
  }

  /**
   * The longest chain of creates through the dependency graph, each taking {@code latency} of its
   * kind: the least time any apply of this plan can take, however parallel.
   */
  public Duration criticalPath(Function<ResourceType, Duration> latency) {
    Require.notNull(latency, "Plan.criticalPath(latency): latency", "Give each kind's latency, e.g. type -> Duration.ofSeconds(2).");
    Map<ResourceKey, Duration> finish = new HashMap<>();
    Duration longest = Duration.ZERO;
    for (Change c : changes) {   // dependencies come first
      Duration start = Duration.ZERO;
      for (ResourceKey d : c.dependencies()) {
        Duration f = finish.getOrDefault(d, Duration.ZERO);
        start = f.compareTo(start) > 0 ? f : start;
      }
      boolean creates = c.action() == ChangeAction.CREATE || c.action() == ChangeAction.REPLACE;
      boolean takesOver = c.type() == ResourceType.DEFAULT_SECURITY_LIST;
      Duration end = start.plus(creates && !takesOver ? latency.apply(c.type()) : Duration.ZERO);
      finish.merge(c.key(), end, (a, b) -> a.compareTo(b) >= 0 ? a : b);
      longest = end.compareTo(longest) > 0 ? end : longest;
    }
    return longest;
  }

  @Override
  public String toString() {
    return "Plan{" + networkName() + ": " + summary() + "}";
  }
}
