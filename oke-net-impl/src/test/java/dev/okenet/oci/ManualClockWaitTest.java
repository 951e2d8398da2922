package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.waiter.FixedTimeDelayStrategy;
import com.oracle.bmc.waiter.MaxAttemptsTerminationStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A provider on a MANUAL-clock FakeOci: the README's wait strategy (the clock's own) applies in
 * virtual time; a wait strategy that pauses in real time (as {@link WaitStrategy#sdkDefault()}
 * does, up to 20 minutes) is stopped by FakeOci after a few polls, and the apply names the fix.
 */
class ManualClockWaitTest {
  private final FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).stalledWaitAfter(Duration.ZERO).build();

  @AfterEach
  void close() {
    fake.close();
  }

  private OciNetworkProvider provider(WaitStrategy wait) {
    return OciNetworkProvider.builder()
        .virtualNetwork(fake.virtualNetwork())
        .containerEngine(fake.containerEngine())
        .networkLoadBalancer(fake.networkLoadBalancer())
        .availabilityDomains(fake.availabilityDomains())
        .waitStrategy(wait)
        .build();
  }

  @Test
  void theClocksOwnWaitStrategyAppliesInVirtualTime() {
    OciNetworkProvider provider = provider(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));

    ApplyResult result = provider.apply(provider.plan(ReferenceNetworks.prod().resolve()));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(fake.clock().elapsed()).isPositive();
  }

  /** Stands in for the SDK's default waiters without their real pauses: polls, and never moves the clock. */
  @Test
  void aRealTimeWaitOnAManualClockFailsAtOnceWithTheFix() {
    OciNetworkProvider provider = provider(WaitStrategy.of(new MaxAttemptsTerminationStrategy(1000), new FixedTimeDelayStrategy(0)));

    ApplyResult result = provider.apply(provider.plan(ReferenceNetworks.prod().resolve()));

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.failed()).first().satisfies(f -> {
      assertThat(f.serviceCode()).isEqualTo("FakeOciClockStalled");
      assertThat(f.message()).contains("MANUAL", "WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())");
    });
    assertThat(fake.calls().count("getVcn")).isLessThanOrEqualTo(3);
  }
}
