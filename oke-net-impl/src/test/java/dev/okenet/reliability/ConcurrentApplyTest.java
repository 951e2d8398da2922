package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two processes apply the same network at the same moment, each with its own provider. Neither
 * throws; each either converges or reports its failures with OCI's code and message; no key is
 * ever owned twice (the deterministic retry tokens make the second create of a key answer with
 * the first resource); and a third apply afterwards reaches the calm result.
 */
class ConcurrentApplyTest {
  private static final int ROUNDS = 10;

  static Stream<Arguments> rounds() {
    return ReferenceNets.both().flatMap(n -> IntStream.rangeClosed(1, ROUNDS).mapToObj(r -> Arguments.of(n.get()[0], n.get()[1], r)));
  }

  private static final java.util.Map<String, List<String>> CALM = new java.util.concurrent.ConcurrentHashMap<>();

  private static List<String> calm(ResolvedNetwork net) {
    return CALM.computeIfAbsent(net.name(), n -> calmOnce(net));
  }

  private static List<String> calmOnce(ResolvedNetwork net) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider p = FakeOciProviders.reliabilityBuilder(fake).build();
      p.apply(p.plan(net));
      return CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures();
    }
  }

  /** Runs two applies of {@code net} at once; {@code planFirst} makes both plan before either applies. */
  private static List<ApplyResult> race(FakeOci fake, ResolvedNetwork net, boolean planFirst) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<ApplyResult>> runs = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
        OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
        Plan plan = planFirst ? provider.plan(net) : null;
        start.await(10, TimeUnit.SECONDS);
        return provider.apply(planFirst ? plan : provider.plan(net));
      })).toList();
      return List.of(runs.get(0).get(60, TimeUnit.SECONDS), runs.get(1).get(60, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertCleanAndConverging(FakeOci fake, ResolvedNetwork net, List<ApplyResult> results, String what) {
    for (ApplyResult r : results) {
      assertThat(r.failed()).as("%s: failures are reported with OCI's code and message", what)
          .allSatisfy(f -> assertThat(f.serviceCode() + f.message()).isNotBlank());
    }
    assertThat(CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).duplicateKeysOf(net.name())).as("%s: keys owned twice", what).isEmpty();
    OciNetworkProvider third = FakeOciProviders.reliabilityBuilder(fake).build();
    ApplyResult settled = third.apply(third.plan(net));
    assertThat(settled.isSuccess()).as("%s: a later apply converges: %s", what, settled).isTrue();
    assertThat(FakeOciProviders.reliabilityBuilder(fake).build().plan(net).isEmpty()).isTrue();
    assertThat(CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures()).as(what).containsExactlyElementsOf(calm(net));
  }

  @ParameterizedTest(name = "{0}, round {2}")
  @MethodSource("rounds")
  void twoAppliesPlannedBeforeEitherStartsMakeNoDuplicate(String name, ResolvedNetwork net, int round) throws Exception {
    try (FakeOci fake = FakeOci.create()) {
      List<ApplyResult> results = race(fake, net, true);

      assertCleanAndConverging(fake, net, results, name + " round " + round);
    }
  }

  @ParameterizedTest(name = "{0}, round {2}")
  @MethodSource("rounds")
  void twoPlanAndApplyRunsAtOnceMakeNoDuplicate(String name, ResolvedNetwork net, int round) throws Exception {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build()) {
      List<ApplyResult> results = race(fake, net, false);

      assertCleanAndConverging(fake, net, results, name + " round " + round);
    }
  }
}
