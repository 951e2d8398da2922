package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.internal.cloud.AdaptivePacer;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.RateLimits;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Client-side pacing: an AIMD budget per operation family, shared by every provider holding it. */
class PacingTest {
  private final AtomicLong now = new AtomicLong();

  private AdaptivePacer pacer(double start) {
    return new AdaptivePacer((service, writes) -> start, true, 0.5, 1000, 1, now::get);
  }

  /** The default kind: 2 writes and 4 reads per second per service, paced while applies overlap or once throttled. */
  private AdaptivePacer whenNeeded() {
    return new AdaptivePacer((service, writes) -> writes ? 2 : 4, false, 0.5, 1000, 1, now::get);
  }

  @Test
  void aPacedFamilySendsItsRateEachSecondAndTheRestInTheNext() {
    AdaptivePacer p = pacer(2);

    assertThat(p.reserve("VirtualNetwork", "createVcn")).isEqualTo(Duration.ZERO);
    assertThat(p.reserve("VirtualNetwork", "createSubnet")).isEqualTo(Duration.ZERO);
    assertThat(p.reserve("VirtualNetwork", "createSubnet")).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.reserve("VirtualNetwork", "getVcn")).as("reads are another family").isEqualTo(Duration.ZERO);
  }

  @Test
  void aFractionalRateIsHeldExactlyOnAverage() {
    AdaptivePacer p = pacer(2.5);

    long inFirstTwoSeconds = IntStream.range(0, 20).mapToObj(i -> p.reserve("VirtualNetwork", "createVcn"))
        .filter(d -> d.compareTo(Duration.ofSeconds(2)) < 0).count();

    assertThat(inFirstTwoSeconds).as("2.5 a second: 5 in two seconds, not 2 + 2").isEqualTo(5);
  }

  @Test
  void aCallerBehindInTimeIsPlacedByItsOwnTime() {
    AdaptivePacer p = pacer(1);
    now.set(60_000);
    p.reserve("VirtualNetwork", "createVcn");

    now.set(5_000);

    assertThat(p.reserve("VirtualNetwork", "createVcn")).isEqualTo(Duration.ZERO);
  }

  @Test
  void aThrottleHalvesTheRateOncePerCongestionEvent() {
    AdaptivePacer p = pacer(8);

    p.throttled("VirtualNetwork", "createVcn");
    p.throttled("VirtualNetwork", "createSubnet");   // in flight with the first: the same event

    assertThat(p.rate("VirtualNetwork:write")).isEqualTo(4);
    now.addAndGet(1000);
    p.throttled("VirtualNetwork", "createVcn");
    assertThat(p.rate("VirtualNetwork:write")).isEqualTo(2);
  }

  @Test
  void successesRaiseTheRateByOneCallPerSecondPerSecond() {
    AdaptivePacer p = pacer(4);

    for (int i = 0; i < 4; i++) {
      p.succeeded("VirtualNetwork", "createVcn");
    }

    assertThat(p.rate("VirtualNetwork:write")).isBetween(4.9, 5.0);
  }

  @Test
  void oneApplyAloneIsNotPacedUntilItsFirstThrottle() {
    AdaptivePacer p = whenNeeded();

    try (var hold = p.hold(1)) {
      assertThat(IntStream.range(0, 100).mapToObj(i -> p.reserve("VirtualNetwork", "createVcn"))).allMatch(Duration::isZero);
      p.throttled("VirtualNetwork", "createVcn");

      assertThat(p.rate("VirtualNetwork:write")).as("starts at its start rate, not halved").isEqualTo(2);
      assertThat(IntStream.range(0, 3).mapToObj(i -> p.reserve("VirtualNetwork", "createVcn"))).anyMatch(d -> !d.isZero());
      assertThat(p.reserve("VirtualNetwork", "getVcn")).as("another family is still unpaced").isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void overlappingAppliesArePacedFromTheirFirstCall() {
    AdaptivePacer p = whenNeeded();

    try (var a = p.hold(1); var b = p.hold(1)) {
      assertThat(p.reserve("VirtualNetwork", "createVcn")).isEqualTo(Duration.ZERO);
      assertThat(p.reserve("VirtualNetwork", "createVcn")).isEqualTo(Duration.ZERO);
      assertThat(p.reserve("VirtualNetwork", "createVcn")).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void pacingStopsWhenTheOverlapEnds() {
    AdaptivePacer p = whenNeeded();
    var a = p.hold(1);
    var b = p.hold(1);
    b.close();
    b.close();   // a second release changes nothing

    assertThat(IntStream.range(0, 10).mapToObj(i -> p.reserve("VirtualNetwork", "createVcn"))).allMatch(Duration::isZero);
    a.close();
  }

  @Test
  void aThrottleWhilePacedHalvesTheRate() {
    AdaptivePacer p = whenNeeded();

    try (var hold = p.hold(2)) {
      p.throttled("VirtualNetwork", "createVcn");
    }

    assertThat(p.rate("VirtualNetwork:write")).isEqualTo(1);
  }

  @Test
  void theDefaultStartsAtTheDocumentedRates() {
    Pacing pacing = Pacing.adaptive();

    assertThat(pacing.rate("VirtualNetwork", true)).isEqualTo(Pacing.DEFAULT_WRITES_PER_SECOND);
    assertThat(pacing.rate("ContainerEngine", true)).isEqualTo(Pacing.DEFAULT_SLOW_WRITES_PER_SECOND);
    assertThat(pacing.rate("VirtualNetwork", false)).isEqualTo(Pacing.DEFAULT_READS_PER_SECOND);
  }

  @Test
  void aNonPositiveRateIsRefusedWithTheFix() {
    assertThatThrownBy(() -> Pacing.adaptive(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pacing.off()");
  }

  /** Five networks (network only) applied at once against FakeOci's default rate limits, in virtual time. */
  private static long throttledApplies(Pacing pacing) {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).rateLimits(RateLimits.oracleDefaults()).build()) {
      Pacing timed = pacing.withTime(() -> fake.clock().callerElapsed().toMillis());
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork()).networkOnly(true)
          .retryPolicy(RetryPolicy.defaults().withMaxAttempts(30).withSleeper(fake.clock()::sleep))
          .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()))
          .pacing(timed).build();
      List<ResolvedNetwork> nets = IntStream.range(0, 5)
          .mapToObj(i -> ReferenceNetworks.prod().toBuilder().name("paced" + i).build().resolve()).toList();
      var results = provider.apply(provider.planEstate(nets));
      assertThat(results.values()).allMatch(ApplyResult::isSuccess);
      return fake.calls().all().stream().filter(c -> c.status() == 429).count();
    }
  }

  @Test
  void pacingKeepsConcurrentAppliesUnderTheRateLimit() {
    long paced = throttledApplies(Pacing.adaptive(9, 18));
    long unpaced = throttledApplies(Pacing.off());

    assertThat(unpaced).isPositive();
    assertThat(paced).isLessThan(unpaced / 4 + 1);
  }

  @Test
  void theDefaultPacingKeepsAnEstateUnderTheRateLimit() {
    long paced = throttledApplies(Pacing.adaptive());
    long unpaced = throttledApplies(Pacing.off());

    assertThat(unpaced).isPositive();
    assertThat(paced).isLessThan(unpaced / 4 + 1);
  }
}
