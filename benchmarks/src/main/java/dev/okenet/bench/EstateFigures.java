package dev.okenet.bench;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Pacing;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.RateLimits;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The estate figures of issue 20, deterministic (call counts, and makespans on FakeOci's virtual
 * clock), printed as Markdown:
 *
 * <ol>
 *   <li>reads of a no-change plan of 1, 10 and 50 networks of one compartment, planned together
 *       ({@code planEstate}, one read) and one by one ({@code plan} each);
 *   <li>twenty networks (network only: the rate limit, not OKE's provisioning, bounds them)
 *       applied at once against FakeOci's documented rate limits ({@link RateLimits#oracleDefaults()}),
 *       with client-side pacing and without: 429 answers, makespan, and the bound the limits set —
 *       the larger of the unthrottled makespan and, for the busiest operation family, its
 *       successful calls less one burst divided by its rate.
 * </ol>
 *
 * <pre>
 * java -cp ... dev.okenet.bench.EstateFigures
 * </pre>
 */
public final class EstateFigures {
  private static final int[] ESTATE_SIZES = {1, 10, 50};
  private static final int APPLIED_AT_ONCE = 20;

  private EstateFigures() {}

  /** How many times each pacing is run: the estate's networks are threads as callers, so runs differ. */
  private static final int RUNS = 5;

  /**
   * Prints the figures; with a results folder as the argument, also writes {@code issue20-extra.json}
   * there (rows 1 and 2 of RESULTS.md's issue 20 table, read by {@link Report}).
   */
  public static void main(String[] args) throws java.io.IOException {
    StringBuilder md = new StringBuilder();
    md.append("### Estate planning: reads of a no-change plan, one compartment\n\n");
    md.append("| networks | planned together (one read) | planned one by one | ratio |\n|---:|---:|---:|---:|\n");
    List<String> readsRow = new java.util.ArrayList<>();
    List<String> oneByOneRow = new java.util.ArrayList<>();
    for (int n : ESTATE_SIZES) {
      long[] reads = reads(n);
      md.append(String.format("| %d | %d | %d | %.1f × |%n", n, reads[0], reads[1], (double) reads[1] / reads[0]));
      readsRow.add(n + ": " + reads[0]);
      oneByOneRow.add(n + ": " + reads[1]);
    }
    md.append("\n### ").append(APPLIED_AT_ONCE).append(" networks applied at once under FakeOci's rate limits (virtual time)\n\n");
    md.append("| pacing | 429 answers (median; runs) | makespan (median; runs) | bound | makespan ÷ bound (median) |\n"
        + "|---|---:|---:|---:|---:|\n");
    Run unthrottled = apply(Pacing.off(), RateLimits.none());
    Map<String, String> summary = new java.util.LinkedHashMap<>();
    Map<String, Pacing> pacings = new java.util.LinkedHashMap<>();
    pacings.put("default (`Pacing.adaptive()`: from the start rates while applies overlap, AIMD on 429)", Pacing.adaptive());
    pacings.put("every call paced from writes 10/s, reads 20/s per service (`Pacing.adaptive(10, 20)`)", Pacing.adaptive(10, 20));
    pacings.put("off (`Pacing.off()`: 429s only retried)", Pacing.off());
    for (Map.Entry<String, Pacing> e : pacings.entrySet()) {
      List<Run> runs = new java.util.ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        runs.add(apply(e.getValue(), RateLimits.oracleDefaults()));
      }
      List<Long> throttled = runs.stream().map(Run::throttled).sorted().toList();
      List<Double> makespans = runs.stream().map(r -> seconds(r.makespan())).sorted().toList();
      Duration familyBound = runs.stream().map(Run::familyBound).max(Duration::compareTo).orElseThrow();
      double bound = seconds(familyBound.compareTo(unthrottled.makespan()) > 0 ? familyBound : unthrottled.makespan());
      double ratio = makespans.get(RUNS / 2) / bound;
      md.append(String.format("| %s | %d; %s | %.1f s; %s | %.1f s | %.2f |%n", e.getKey(), throttled.get(RUNS / 2), throttled,
          makespans.get(RUNS / 2), makespans, bound, ratio));
      summary.put(e.getKey().replaceAll(" \\(.*", ""), String.format("%d 429s, %.1f s = %.2f × bound %.1f s", throttled.get(RUNS / 2),
          makespans.get(RUNS / 2), ratio, bound));
      if (e.getValue().isOn() && e.getKey().startsWith("default")) {
        summary.put("defaultMet", String.valueOf(throttled.get(RUNS / 2) <= 10 && ratio <= 1.15));
      }
    }
    md.append(String.format("%nUnthrottled makespan of the same apply: %.1f s. Limits: %s. %d runs each; the bound is the larger of "
        + "the unthrottled makespan and, for the busiest family, its successful calls less one burst over its rate.%n",
        seconds(unthrottled.makespan()), RateLimits.oracleDefaults(), RUNS));
    System.out.print(md);
    if (args.length == 1) {
      java.nio.file.Path out = java.nio.file.Path.of(args[0]);
      java.nio.file.Files.writeString(out.resolve("estate-figures.md"), md.toString());
      var json = new com.fasterxml.jackson.databind.ObjectMapper();
      var rows = json.createArrayNode();
      rows.addObject().put("item", "1").put("figure", "reads of a no-change plan of 1, 10 and 50 networks of one compartment, "
          + "planned together against one by one").put("target", "one list per kind per compartment")
          .put("baseline", "one by one: " + String.join(", ", oneByOneRow)).put("measured", "together: " + String.join(", ", readsRow))
          .put("met", "met");
      boolean met = Boolean.parseBoolean(summary.get("defaultMet"));
      rows.addObject().put("item", "2").put("figure", "429 answers and makespan of " + APPLIED_AT_ONCE + " concurrent applies (network "
          + "only) against the throttled fake, default pacing, median of " + RUNS + " runs")
          .put("target", "few or no 429s, close to the bound")
          .put("baseline", "pacing off: " + summary.get("off"))
          .put("measured", "default pacing: " + summary.get("default"))
          .put("met", met ? "met" : "**missed**, see RESULTS.md");
      json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("issue20-extra.json").toFile(), rows);
    }
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static List<ResolvedNetwork> estate(int n) {
    return IntStream.range(0, n).mapToObj(i -> ReferenceNetworks.prod().toBuilder().name("estate-" + i).build().resolve()).toList();
  }

  /** {reads planned together, reads planned one by one} of a no-change plan of {@code n} applied networks. */
  private static long[] reads(int n) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
          .containerEngine(fake.containerEngine()).networkLoadBalancer(fake.networkLoadBalancer())
          .identity(fake.identity()).retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
          .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())).build();
      List<ResolvedNetwork> nets = estate(n);
      Map<String, ApplyResult> applied = provider.apply(provider.planEstate(nets));
      if (!applied.values().stream().allMatch(ApplyResult::isSuccess)) {
        throw new IllegalStateException("the estate did not apply: " + applied);
      }
      fake.calls().clear();
      if (!provider.planEstate(nets).isEmpty()) {
        throw new IllegalStateException("a no-change estate plan has changes");
      }
      long together = fake.calls().size();
      fake.calls().clear();
      nets.forEach(provider::plan);
      long oneByOne = fake.calls().size();
      return new long[] {together, oneByOne};
    }
  }

  private record Run(long throttled, Duration makespan, Duration familyBound) {}

  private static Run apply(Pacing pacing, RateLimits limits) {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).rateLimits(limits).build()) {
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork()).networkOnly(true)
          .retryPolicy(RetryPolicy.defaults().withMaxAttempts(50).withSleeper(fake.clock()::sleep))
          .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()))
          .pacing(pacing.withTime(() -> fake.clock().callerElapsed().toMillis())).build();
      Map<String, ApplyResult> results = provider.apply(provider.planEstate(estate(APPLIED_AT_ONCE)));
      if (!results.values().stream().allMatch(ApplyResult::isSuccess)) {
        throw new IllegalStateException("the estate did not apply under " + pacing + ": " + results);
      }
      Map<String, Long> ok = new TreeMap<>();
      long throttled = 0;
      for (ApiCall c : fake.calls().all()) {
        if (c.status() == 429) {
          throttled++;
        } else {
          ok.merge(c.service() + (RateLimits.isWrite(c.operation()) ? ":write" : ":read"), 1L, Long::sum);
        }
      }
      double bound = 0;
      for (Map.Entry<String, Long> e : ok.entrySet()) {
        String[] family = e.getKey().split(":");
        var limit = limits.limit(family[0], family[1].equals("write"));
        if (limit.isPresent()) {
          bound = Math.max(bound, Math.max(0, e.getValue() - limit.get().burst()) / limit.get().perSecond());
        }
      }
      return new Run(throttled, fake.clock().elapsed(), Duration.ofMillis((long) (bound * 1000)));
    }
  }
}
