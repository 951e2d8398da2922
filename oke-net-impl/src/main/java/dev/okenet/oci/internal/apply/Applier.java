package dev.okenet.oci.internal.apply;

import com.oracle.bmc.model.BmcException;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.ProgressEvent;
import dev.okenet.oci.ProgressListener;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.SimulatedTime;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.Handlers;
import dev.okenet.oci.internal.cloud.KindHandler;
import dev.okenet.oci.internal.cloud.Refs;
import dev.okenet.oci.internal.plan.PlannedChange;
import dev.okenet.oci.internal.plan.PlannedWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a plan's task graph with at most {@code parallelism} tasks in flight. Whenever a worker is
 * free it starts the ready task with the longest remaining path to the end of the graph (list
 * scheduling by critical path, weights from {@link ExpectedDurations}), so a parallelism below the
 * graph's width still keeps the critical path busy. On the first failure it starts nothing new,
 * lets running tasks finish, and reports what succeeded, what failed and what was not attempted.
 *
 * <p>On a {@link SimulatedTime} the walk is a discrete-event simulation: each task runs as its own
 * caller from the simulated moment it was started, and finished tasks are handled in simulated
 * order (all in flight report, then the earliest), so the walk makes the decisions a real apply with
 * the same latencies would make, in the same order, on every run.
 */
public final class Applier {
  private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

  private final Handlers handlers;
  private final int parallelism;
  private final ProgressListener listener;
  private final SimulatedTime simulated;

  /** An applier running at most {@code parallelism} tasks at once, on real time. */
  public Applier(Handlers handlers, int parallelism, ProgressListener listener) {
    this(handlers, parallelism, listener, null);
  }

  /** As {@link #Applier(Handlers, int, ProgressListener)}, on {@code simulated} time when it is not null. */
  public Applier(Handlers handlers, int parallelism, ProgressListener listener, SimulatedTime simulated) {
    this.handlers = handlers;
    this.parallelism = parallelism;
    this.listener = listener;
    this.simulated = simulated;
  }

  /**
   * One finished task.
   *
   * @param simulatedEnd where the task's caller reached on the simulated clock; ZERO on real time
   */
  private record Outcome(Task task, Throwable error, long startNanos, long endNanos, Duration simulatedEnd) {
  }

  /** One resource's tasks: how many are left, and when the first started and the last ended (nanoseconds). */
  private static final class KeyProgress {
    int remaining;
    long firstStart = Long.MAX_VALUE;
    long lastEnd = Long.MIN_VALUE;
  }

  /** Finished tasks in the order to handle them: simulated end, then the plan's order. */
  private static final Comparator<Outcome> BY_SIMULATED_END = Comparator.comparing(Outcome::simulatedEnd)
      .thenComparingInt(o -> o.task.index);

  /** Applies {@code work} through {@code ctx}. */
  public ApplyResult apply(PlannedWork work, CloudContext ctx) {
    long started = System.nanoTime();
    Map<ResourceKey, String> ids = new ConcurrentHashMap<>(work.knownIds());
    Refs refs = key -> {
      String id = ids.get(key);
      if (id == null) {
        throw new IllegalStateException("No OCID for '" + key + "' of network '" + work.network()
            + "': it was neither found nor created (did an earlier step fail?). Run plan again to see what is missing.");
      }
      return id;
    };
    TaskGraph graph = new TaskGraph(work.changes(), c -> c.current() != null && !c.current().isSettled());
    PriorityQueue<Task> ready = new PriorityQueue<>(Task.BY_PRIORITY);
    graph.tasks.stream().filter(t -> t.waitingFor == 0).forEach(ready::add);
    Set<Task> startedTasks = new HashSet<>();
    Map<String, KeyProgress> progress = new HashMap<>(graph.tasks.size() * 2);
    graph.tasks.forEach(t -> progress.computeIfAbsent(t.change.id(), k -> new KeyProgress()).remaining++);
    List<ApplyResult.Completed> succeeded = new ArrayList<>();
    List<ApplyResult.Failure> failed = new ArrayList<>();
    Set<String> failedKeys = new HashSet<>();
    CompletionService<Outcome> done = new ExecutorCompletionService<>(Workers.pool());
    Set<Future<Outcome>> submitted = new HashSet<>();
    PriorityQueue<Outcome> reported = new PriorityQueue<>(BY_SIMULATED_END);
    Duration simulatedNow = simulated == null ? Duration.ZERO : simulated.now();
    int running = 0;
    int inFlight = 0;
    boolean stop = false;
    try {
      while (true) {
        while (!stop && running < parallelism && !ready.isEmpty()) {
          Task t = ready.poll();
          startedTasks.add(t);
          running++;
          inFlight++;
          Duration at = simulatedNow;
          submitted.add(done.submit(
              () -> simulated == null ? run(t, refs, ids, ctx, started) : runSimulated(t, at, refs, ids, ctx, started)));
        }
        if (running == 0) {
          break;
        }
        List<Outcome> next;
        if (simulated == null) {
          next = List.of(take(done, submitted));   // real time: whatever finished first happened first
          inFlight--;
        } else {
          for (; inFlight > 0; inFlight--) {
            reported.add(take(done, submitted));
          }
          next = earliest(reported);
          simulatedNow = max(simulatedNow, next.get(0).simulatedEnd());
        }
        for (Outcome o : next) {
          running--;
          String key = o.task.change.id();
          KeyProgress p = progress.get(key);
          p.firstStart = Math.min(p.firstStart, o.startNanos);
          p.lastEnd = Math.max(p.lastEnd, o.endNanos);
          if (o.error != null) {
            stop = true;
            if (failedKeys.add(key)) {
              failed.add(failure(o.task.change, o.error));
            }
            continue;
          }
          if (--p.remaining == 0 && !failedKeys.contains(key)) {
            PlannedChange c = o.task.change;
            // A deleted resource has no OCID any more (and a duplicate's key still names the kept one).
            Optional<String> id = c.change().action() == ChangeAction.DELETE ? Optional.empty() : Optional.ofNullable(ids.get(c.key()));
            succeeded.add(new ApplyResult.Completed(c.key(), c.change().type(), c.change().action(), id,
                Duration.ofNanos(p.lastEnd - p.firstStart)));
          }
          for (Task d : o.task.dependents) {
            if (--d.waitingFor == 0) {
              ready.add(d);
            }
          }
        }
      }
    } finally {
      // Only when the walk itself broke (interrupted, or a task crashed outside its own handling):
      // interrupt what is still running, as the walk will not wait for it.
      submitted.forEach(f -> f.cancel(true));
    }
    List<ResourceKey> notAttempted = new ArrayList<>();
    Set<String> notAttemptedIds = new HashSet<>();
    for (Task t : graph.tasks) {
      String id = t.change.id();
      if (!startedTasks.contains(t) && !failedKeys.contains(id) && notAttemptedIds.add(id)) {
        notAttempted.add(t.change.key());
      }
    }
    Map<ResourceKey, String> finalIds = new LinkedHashMap<>(ids);
    return new ApplyResult(succeeded, failed, notAttempted, finalIds, Duration.ofNanos(System.nanoTime() - started),
        ctx.calls().counts());
  }

  /**
   * On simulated time, once every task in flight has reported: the finished tasks to handle next,
   * those that end at the earliest simulated moment. A task still in flight could end before one
   * that has reported, which is why the walk waits for all before choosing.
   */
  private static List<Outcome> earliest(PriorityQueue<Outcome> reported) {
    List<Outcome> next = new ArrayList<>();
    Duration at = reported.peek().simulatedEnd();
    while (!reported.isEmpty() && reported.peek().simulatedEnd().equals(at)) {
      next.add(reported.poll());
    }
    return next;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Runs {@code t} as its own caller of the simulated clock, from the simulated moment {@code at}. */
  private Outcome runSimulated(Task t, Duration at, Refs refs, Map<ResourceKey, String> ids, CloudContext ctx, long applyStart) {
    Outcome[] outcome = new Outcome[1];
    Duration end = simulated.runFrom(at, () -> outcome[0] = run(t, refs, ids, ctx, applyStart));
    Outcome o = outcome[0];
    return new Outcome(o.task, o.error, o.startNanos, o.endNanos, end);
  }

  private Outcome run(Task t, Refs refs, Map<ResourceKey, String> ids, CloudContext ctx, long applyStart) {
    long start = System.nanoTime();
    PlannedChange c = t.change;
    ResourceType type = c.change().type();
    ChangeAction action = c.change().action();
    ResourceKey key = c.key();
    boolean reporting = listener != ProgressListener.NONE;
    if (reporting) {
      emit(key, type, action, ProgressEvent.State.STARTED, applyStart, t.step.name().toLowerCase(java.util.Locale.ROOT));
    }
    // Without a listener nobody hears the events: neither they nor the retry listener are made.
    CloudContext taskCtx = !reporting ? ctx : ctx.withListener((op, e, attempt, delay) -> emit(key, type, action,
        ProgressEvent.State.RETRYING, applyStart, op + " answered " + e.getStatusCode() + " " + e.getServiceCode() + "; attempt "
            + (attempt + 1) + " in " + delay.toMillis() + " ms"));
    try {
      KindHandler h = handlers.of(type);
      switch (t.step) {
        case MAIN:
          if (action == ChangeAction.CREATE || action == ChangeAction.REPLACE) {
            String id = createBehindNewParents(t, h, refs, ids, taskCtx);
            ids.put(key, id);
          } else if (action == ChangeAction.UPDATE) {
            h.update(c.spec(), c.current(), refs, taskCtx);
          } else {
            h.awaitReady(c.current().id(), taskCtx);
          }
          break;
        case RULES:
          handlers.nsgs().syncRules(refs.id(key), c.rulesToAdd(), c.ruleIdsToRemove(), refs, taskCtx);
          break;
        case CLEAR_RULES:
          handlers.nsgs().syncRules(c.current().id(), List.of(), c.ruleIdsToRemove(), refs, taskCtx);
          break;
        default:
          try {
            h.delete(c.current().id(), taskCtx);
          } catch (BmcException e) {
            // A delete whose answer was lost (a 500 after it took effect) is retried and finds the
            // resource gone: nothing is left to delete, so the change is done.
            if (e.getStatusCode() != 404) {
              throw e;
            }
          }
          if (action == ChangeAction.DELETE) {
            // Only the deleted resource's OCID: a duplicate's delete leaves the kept one of its key known.
            ids.remove(key, c.current().id());
          }
      }
      if (reporting) {
        emit(key, type, action, ProgressEvent.State.SUCCEEDED, applyStart,
            action == ChangeAction.DELETE ? "" : Optional.ofNullable(ids.get(key)).orElse(""));
      }
      return new Outcome(t, null, start, System.nanoTime(), Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.warn("{} {} ({}) failed: {}", action, key, t.step, describe(e));
      emit(key, type, action, ProgressEvent.State.FAILED, applyStart, describe(e));
      return new Outcome(t, e, start, System.nanoTime(), Duration.ZERO);
    }
  }

  /**
   * Creates {@code t}'s resource. A resource this apply created is not polled when its create
   * answered it ready ({@code Waits.unlessAnswered}), so a create naming it may follow at once.
   * Should OCI answer that create "not found" for a resource it names, the cause may be its
   * eventually consistent view not showing the new parent yet: the read-after-create barrier the
   * skipped wait used to give is then taken after all. Each parent created by this apply is awaited
   * as the wait would have (its reads tolerate a 404 for a moment), and the create is sent once
   * more with the same retry token. A "not found" that outlives the barrier is OCI's answer (a
   * missing resource or a missing permission) and fails the change; one with no new parent fails it
   * at once. The normal path costs no call.
   *
   * <p>"Not found" is either code of Oracle's "API Errors" page (Common Errors Returned by All
   * Services): 400 RelatedResourceNotAuthorizedOrNotFound, for a resource named in the body (how a
   * create names its VCN or route table), and 404 NotAuthorizedOrNotFound, for one in the URI.
   */
  private String createBehindNewParents(Task t, KindHandler h, Refs refs, Map<ResourceKey, String> ids, CloudContext ctx) {
    PlannedChange c = t.change;
    try {
      return h.create(c.spec(), refs, c.retryToken(), ctx);
    } catch (BmcException e) {
      List<Task> newParents = new ArrayList<>();
      for (Task d : t.dependsOn) {
        ChangeAction a = d.change.change().action();
        if (d.step == Task.Step.MAIN && (a == ChangeAction.CREATE || a == ChangeAction.REPLACE) && ids.containsKey(d.change.key())) {
          newParents.add(d);
        }
      }
      if (!namesSomethingNotFound(e) || newParents.isEmpty()) {
        throw e;
      }
      LOG.info("{} answered {} {} right after {} new resource(s) it names were created; waiting for them, then creating once more",
          c.key(), e.getStatusCode(), e.getServiceCode(), newParents.size());
      for (Task d : newParents) {
        handlers.of(d.change.change().type()).awaitReady(ids.get(d.change.key()), ctx);
      }
      return h.create(c.spec(), refs, c.retryToken(), ctx);
    }
  }

  /** Whether OCI answered that a resource the request names is not found (or not authorised); see above. */
  private static boolean namesSomethingNotFound(BmcException e) {
    return e.getStatusCode() == 404
        || (e.getStatusCode() == 400 && "RelatedResourceNotAuthorizedOrNotFound".equals(e.getServiceCode()));
  }

  private void emit(ResourceKey key, ResourceType type, ChangeAction action, ProgressEvent.State state, long applyStart, String detail) {
    try {
      listener.onEvent(new ProgressEvent(key, type, action, state, Duration.ofNanos(System.nanoTime() - applyStart), detail));
    } catch (RuntimeException e) {
      LOG.warn("A progress listener threw {} on {} {}; ignored", e.getClass().getSimpleName(), key, state);
    }
  }

  private static ApplyResult.Failure failure(PlannedChange c, Throwable e) {
    if (e instanceof BmcException b) {
      return new ApplyResult.Failure(c.key(), c.change().type(), c.change().action(), String.valueOf(b.getServiceCode()),
          b.getStatusCode(), String.valueOf(b.getUnmodifiedMessage() == null ? b.getMessage() : b.getUnmodifiedMessage()));
    }
    return new ApplyResult.Failure(c.key(), c.change().type(), c.change().action(), e.getClass().getSimpleName(), -1,
        String.valueOf(e.getMessage()));
  }

  private static String describe(Throwable e) {
    if (e instanceof BmcException b) {
      return b.getStatusCode() + " " + b.getServiceCode() + ": " + b.getUnmodifiedMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static Outcome take(CompletionService<Outcome> done, Set<Future<Outcome>> submitted) {
    try {
      Future<Outcome> f = done.take();
      submitted.remove(f);
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while applying; in-flight OCI work may still finish. Plan again to see where it stands.", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("An apply task crashed outside its own error handling", e.getCause());
    }
  }
}
