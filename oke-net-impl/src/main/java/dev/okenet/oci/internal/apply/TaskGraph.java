package dev.okenet.oci.internal.apply;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.plan.PlannedChange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a plan's changes into tasks with dependency edges:
 * <ul>
 *   <li>creates and updates wait for the resources they name (and for an NSG they name, also for
 *       its rules, so nothing uses an NSG before it lets traffic through);
 *   <li>an NSG's rules wait for the NSG and for every NSG the rules name;
 *   <li>deletes wait for every create and update (so route rules stop targeting a gateway before
 *       it goes), for the rules of doomed NSGs to be cleared, and for the deletes of kinds that
 *       come earlier in {@link ResourceType#deleteRank()} — node pools first, the VCN last;
 *   <li>replaced resources are deleted users first (a node pool before the subnet it sits in);
 *   <li>a replacement deletes the old resource and then creates the new one (a new subnet could not
 *       take the old one's CIDR or DNS label while it exists).
 * </ul>
 */
final class TaskGraph {
  final List<Task> tasks = new ArrayList<>();

  TaskGraph(List<PlannedChange> changes, java.util.function.Predicate<PlannedChange> needsWait) {
    Map<ResourceKey, Task> main = new LinkedHashMap<>();
    Map<ResourceKey, Task> rules = new LinkedHashMap<>();
    List<Task> deletes = new ArrayList<>();
    List<Task> clears = new ArrayList<>();
    for (PlannedChange c : changes) {
      ChangeAction a = c.change().action();
      boolean nsg = c.change().type() == ResourceType.NETWORK_SECURITY_GROUP;
      if (a == ChangeAction.DELETE) {
        Task d = add(new Task(Task.Step.DELETE, c, tasks.size()));
        deletes.add(d);
        if (nsg && !c.ruleIdsToRemove().isEmpty()) {
          clears.add(add(new Task(Task.Step.CLEAR_RULES, c, tasks.size())));
        }
        continue;
      }
      if (a == ChangeAction.REPLACE) {
        Task d = add(new Task(Task.Step.DELETE, c, tasks.size()));
        Task m = add(new Task(Task.Step.MAIN, c, tasks.size()));
        link(m, d);
        main.put(c.key(), m);
      } else if (a != ChangeAction.NO_OP || needsWait.test(c)) {
        main.put(c.key(), add(new Task(Task.Step.MAIN, c, tasks.size())));
      }
      if (nsg && (!c.rulesToAdd().isEmpty() || !c.ruleIdsToRemove().isEmpty())) {
        rules.put(c.key(), add(new Task(Task.Step.RULES, c, tasks.size())));
      }
    }
    for (Task t : tasks) {
      PlannedChange c = t.change;
      if (t.step == Task.Step.MAIN) {
        if (c.change().action() == ChangeAction.REPLACE) {
          // A replacement's new CIDR may overlap another replaced resource's old one: all old ones go first.
          for (Task other : tasks) {
            if (other.step == Task.Step.DELETE && other.change.change().action() == ChangeAction.REPLACE
                && other.change.change().type() == c.change().type()) {
              link(t, other);
            }
          }
        }
        for (ResourceKey dep : c.spec().dependencies()) {
          link(t, main.get(dep));
          link(t, rules.get(dep));
        }
      } else if (t.step == Task.Step.RULES) {
        link(t, main.get(c.key()));
        for (ResourceKey dep : c.spec().ruleDependencies()) {
          link(t, main.get(dep));
        }
      } else if (t.step == Task.Step.DELETE && c.change().action() == ChangeAction.REPLACE) {
        // Replaced users go before replaced resources they use: a node pool before its subnet.
        for (Task other : tasks) {
          if (other.step == Task.Step.DELETE && other.change.change().action() == ChangeAction.REPLACE
              && other.change.change().type().deleteRank() < c.change().type().deleteRank()) {
            link(t, other);
          }
        }
      } else if (t.step == Task.Step.DELETE && c.change().action() == ChangeAction.DELETE) {
        main.values().forEach(m -> link(t, m));
        rules.values().forEach(r -> link(t, r));
        if (c.change().type().deleteRank() >= ResourceType.NETWORK_SECURITY_GROUP.deleteRank()) {
          clears.forEach(cl -> link(t, cl));
        }
        for (Task other : deletes) {
          if (other.change.change().type().deleteRank() < c.change().type().deleteRank()) {
            link(t, other);
          }
        }
      } else if (t.step == Task.Step.CLEAR_RULES) {
        main.values().forEach(m -> link(t, m));
        rules.values().forEach(r -> link(t, r));
        for (Task other : deletes) {
          if (other.change.change().type().deleteRank() < ResourceType.NETWORK_SECURITY_GROUP.deleteRank()) {
            link(t, other);
          }
        }
      }
    }
    for (Task t : tasks) {
      for (Task d : t.dependsOn) {
        d.dependents.add(t);
      }
      t.waitingFor = t.dependsOn.size();
    }
    for (Task t : tasks) {
      t.weight = ExpectedDurations.of(t);
    }
    remainingPaths();
  }

  /**
   * Sets each task's {@link Task#remainingPath}: its weight plus the longest remaining path among
   * its dependents, computed from the end of the graph backwards (Kahn's order on the reversed edges).
   */
  private void remainingPaths() {
    Deque<Task> resolvable = new ArrayDeque<>();
    for (Task t : tasks) {
      t.unresolvedDependents = t.dependents.size();
      if (t.dependents.isEmpty()) {
        resolvable.add(t);
      }
    }
    while (!resolvable.isEmpty()) {
      Task t = resolvable.poll();
      Duration longest = Duration.ZERO;
      for (Task d : t.dependents) {
        longest = d.remainingPath.compareTo(longest) > 0 ? d.remainingPath : longest;
      }
      t.remainingPath = t.weight.plus(longest);
      for (Task before : t.dependsOn) {
        if (--before.unresolvedDependents == 0) {
          resolvable.add(before);
        }
      }
    }
    // A task on a cycle (a planner bug) keeps a zero path; the applier then never starts it and reports it not attempted.
  }

  private Task add(Task t) {
    tasks.add(t);
    return t;
  }

  private static void link(Task t, Task on) {
    if (on != null && on != t) {
      t.dependsOn.add(on);
    }
  }
}
