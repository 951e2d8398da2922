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

  public static void main(String[] args) {
    System.out.println("## Estate planning: reads of a no-change plan, one compartment\n");
    System.out.println("| networks | planned together (one read) | planned one by one | ratio |");
    System.out.println("|---|---|---|---|");
    for (int n : ESTATE_SIZES) {
      long[] reads = reads(n);
      System.out.printf("| %d | %d | %d | %.1f × |%n", n, reads[0], reads[1], (double) reads[1] / reads[0]);
    }
    System.out.println();
    System.out.println("## " + APPLIED_AT_ONCE + " networks applied at once under FakeOci's rate limits (virtual time)\n");
    System.out.println("| pacing | 429 answers | makespan | bound | makespan ÷ bound |");
    System.out.println("|---|---|---|---|---|");
    Run unthrottled = apply(Pacing.off(), RateLimits.none());
    for (Map.Entry<String, Pacing> e : Map.of("adaptive, started at the limits (writes 10/s, reads 20/s per service)", Pacing.adaptive(10, 20),
        "adaptive, learning from 429s (default)", Pacing.adaptive(), "off", Pacing.off()).entrySet()) {
      Run r = apply(e.getValue(), RateLimits.oracleDefaults());
      Duration bound = r.familyBound().compareTo(unthrottled.makespan()) > 0 ? r.familyBound() : unthrottled.makespan();
      System.out.printf("| %s | %d | %.1f s | %.1f s | %.2f |%n", e.getKey(), r.throttled(), seconds(r.makespan()),
          seconds(bound), seconds(r.makespan()) / seconds(bound));
    }
    System.out.printf("%nUnthrottled makespan of the same apply: %.1f s. Limits: %s.%n", seconds(unthrottled.makespan()),
        RateLimits.oracleDefaults());
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
