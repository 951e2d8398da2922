package dev.okenet.oci.internal.apply;

import dev.okenet.oci.internal.plan.PlannedChange;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One unit of apply work: the main create/update/wait of a change, the rule sync of an NSG, the
 * clearing of a doomed NSG's rules, or a delete.
 */
final class Task {
  enum Step { MAIN, RULES, CLEAR_RULES, DELETE }

  final String id;
  final Step step;
  final PlannedChange change;
  final Set<String> dependsOn = new LinkedHashSet<>();
  final Set<Task> dependents = new LinkedHashSet<>();
  int waitingFor;

  Task(Step step, PlannedChange change) {
    this.id = step.name().toLowerCase(java.util.Locale.ROOT) + ":" + change.id();
    this.step = step;
    this.change = change;
  }

  @Override
  public String toString() {
    return id;
  }
}
