package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.OciAssertions;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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
    try (ReliabilityCloud cloud = ReliabilityCloud.instant()) {
      OciNetworkProvider provider = cloud.provider();
      assertThat(provider.apply(provider.plan(net)).isSuccess()).isTrue();
      return cloud.snapshot(ReferenceNets.COMPARTMENT).signatures();
    }
  }

  private static void assertStormHit(ReliabilityCloud cloud) {
    List<ApiCall> calls = cloud.fake.calls().all();
    assertThat(calls).as("429s").anyMatch(c -> c.status() == 429);
    assertThat(calls).as("500s").anyMatch(c -> c.status() == 500);
    assertThat(calls).as("stale 404 reads").anyMatch(c -> !c.mutating() && c.status() == 404);
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("networksAndSeeds")
  void aSequentialApplyInAStormConvergesToTheCalmResult(String name, ResolvedNetwork net, long seed) {
    try (ReliabilityCloud cloud = ReliabilityCloud.autoAdvance()) {
      Storm.on(cloud.fake, seed);
      OciNetworkProvider provider = Storm.provider(cloud, 1);

      ApplyResult result = provider.apply(provider.plan(net));

      assertThat(result.isSuccess()).as("%s in a storm: %s", name, result).isTrue();
      assertStormHit(cloud);
      cloud.fake.faults().clear();
      assertThat(cloud.provider().plan(net).isEmpty()).as("%s: nothing left to do after the storm", name).isTrue();
      assertThat(cloud.snapshot(ReferenceNets.COMPARTMENT).signatures()).containsExactlyElementsOf(calmApply(net));
    }
  }

  @Test
  void aParallelApplyInAStormConvergesToTheCalmResult() {
    ResolvedNetwork net = ReferenceNets.PROD;
    try (ReliabilityCloud cloud = ReliabilityCloud.autoAdvance()) {
      Storm.on(cloud.fake, SEED + 100);
      OciNetworkProvider provider = Storm.provider(cloud, OciNetworkProvider.DEFAULT_PARALLELISM);

      ApplyResult result = provider.apply(provider.plan(net));

      assertThat(result.isSuccess()).as("parallel apply in a storm: %s", result).isTrue();
      assertStormHit(cloud);
      cloud.fake.faults().clear();
      assertThat(cloud.provider().plan(net).isEmpty()).isTrue();
      assertThat(cloud.snapshot(ReferenceNets.COMPARTMENT).signatures()).containsExactlyElementsOf(calmApply(net));
    }
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("networksAndSeeds")
  void aDestroyInAStormLeavesNothing(String name, ResolvedNetwork net, long seed) {
    try (ReliabilityCloud cloud = ReliabilityCloud.autoAdvance()) {
      OciNetworkProvider creator = cloud.provider();
      assertThat(creator.apply(creator.plan(net)).isSuccess()).isTrue();
      cloud.fake.calls().clear();
      Storm.on(cloud.fake, seed + 200);

      ApplyResult destroyed = Storm.provider(cloud, 1).destroy(net);

      assertThat(destroyed.isSuccess()).as("%s destroyed in a storm: %s", name, destroyed).isTrue();
      assertThat(cloud.fake.calls().all()).as("429s during the destroy").anyMatch(c -> c.status() == 429);
      cloud.fake.faults().clear();
      OciAssertions.assertThat(cloud.fake).hasNothingLeftIn(ReferenceNets.COMPARTMENT);
    }
  }
}
