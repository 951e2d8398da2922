package dev.okenet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the figures of one {@code run.sh} run into RESULTS.md and the README, so no figure is typed
 * by hand: it replaces what stands between {@code <!-- BEGIN GENERATED: name -->} and {@code <!--
 * END GENERATED: name -->} with tables made from {@code figures.json} ({@link Figures}), {@code
 * jmh.json} (JMH's own JSON), {@code machine.txt} and {@code profile.md} ({@link ProfileReport}) of
 * the results folder. Text outside the markers is left alone.
 *
 * <p>Rows another part of the work measures (issue 20's estate reads and rate limiting) are read
 * from {@code issue20-extra.json} in the results folder when it exists: a JSON array of objects with
 * {@code item}, {@code figure}, {@code target}, {@code baseline}, {@code measured} and {@code met};
 * otherwise they show as pending.
 *
 * <pre>{@code
 * java -cp "$CP" dev.okenet.bench.Report benchmarks/target/results benchmarks/RESULTS.md README.md
 * }</pre>
 */
public final class Report {
  static final String FAKE = "dev.okenet.bench.FakeOciBenchmark.";
  static final double APPLY_TARGET_MS = 2.0;
  static final double ALLOC_TARGET_BYTES = 0.5 * 1024 * 1024;
  static final double HTTP_TARGET_MS = 40.0;
  static final double MAKESPAN_TARGET = 1.05;

  private final JsonNode figures;
  private final JsonNode jmh;
  private final Path results;

  Report(Path results) throws IOException {
    this.results = results;
    ObjectMapper json = new ObjectMapper();
    Path figuresFile = results.resolve("figures.json");
    Path jmhFile = results.resolve("jmh.json");
    this.figures = Files.exists(figuresFile) ? json.readTree(figuresFile.toFile()) : json.createObjectNode();
    this.jmh = Files.exists(jmhFile) ? json.readTree(jmhFile.toFile()) : json.createArrayNode();
  }

  /** Regenerates the marked blocks of RESULTS.md and of the README. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("Give the results folder, RESULTS.md and README.md, e.g. "
          + "benchmarks/target/results benchmarks/RESULTS.md README.md");
    }
    Report report = new Report(Path.of(args[0]));
    Path resultsMd = Path.of(args[1]);
    Path readme = Path.of(args[2]);
    Map<String, String> blocks = new LinkedHashMap<>();
    blocks.put("machine", report.machine());
    blocks.put("issue-20", report.issue20());
    blocks.put("makespans", report.makespans());
    blocks.put("calls", report.calls());
    blocks.put("estate", report.estate());
    blocks.put("fakeoci", report.fakeOci());
    blocks.put("profile", report.profile());
    blocks.put("scale", report.scale());
    blocks.put("reachability", report.reachability());
    Files.writeString(resultsMd, replace(Files.readString(resultsMd), blocks));
    Files.writeString(readme, replace(Files.readString(readme), Map.of("measured", report.measured())));
  }

  /** {@code text} with each named block's content replaced; a block whose markers are missing is an error. */
  static String replace(String text, Map<String, String> blocks) {
    String result = text;
    for (Map.Entry<String, String> block : blocks.entrySet()) {
      String begin = "<!-- BEGIN GENERATED: " + block.getKey() + " -->";
      String end = "<!-- END GENERATED: " + block.getKey() + " -->";
      int from = result.indexOf(begin);
      int to = result.indexOf(end);
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("The file has no block '" + block.getKey() + "': add the lines " + begin
            + " and " + end + " where the generated table goes.");
      }
      result = result.substring(0, from + begin.length()) + "\n" + block.getValue().strip() + "\n" + result.substring(to);
    }
    return result;
  }

  // ---- blocks ------------------------------------------------------------------------------------------

  String machine() throws IOException {
    Path file = results.resolve("machine.txt");
    if (!Files.exists(file)) {
      return "_No machine.txt in this run._";
    }
    StringBuilder md = new StringBuilder("```\n");
    md.append(Files.readString(file).strip()).append("\n```\n");
    return md.toString();
  }

  /** The estate figures ({@link EstateFigures}): reads of an estate plan, and applies under the rate limit. */
  String estate() throws IOException {
    Path file = results.resolve("estate-figures.md");
    return Files.exists(file) ? Files.readString(file) : "_No estate-figures.md in this run._";
  }

  String issue20() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("| # | figure | target | baseline (before, this run) | measured (after, this run) | after ÷ before | met? |\n");
    md.append("|---|---|---|---:|---:|---:|---|\n");
    List<String[]> extra = extraRows();
    if (extra.isEmpty()) {
      md.append("| 1 | reads of a plan of 1, 10 and 50 networks of one compartment, against planning them one by one "
          + "| one list per kind per compartment | pending | pending | | pending (helper \"provider\") |\n");
      md.append("| 2 | 429 answers and makespan of 20 concurrent applies against the throttled fake, against the rate "
          + "limit's bound and against pacing off | few or no 429s, close to the bound | pending | pending | | "
          + "pending (helper \"provider\") |\n");
    } else {
      for (String[] row : extra) {
        md.append("| ").append(String.join(" | ", row)).append(" |\n");
      }
    }
    for (String[] row : List.of(
        new String[] {"prod-p10", "apply makespan ÷ critical path, prod with cluster and node pools, parallelism 10"},
        new String[] {"network-p10", "apply makespan ÷ critical path, prod network only, parallelism 10"},
        new String[] {"estate5-p10", "apply makespan ÷ critical path, 5-network estate (5 concurrent applies of prod's "
            + "copies on one FakeOci), parallelism 10 each"},
        new String[] {"estate5-network-p10", "the same estate, network only"})) {
      Optional<JsonNode> r = makespanRow(row[0]);
      String before = r.map(n -> ratioText(n.get("before"))).orElse("—");
      String after = r.map(n -> ratioText(n.get("after"))).orElse("not measured");
      String met = r.map(n -> n.get("after")).map(a -> ratio(a) <= MAKESPAN_TARGET ? "met" : "**missed**").orElse("—");
      md.append("| 3 | ").append(row[1]).append(" | ≤ 1.05 | ").append(before).append(" | ").append(after)
          .append(" | | ").append(met).append(" |\n");
    }
    Optional<JsonNode> applyAfter = bench(FAKE + "applyInProcess", "after");
    Optional<JsonNode> applyBefore = bench(FAKE + "applyInProcess", "before");
    Optional<JsonNode> httpAfter = bench(FAKE + "applyOverHttp", "after");
    Optional<JsonNode> httpBefore = bench(FAKE + "applyOverHttp", "before");
    md.append(timingRow("apply of prod in process (SDK interfaces), median", "≤ 2 ms", applyBefore, applyAfter,
        APPLY_TARGET_MS));
    md.append(allocationRow("allocated per in-process apply (JMH `gc.alloc.rate.norm`; includes the "
        + "`FakeOci.create()` before each apply, about 18 KB)", applyBefore, applyAfter));
    md.append(timingRow("apply of prod over loopback HTTP (the SDK's real clients), median", "≤ 40 ms", httpBefore,
        httpAfter, HTTP_TARGET_MS));
    return md.toString();
  }

  private String timingRow(String figure, String target, Optional<JsonNode> before, Optional<JsonNode> after,
      double targetMs) {
    String b = before.map(n -> ms(median(n))).orElse("—");
    String a = after.map(n -> ms(median(n))).orElse("not measured");
    String ratio = before.isPresent() && after.isPresent()
        ? String.format(Locale.ROOT, "%.2f", median(after.get()) / median(before.get())) : "";
    String met = after.map(n -> median(n) <= targetMs ? "met" : "**missed**").orElse("—");
    return "| 4 | " + figure + " | " + target + " | " + b + " | " + a + " | " + ratio + " | " + met + " |\n";
  }

  private String allocationRow(String figure, Optional<JsonNode> before, Optional<JsonNode> after) {
    String b = before.map(n -> megabytes(allocated(n))).orElse("—");
    String a = after.map(n -> megabytes(allocated(n))).orElse("not measured");
    String ratio = before.isPresent() && after.isPresent()
        ? String.format(Locale.ROOT, "%.2f", allocated(after.get()) / allocated(before.get())) : "";
    String met = after.map(n -> allocated(n) <= ALLOC_TARGET_BYTES ? "met" : "**missed**").orElse("—");
    return "| 4 | " + figure + " | ≤ 0.5 MB | " + b + " | " + a + " | " + ratio + " | " + met + " |\n";
  }

  String makespans() {
    StringBuilder md = new StringBuilder();
    md.append("| network | parallelism | code, model of time | creates | critical path | serial sum | makespan (median) "
        + "| range of ").append(figures.path("runs").asInt(Figures.RUNS)).append(" runs | ÷ critical path | ÷ serial sum |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode row : figures.path("makespans")) {
      for (String code : List.of("before", "after")) {
        JsonNode m = row.get(code);
        if (m == null) {
          continue;
        }
        List<Long> spans = spans(m);
        long median = spans.get((spans.size() - 1) / 2);
        md.append(String.format(Locale.ROOT, "| %s | %d | %s, %s | %d | %s | %s | %s | %s to %s | %.3f | %.3f |%n",
            row.get("label").asText(), row.get("parallelism").asInt(), code, m.get("simulation").asText(),
            m.get("creates").asLong(), Figures.seconds(m.get("criticalPath").asLong()),
            Figures.seconds(m.get("serialSum").asLong()), Figures.seconds(median), Figures.seconds(spans.get(0)),
            Figures.seconds(spans.get(spans.size() - 1)), (double) median / m.get("criticalPath").asLong(),
            (double) median / m.get("serialSum").asLong()));
      }
    }
    return md.toString();
  }

  String fakeOci() {
    StringBuilder md = new StringBuilder();
    md.append("| benchmark | code | median | mean ± error | fastest | p90 | allocated per op |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (String name : List.of("create", "applyInProcess", "planAndApplyInProcess", "applyOverHttp")) {
      for (String code : List.of("before", "after")) {
        bench(FAKE + name, code).ifPresent(n -> md.append(String.format(Locale.ROOT,
            "| `%s` | %s | %s | %s ± %s | %s | %s | %s |%n", name, code, ms(median(n)), ms(score(n)),
            ms(n.path("primaryMetric").path("scoreError").asDouble()), ms(percentile(n, "0.0")), ms(percentile(n, "90.0")),
            kilobytes(allocated(n)))));
      }
    }
    return md.toString();
  }

  /** The API call tables of figures.md (its sections 2a and 2b), one heading level down. */
  String calls() throws IOException {
    Path file = results.resolve("figures.md");
    if (!Files.exists(file)) {
      return "_No figures.md in this run._";
    }
    String text = Files.readString(file);
    int from = text.indexOf("## 2a.");
    return from < 0 ? "_figures.md has no call counts._" : text.substring(from).replace("\n## ", "\n### ").replaceFirst("^## ", "### ");
  }

  String scale() {
    StringBuilder md = new StringBuilder("| networks | median | mean ± error | fastest | per network (median) "
        + "| allocated per estate | per network |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String n : List.of("10", "100", "1000")) {
      bench("dev.okenet.bench.ScaleBenchmark.validateAndResolve", Map.of("networks", n)).ifPresent(b -> {
        int networks = Integer.parseInt(n);
        md.append(String.format(Locale.ROOT, "| %,d | %s | %s ± %s | %s | %s | %s | %s |%n", networks, ms(median(b)),
            ms(score(b)), ms(b.path("primaryMetric").path("scoreError").asDouble()), ms(percentile(b, "0.0")),
            ms(median(b) / networks), megabytes(allocated(b)), kilobytes(allocated(b) / networks)));
      });
    }
    return md.toString();
  }

  String reachability() {
    StringBuilder md = new StringBuilder("| benchmark | result | allocated per op |\n|---|---:|---:|\n");
    String base = "dev.okenet.bench.ReachabilityBenchmark.";
    bench(base + "verdict", Map.of()).ifPresent(b -> md.append(String.format(Locale.ROOT,
        "| `verdict`: one verdict on `prod`, single thread, cycling through the questions of `Questions.PROD` | **%,.0f "
            + "± %,.0f /s** | %.0f B |%n", score(b), b.path("primaryMetric").path("scoreError").asDouble(), allocated(b))));
    bench(base + "auditInternetIngress", Map.of()).ifPresent(b -> md.append("| `auditInternetIngress`: 5,000-rule network, "
        + "indexes built | **" + ms(median(b)) + "** median (mean " + ms(score(b)) + ") | " + megabytes(allocated(b)) + " |\n"));
    bench(base + "auditInternetIngressCold", Map.of()).ifPresent(b -> md.append("| `auditInternetIngressCold`: the same "
        + "with `Reachability.of(net)` (index build) included | " + ms(median(b)) + " median (mean " + ms(score(b)) + ") | "
        + megabytes(allocated(b)) + " |\n"));
    return md.toString();
  }

  String profile() throws IOException {
    Path file = results.resolve("profile.md");
    return Files.exists(file) ? Files.readString(file) : "_No profile in this run (run.sh without PROFILE=0 makes one)._";
  }

  /** The README's "Measured" table. */
  String measured() {
    StringBuilder md = new StringBuilder("| what | result | target |\n|---|---|---|\n");
    for (String[] row : List.of(
        new String[] {"prod-p10", "apply makespan of `prod` (cluster and node pools included) on FakeOci's virtual clock, parallelism 10"},
        new String[] {"network-p10", "the same, `prod`'s network only"},
        new String[] {"estate5-p10", "the same, a 5-network estate applied at once"})) {
      makespanRow(row[0]).map(n -> n.get("after")).ifPresent(a -> md.append("| ").append(row[1]).append(" | **")
          .append(String.format(Locale.ROOT, "%.3f", ratio(a))).append(" ×** the dependency graph's critical path (")
          .append(Figures.seconds(spans(a).get((spans(a).size() - 1) / 2))).append(" ÷ ")
          .append(Figures.seconds(a.get("criticalPath").asLong())).append("), the same on every run | ≤ 1.05 × |\n"));
    }
    JsonNode apply = figures.path("apply");
    if (!apply.isMissingNode()) {
      md.append(String.format(Locale.ROOT, "| mutating calls of a fresh apply of `prod` | **%d** (%d resources + %d NSG rule "
          + "batches); one call per rule would make %d | one per resource |%n", apply.get("mutatingCalls").asInt(),
          apply.get("mutatingCalls").asInt() - apply.get("ruleBatches").asInt(), apply.get("ruleBatches").asInt(),
          apply.get("perResourceCalls").asInt()));
    }
    JsonNode refresh = figures.path("refresh");
    if (refresh.size() > 0) {
      List<String> sizes = new ArrayList<>();
      List<String> perResource = new ArrayList<>();
      for (JsonNode r : refresh) {
        sizes.add(r.get("resources").asText());
        perResource.add(r.get("perResourceCalls").asText());
      }
      md.append("| reads of a no-change plan | **").append(refresh.get(0).get("readCalls").asInt()).append("** at ")
          .append(String.join(", ", sizes)).append(" resources (one list per kind + one rule list per NSG, ")
          .append(refresh.get(0).get("gets").asInt()).append(" GETs); one GET per resource would make ")
          .append(String.join(" / ", perResource)).append(" | ≤ 1 list per kind |\n");
    }
    // Every row says whether its target is met, so a noisy run that misses one cannot pass for a met one.
    bench("dev.okenet.bench.ScaleBenchmark.validateAndResolve", Map.of("networks", "1000")).ifPresent(n -> md.append(
        String.format(Locale.ROOT, "| validate + resolve of 1,000 networks (16 subnets, 200 rules each) | **%.2f s**, %s "
            + "per network | ≤ 1 s (%s) |%n", median(n) / 1000, kilobytes(allocated(n) / 1000), verdict(median(n) <= 1000))));
    bench("dev.okenet.bench.ReachabilityBenchmark.verdict", Map.of()).ifPresent(n -> md.append(String.format(Locale.ROOT,
        "| reachability verdicts, one thread | **%.1f million / s** | ≥ 100,000 / s (%s) |%n", score(n) / 1e6,
        verdict(score(n) >= 100_000))));
    bench("dev.okenet.bench.ReachabilityBenchmark.auditInternetIngress", Map.of()).ifPresent(n -> md.append(
        "| internet-ingress audit of a 5,000-rule network | **" + ms(median(n)) + "** | < 1 s (" + verdict(median(n) < 1000)
            + ") |\n"));
    Optional<JsonNode> apply2 = bench(FAKE + "applyInProcess", "after");
    Optional<JsonNode> http = bench(FAKE + "applyOverHttp", "after");
    if (apply2.isPresent() && http.isPresent()) {
      md.append("| a full apply of `prod` on FakeOci, in process / over loopback HTTP with the real SDK clients | **")
          .append(ms(median(apply2.get()))).append("** / **").append(ms(median(http.get())))
          .append("** medians on a shared 2-core machine; ").append(kilobytes(allocated(apply2.get())))
          .append(" allocated per in-process apply | ≤ 2 ms (").append(verdict(median(apply2.get()) <= APPLY_TARGET_MS))
          .append(") and ≤ 0.5 MB (").append(verdict(allocated(apply2.get()) <= ALLOC_TARGET_BYTES))
          .append(") / ≤ 40 ms (").append(verdict(median(http.get()) <= HTTP_TARGET_MS)).append(") |\n");
    }
    return md.toString();
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**, see RESULTS.md";
  }

  // ---- reading ------------------------------------------------------------------------------------------

  private List<String[]> extraRows() throws IOException {
    Path file = results.resolve("issue20-extra.json");
    List<String[]> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
      rows.add(new String[] {r.path("item").asText(), r.path("figure").asText(), r.path("target").asText(),
          r.path("baseline").asText(), r.path("measured").asText(), "", r.path("met").asText()});
    }
    return rows;
  }

  private Optional<JsonNode> makespanRow(String id) {
    for (JsonNode row : figures.path("makespans")) {
      if (id.equals(row.path("id").asText())) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  Optional<JsonNode> bench(String name, String code) {
    return bench(name, Map.of("code", code)).or(() -> "after".equals(code) ? benchWithoutCode(name) : Optional.empty());
  }

  private Optional<JsonNode> benchWithoutCode(String name) {
    for (JsonNode n : jmh) {
      if (name.equals(n.path("benchmark").asText()) && n.path("params").path("code").isMissingNode()) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  Optional<JsonNode> bench(String name, Map<String, String> params) {
    for (JsonNode n : jmh) {
      if (!name.equals(n.path("benchmark").asText())) {
        continue;
      }
      boolean matches = params.entrySet().stream()
          .allMatch(p -> p.getValue().equals(n.path("params").path(p.getKey()).asText(null)));
      if (matches) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static List<Long> spans(JsonNode m) {
    List<Long> spans = new ArrayList<>();
    m.get("makespans").forEach(s -> spans.add(s.asLong()));
    return spans;
  }

  private static double ratio(JsonNode m) {
    List<Long> spans = spans(m);
    return (double) spans.get((spans.size() - 1) / 2) / m.get("criticalPath").asLong();
  }

  private static String ratioText(JsonNode m) {
    if (m == null) {
      return "—";
    }
    List<Long> spans = spans(m);
    String range = spans.get(0).equals(spans.get(spans.size() - 1)) ? "every run"
        : "runs " + Figures.seconds(spans.get(0)) + " to " + Figures.seconds(spans.get(spans.size() - 1));
    return String.format(Locale.ROOT, "%.3f (%s ÷ %s; %s)", ratio(m), Figures.seconds(spans.get((spans.size() - 1) / 2)),
        Figures.seconds(m.get("criticalPath").asLong()), range);
  }

  static double median(JsonNode n) {
    return percentile(n, "50.0");
  }

  static double percentile(JsonNode n, String p) {
    return n.path("primaryMetric").path("scorePercentiles").path(p).asDouble();
  }

  static double score(JsonNode n) {
    return n.path("primaryMetric").path("score").asDouble();
  }

  static double allocated(JsonNode n) {
    return n.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble();
  }

  static String ms(double millis) {
    return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
        : millis >= 10 ? String.format(Locale.ROOT, "%.1f ms", millis)
        : millis >= 0.1 ? String.format(Locale.ROOT, "%.2f ms", millis)
        : String.format(Locale.ROOT, "%.3f ms", millis);
  }

  static String kilobytes(double bytes) {
    return bytes >= 1024 * 1024 ? megabytes(bytes) : String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
  }

  static String megabytes(double bytes) {
    return String.format(Locale.ROOT, "%.2f MB", bytes / (1024 * 1024));
  }
}
