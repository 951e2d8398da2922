package dev.okenet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.LargeNetworks;
import dev.okenet.reference.ReferenceNetworks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deterministic figures of RESULTS.md - apply makespans on the virtual clock and API call
 * counts - printed as Markdown tables, and written as JSON for {@link Report}. They need no JMH:
 * virtual time and call counts do not depend on the machine. {@code benchmarks/run.sh} runs this
 * before the JMH timings.
 *
 * <p>Makespans are measured for this build ("after") and, when a baseline is given ({@link
 * Versions}), for the baseline ("before") in the same run, through the same driver. After runs
 * on {@code SimulatedTime}, so every run of a row takes the same virtual time; the baseline has no
 * SimulatedTime and measures as it always did (threads as callers). One diagnostic row measures
 * this build without SimulatedTime, to show what the clock's old model of time adds.
 *
 * <pre>{@code
 * java -cp "$CP" dev.okenet.bench.Figures benchmarks/target/results/figures.json
 * }</pre>
 */
public final class Figures {
  /** Applies per makespan row: enough for the range of the runs that vary. */
  static final int RUNS = 15;

  /** One makespan row: what is applied, how, and whether this build runs it on SimulatedTime. */
  record Row(String id, String label, int networks, boolean networkOnly, int parallelism, boolean simulated) {}

  static final List<Row> ROWS = List.of(
      new Row("prod-p1", "prod, with cluster and node pools", 1, false, 1, true),
      new Row("prod-p10", "prod, with cluster and node pools", 1, false, 10, true),
      new Row("prod-p32", "prod, with cluster and node pools", 1, false, 32, true),
      new Row("network-p1", "prod, network only", 1, true, 1, true),
      new Row("network-p10", "prod, network only", 1, true, 10, true),
      new Row("network-p32", "prod, network only", 1, true, 32, true),
      new Row("estate5-p10", "5-network estate (5 concurrent applies), with clusters", 5, false, 10, true),
      new Row("estate5-network-p10", "5-network estate (5 concurrent applies), network only", 5, true, 10, true),
      new Row("estate5-p2", "5-network estate, with clusters, 2 workers each (10 in all)", 5, false, 2, true),
      new Row("network-p10-threads", "prod, network only, this build without SimulatedTime (threads as callers)", 1,
          true, 10, false));

  private Figures() {}

  /** Prints every table to standard output; writes the JSON to the path given as the first argument, if any. */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", ZonedDateTime.now().withNano(0).toString());
    json.put("runs", RUNS);
    out.println("# Deterministic figures (virtual clock, call counts)");
    out.println();
    out.printf(Locale.ROOT, "%s, Java %s (%s), %d processors, %s %s%n%n", json.get("date"),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"), System.getProperty("os.arch"));
    json.put("makespans", makespans(out));
    ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
    json.put("apply", applyCalls(out, prod));
    json.put("refresh", refreshCalls(out, prod));
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]),
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    }
  }

  private static List<Map<String, Object>> makespans(PrintStream out) {
    List<String> codes = new ArrayList<>(List.of(Versions.AFTER));
    if (Versions.hasBaseline()) {
      codes.add(Versions.BEFORE);
    }
    Map<String, Versions.Driver> drivers = new LinkedHashMap<>();
    codes.forEach(c -> drivers.put(c, Versions.driver(c)));
    out.println("## 1. Apply makespan (virtual clock, FakeOci's typical OCI latencies)");
    out.println();
    out.printf(Locale.ROOT, "Each row: %d applies, each to a fresh FakeOci; makespan is their median, range min to max. "
        + "Default parallelism is %d.%n%n", RUNS, OciNetworkProvider.DEFAULT_PARALLELISM);
    drivers.forEach((code, d) -> out.println("- " + code + ": " + d.call("simulation")));
    out.println();
    out.println("| network | parallelism | code | creates | critical path | serial sum | makespan (median) | range "
        + "| median / critical path | median / serial sum | outcome |");
    out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row row : ROWS) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", row.id());
      entry.put("label", row.label());
      entry.put("networks", row.networks());
      entry.put("networkOnly", row.networkOnly());
      entry.put("parallelism", row.parallelism());
      for (var e : drivers.entrySet()) {
        if (!row.simulated() && !Versions.AFTER.equals(e.getKey())) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) e.getValue().call("makespans", row.networks(), row.networkOnly(),
            row.parallelism(), RUNS, row.simulated());
        m = new LinkedHashMap<>(m);
        m.put("simulation", row.simulated() ? e.getValue().call("simulation") : "threads as callers");
        entry.put(e.getKey(), m);
        printRow(out, row, e.getKey(), m);
      }
      rows.add(entry);
    }
    out.println();
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static void printRow(PrintStream out, Row row, String code, Map<String, Object> m) {
    List<Long> spans = (List<Long>) m.get("makespans");
    long cp = ((Number) m.get("criticalPath")).longValue();
    long sum = ((Number) m.get("serialSum")).longValue();
    long median = spans.get((spans.size() - 1) / 2);
    out.printf(Locale.ROOT, "| %s | %d | %s | %d | %s | %s | %s | %s to %s | %.3f | %.3f | %s |%n", row.label(),
        row.parallelism(), code, ((Number) m.get("creates")).longValue(), seconds(cp), seconds(sum), seconds(median),
        seconds(spans.get(0)), seconds(spans.get(spans.size() - 1)), (double) median / cp, (double) median / sum,
        m.get("outcome"));
  }

  private static Map<String, Object> applyCalls(PrintStream out, ResolvedNetwork prod) {
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
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("changes", a.changes());
    json.put("mutatingCalls", a.mutatingCalls());
    json.put("ruleBatches", a.ruleBatches());
    json.put("rules", a.rules());
    json.put("perResourceCalls", a.perResourceCalls());
    json.put("providerCount", a.providerCount());
    return json;
  }

  private static List<Map<String, Object>> refreshCalls(PrintStream out, ResolvedNetwork prod) {
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
    List<Map<String, Object>> json = new ArrayList<>();
    for (ApiCalls.Refresh r : rows) {
      out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d | %.2f |%n", r.network(), r.resources(),
          r.nsgs(), r.noChanges(), r.readCalls(), r.kindLists(), r.listedKinds(), r.mostCallsOfOneKind(), r.ruleLists(),
          r.gets(), r.perResourceCalls(), (double) r.readCalls() / r.perResourceCalls());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("network", r.network());
      row.put("resources", r.resources());
      row.put("readCalls", r.readCalls());
      row.put("gets", r.gets());
      row.put("perResourceCalls", r.perResourceCalls());
      json.add(row);
    }
    out.println();
    for (ApiCalls.Refresh r : rows) {
      out.println("Reads of " + r.network() + ": " + r.byOperation());
      out.println();
    }
    return json;
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
