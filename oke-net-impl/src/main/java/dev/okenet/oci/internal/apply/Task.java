package dev.okenet.oci.internal.apply;

import dev.okenet.oci.internal.plan.PlannedChange;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One unit of apply work: the main create/update/wait of a change, the rule sync of an NSG, the
 * clearing of a doomed NSG's rules, or a delete.
 */
final class Task {
  enum Step { MAIN, RULES, CLEAR_RULES, DELETE }

  /**
   * Which ready task starts first: the longest remaining path to the end of the graph, then the
   * plan's order (so equal paths start as the plan lists them, deterministically).
   */
  static final Comparator<Task> BY_PRIORITY = Comparator.comparing((Task t) -> t.remainingPath).reversed()
      .thenComparingInt(t -> t.index);

  final Step step;
  final PlannedChange change;
  /** Position in the graph's task list: the plan's order. */
  final int index;
  /** The tasks this one waits for, each once. */
  final Set<Task> dependsOn = new LinkedHashSet<>();
  /** The tasks waiting for this one (each edge of {@link #dependsOn} once, reversed). */
  final List<Task> dependents = new ArrayList<>(4);
  int waitingFor;
  /** Dependents whose remaining path is not yet known, while {@link TaskGraph} works the paths out. */
  int unresolvedDependents;
  /** This task's expected duration ({@link ExpectedDurations}). */
  Duration weight = Duration.ZERO;
  /** Its weight plus the heaviest chain of dependents after it: how long the graph needs from its start. */
  Duration remainingPath = Duration.ZERO;

  Task(Step step, PlannedChange change, int index) {
    this.step = step;
    this.change = change;
    this.index = index;
  }

  @Override
  public String toString() {
    return step.name().toLowerCase(java.util.Locale.ROOT) + ":" + change.key();
  }
}
