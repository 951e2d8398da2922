package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.OciAssertions;
import dev.okenet.testkit.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies and destroys under a {@link Storm} (30% 429, 5% 500 with lost responses among them,
 * 404 reads right after every create, slow provisioning on OCI's typical latencies) converge to
 * exactly what a calm run reaches.
 */
class FaultStormTest {
  private static final long SEED = 20_240_611L;
  /** Storms per network and direction: each seed puts the faults on other calls. */
  private static final int SEEDS = 10;

  static Stream<Arguments> networksAndSeeds() {
    return ReferenceNets.both().flatMap(n -> LongStream.range(0, SEEDS)
        .mapToObj(i -> Arguments.of(n.get()[0], n.get()[1], SEED + 1000 * i)));
  }

  private static final java.util.Map<String, List<String>> CALM = new java.util.concurrent.ConcurrentHashMap<>();

  private static List<String> calmApply(ResolvedNetwork net) {
    return CALM.computeIfAbsent(net.name(), n -> calmApplyOnce(net));
  }

  private static List<String> calmApplyOnce(ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      assertThat(provider.apply(provider.plan(net)).isSuccess()).isTrue();
      return CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures();
    }
  }

  /**
   * What the seeded storms injected, summed over the sequential applies and destroys: 429s, 500s,
   * stale 404 reads, and the runs counted. {@code reliability-figures.md} and the README quote these
   * sums; the check after the class keeps them true. The faults are seeded, but which call meets
   * them depends a little on how the apply's threads interleave, so the sums vary by about 1% from
   * run to run and the documents say "about".
   */
  private static final AtomicLongArray TALLY = new AtomicLongArray(4);
  /** How far a run's sum may stray from the documented one: several times the spread seen over runs. */
  private static final double TOLERANCE = 0.05;

  private static void tally(FakeOci fake) {
    for (ApiCall c : fake.calls().all()) {
      if (c.status() == 429) {
        TALLY.incrementAndGet(0);
      } else if (c.status() == 500) {
        TALLY.incrementAndGet(1);
      } else if (!c.mutating() && c.status() == 404) {
        TALLY.incrementAndGet(2);
      }
    }
    TALLY.incrementAndGet(3);
  }

  /** The figures document and the README quote what the storms inject; when every seeded run ran, they must agree. */
  @AfterAll
  static void theDocumentsQuoteWhatTheSeededStormsInjected() throws IOException {
    if (TALLY.get(3) != 4L * SEEDS) {
      return; // a filtered run (one method or one seed) cannot add up to the documents' sums
    }
    String figures = Files.readString(Path.of("src/test/resources/reliability-figures.md"));
    Matcher doc = Pattern.compile("one worker: about ([\\d,]+) × 429, about ([\\d,]+) × 500 .*?, about ([\\d,]+) stale 404 reads")
        .matcher(figures);
    assertThat(doc.find()).as("reliability-figures.md names the storms' 429s, 500s and stale 404 reads").isTrue();
    assertNear(doc, "reliability-figures.md");
    String readme = Files.readString(Path.of("../README.md"));
    Matcher row = Pattern.compile("\\| faults injected \\| \\*\\*about [\\d,]+\\*\\*: about ([\\d,]+) × 429, about ([\\d,]+) × 500 .*?, about ([\\d,]+) stale 404s")
        .matcher(readme);
    assertThat(row.find()).as("the README's Reliability table has a 'faults injected' row").isTrue();
    assertNear(row, "the README's 'faults injected' row");
  }

  private static void assertNear(Matcher quoted, String where) {
    String[] what = {"429s", "500s", "stale 404 reads"};
    for (int i = 0; i < what.length; i++) {
      long documented = number(quoted.group(i + 1));
      assertThat((double) TALLY.get(i)).as("%s the seeded storms injected, against %s's %d; update the documents when the storms change",
          what[i], where, documented).isCloseTo(documented, org.assertj.core.api.Assertions.withinPercentage(100 * TOLERANCE));
    }
  }

  private static long number(String text) {
    return Long.parseLong(text.replace(",", ""));
  }

  private static void assertStormHit(FakeOci fake) {
    List<ApiCall> calls = fake.calls().all();
    assertThat(calls).as("429s").anyMatch(c -> c.status() == 429);
    assertThat(calls).as("500s").anyMatch(c -> c.status() == 500);
    assertThat(calls).as("stale 404 reads").anyMatch(c -> !c.mutating() && c.status() == 404);
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("networksAndSeeds")
  void aSequentialApplyInAStormConvergesToTheCalmResult(String name, ResolvedNetwork net, long seed) {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build()) {
      Storm.on(fake, seed);
      OciNetworkProvider provider = Storm.provider(fake, 1);

      ApplyResult result = provider.apply(provider.plan(net));

      assertThat(result.isSuccess()).as("%s in a storm: %s", name, result).isTrue();
      assertStormHit(fake);
      tally(fake);
      fake.faults().clear();
      assertThat(FakeOciProviders.reliabilityBuilder(fake).build().plan(net).isEmpty()).as("%s: nothing left to do after the storm", name).isTrue();
      assertThat(CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures()).containsExactlyElementsOf(calmApply(net));
    }
  }

  @Test
  void aParallelApplyInAStormConvergesToTheCalmResult() {
    ResolvedNetwork net = ReferenceNets.PROD;
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build()) {
      Storm.on(fake, SEED + 100);
      OciNetworkProvider provider = Storm.provider(fake, OciNetworkProvider.DEFAULT_PARALLELISM);

      ApplyResult result = provider.apply(provider.plan(net));

      assertThat(result.isSuccess()).as("parallel apply in a storm: %s", result).isTrue();
      assertStormHit(fake);
      fake.faults().clear();
      assertThat(FakeOciProviders.reliabilityBuilder(fake).build().plan(net).isEmpty()).isTrue();
      assertThat(CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures()).containsExactlyElementsOf(calmApply(net));
    }
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("networksAndSeeds")
  void aDestroyInAStormLeavesNothing(String name, ResolvedNetwork net, long seed) {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build()) {
      OciNetworkProvider creator = FakeOciProviders.reliabilityBuilder(fake).build();
      assertThat(creator.apply(creator.plan(net)).isSuccess()).isTrue();
      fake.calls().clear();
      Storm.on(fake, seed + 200);

      ApplyResult destroyed = Storm.provider(fake, 1).destroy(net);

      assertThat(destroyed.isSuccess()).as("%s destroyed in a storm: %s", name, destroyed).isTrue();
      tally(fake);
      assertThat(fake.calls().all()).as("429s during the destroy").anyMatch(c -> c.status() == 429);
      fake.faults().clear();
      OciAssertions.assertThat(fake).hasNothingLeftIn(ReferenceNets.COMPARTMENT);
    }
  }
}
