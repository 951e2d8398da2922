package dev.okenet.bench;

import dev.okenet.reference.LargeNetworks;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The deterministic figures of RESULTS.md - apply makespans on the virtual clock and API call
 * counts - printed as Markdown tables. They need no JMH: virtual time and call counts do not
 * depend on the machine. {@code benchmarks/run.sh} runs this before the JMH timings.
 *
 * <pre>{@code
 * java -cp "$CP" dev.okenet.bench.Figures
 * }</pre>
 */
public final class Figures {
  /**
   * The 1, 10 and the default, then 32: more threads than the apply has tasks, so no pool
   * thread is reused - the diagnostic for the virtual clock's thread-reuse effect (see Makespans).
   */
  private static final int[] PARALLELISMS = {1, 10, OciNetworkProvider.DEFAULT_PARALLELISM, 32};
  /** Applies per makespan row: enough for a stable median, quick (each is milliseconds of real time). */
  private static final int RUNS = 15;

  private Figures() {}

  /** Prints every table to standard output. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("# Deterministic figures (virtual clock, call counts)");
    out.println();
    out.printf(Locale.ROOT, "%s, Java %s (%s), %d processors, %s %s%n%n", ZonedDateTime.now().withNano(0),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"), System.getProperty("os.arch"));
    ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
    makespans(out, prod);
    applyCalls(out, prod);
    refreshCalls(out, prod);
  }

  private static void makespans(PrintStream out, ResolvedNetwork prod) {
    out.println("## 1. Apply makespan (virtual clock, FakeOci's typical OCI latencies)");
    out.println();
    out.printf(Locale.ROOT, "Each row: %d applies, each to a fresh FakeOci; makespan is their median, range min to max.%n%n", RUNS);
    out.println("| network | parallelism | creates | critical path | serial sum | makespan (median) | range "
        + "| median / critical path | median / serial sum | outcome |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (boolean networkOnly : new boolean[] {false, true}) {
      for (int i = 0; i < PARALLELISMS.length; i++) {
        String label = networkOnly ? "prod, network only" : "prod, with cluster and node pools";
        Makespans.Row row = Makespans.measure(label, prod, networkOnly, PARALLELISMS[i], RUNS);
        String p = i == 2 ? "default (" + row.parallelism() + ")" : String.valueOf(row.parallelism());
        out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s to %s | %.3f | %.3f | %s |%n", row.network(), p,
            row.creates(), seconds(row.criticalPath()), seconds(row.serialSum()), seconds(row.makespan()),
            seconds(row.shortest()), seconds(row.longest()), row.ratioToCriticalPath(),
            row.ratioToSerialSum(), row.outcome());
      }
    }
    out.println();
  }

  private static void applyCalls(PrintStream out, ResolvedNetwork prod) {
    ApiCalls.Apply a = ApiCalls.freshApply("prod", prod);
    out.println("## 2a. Mutating API calls of a fresh apply");
    out.println();
    out.println("| network | resources changed | mutating calls | of which NSG rule batches | fewest batches of 25 "
        + "| NSG rules | largest batch | other mutating calls | per-resource approach (one call per rule) "
        + "| ours / per-resource | provider's count (reads too) | outcome |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.2f | %d | %s |%n", a.network(), a.changes(),
        a.mutatingCalls(), a.ruleBatches(), a.fewestBatches(), a.rules(), a.largestBatch(), a.resourceCalls(),
        a.perResourceCalls(), (double) a.mutatingCalls() / a.perResourceCalls(), a.providerCount(), a.outcome());
    out.println();
    out.println("Mutating calls by operation: " + a.byOperation());
    out.println();
  }

  private static void refreshCalls(PrintStream out, ResolvedNetwork prod) {
    List<ApiCalls.Refresh> rows = List.of(
        ApiCalls.noChangePlan("prod", prod),
        ApiCalls.noChangePlan("estate network (16 subnets, 200 rules)", Estates.of(1).get(0).resolve()),
        ApiCalls.noChangePlan("large (prod + 5,000 internet rules)", LargeNetworks.withInternetRules(5_000).resolve()));
    out.println("## 2b. Read calls of a no-change plan");
    out.println();
    out.println("| network | resources | NSGs | no changes | read calls | list calls (kinds) | kinds listed "
        + "| most calls for one kind | NSG rule lists | GETs | per-resource approach (GET each + rule lists) "
        + "| ours / per-resource |");
    out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (ApiCalls.Refresh r : rows) {
      out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d | %.2f |%n", r.network(), r.resources(),
          r.nsgs(), r.noChanges(), r.readCalls(), r.kindLists(), r.listedKinds(), r.mostCallsOfOneKind(), r.ruleLists(),
          r.gets(), r.perResourceCalls(), (double) r.readCalls() / r.perResourceCalls());
    }
    out.println();
    for (ApiCalls.Refresh r : rows) {
      out.println("Reads of " + r.network() + ": " + r.byOperation());
      out.println();
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
