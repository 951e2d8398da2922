package dev.okenet.bench;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.oci.ResourceType;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Apply makespans on FakeOci's manual virtual clock with OCI's typical latencies (VCN 2 s, subnet
 * 3 s, DRG 10 s, cluster 360 s ...): how long a fresh apply takes in virtual time, beside the two
 * bounds no apply can beat - the critical path of the plan's dependency graph (any parallelism)
 * and the sum of every create's latency (one at a time). No real time is measured, but which pool
 * thread takes which resource is up to the scheduler, and a reused thread carries its virtual time
 * to the next resource (see {@link VirtualClock}), so a parallel apply's makespan varies a little
 * from run to run: each row applies several times and reports the median and the range.
 *
 * <pre>{@code
 * Makespans.Row row = Makespans.measure("prod", ReferenceNetworks.prod().resolve(), false, 10, 15);
 * row.ratioToCriticalPath();   // median makespan / critical path, e.g. 1.00
 * }</pre>
 */
public final class Makespans {
  private Makespans() {}

  /**
   * One apply's makespan.
   *
   * @param network what was applied
   * @param parallelism the provider's parallelism
   * @param creates resources the plan creates
   * @param criticalPath the dependency graph's critical path: the least any apply can take
   * @param serialSum every create's latency added up: what one-at-a-time must take
   * @param makespans the virtual time each apply took, shortest first
   * @param outcome "ok", or what the first failed apply said
   */
  public record Row(String network, int parallelism, long creates, Duration criticalPath, Duration serialSum,
      List<Duration> makespans, String outcome) {
    /** Sorts and copies the makespans. */
    public Row {
      makespans = makespans.stream().sorted().toList();
    }

    /** The median makespan (the lower middle of an even count). */
    public Duration makespan() {
      return makespans.get((makespans.size() - 1) / 2);
    }

    /** The shortest makespan. */
    public Duration shortest() {
      return makespans.get(0);
    }

    /** The longest makespan. */
    public Duration longest() {
      return makespans.get(makespans.size() - 1);
    }

    /** Median makespan over critical path; the target is at most 1.05 for parallel applies. */
    public double ratioToCriticalPath() {
      return (double) makespan().toMillis() / criticalPath.toMillis();
    }

    /** Makespan over the serial sum: 1.00 means one-at-a-time wastes nothing beyond being serial. */
    public double ratioToSerialSum() {
      return (double) makespan().toMillis() / serialSum.toMillis();
    }
  }

  /** Applies {@code net} {@code runs} times, each to an empty FakeOci on a manual clock, and measures each. */
  public static Row measure(String label, ResolvedNetwork net, boolean networkOnly, int parallelism, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs is " + runs + "; give 1 or more.");
    }
    List<Duration> makespans = new ArrayList<>();
    Row first = null;
    String outcome = "ok";
    for (int i = 0; i < runs; i++) {
      Row row = once(label, net, networkOnly, parallelism);
      first = first == null ? row : first;
      makespans.add(row.makespan());
      outcome = "ok".equals(outcome) ? row.outcome() : outcome;
    }
    return new Row(label, parallelism, first.creates(), first.criticalPath(), first.serialSum(), makespans, outcome);
  }

  private static Row once(String label, ResolvedNetwork net, boolean networkOnly, int parallelism) {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
      OciNetworkProvider provider = FakeProviders.builder(fake, Door.IN_PROCESS)
          .networkOnly(networkOnly).parallelism(parallelism).build();
      Plan plan = provider.plan(net);
      Function<ResourceType, Duration> latency = KindLatencies.of(fake.clock());
      Duration before = fake.clock().elapsed();
      ApplyResult result = provider.apply(plan);
      Duration makespan = fake.clock().elapsed().minus(before);
      return new Row(label, parallelism, plan.count(ChangeAction.CREATE), plan.criticalPath(latency),
          serialSum(plan, KindLatencies.ofChange(fake.clock(), net)), List.of(makespan), result.isSuccess() ? "ok" : result.toString());
    }
  }

  /** The creates' latencies added up, skipping what criticalPath skips (the default list is taken over). */
  static Duration serialSum(Plan plan, Function<Change, Duration> latency) {
    Duration sum = Duration.ZERO;
    for (Change c : plan.changes()) {
      boolean creates = c.action() == ChangeAction.CREATE || c.action() == ChangeAction.REPLACE;
      if (creates && c.type() != ResourceType.DEFAULT_SECURITY_LIST) {
        sum = sum.plus(latency.apply(c));
      }
    }
    return sum;
  }
}
