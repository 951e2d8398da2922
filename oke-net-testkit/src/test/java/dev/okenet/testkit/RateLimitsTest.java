package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** FakeOci's throttling: a token bucket per operation family in virtual caller time, off by default. */
class RateLimitsTest {
  private static final String COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexample";

  private static FakeOci throttled(double perSecond, double burst) {
    return FakeOci.builder().clock(VirtualClock.Mode.MANUAL)
        .rateLimits(RateLimits.none().with("VirtualNetwork", false, perSecond, burst)).build();
  }

  private static void list(VirtualNetwork vn) {
    vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build());
  }

  @Test
  void aFamilyAnswers429OnceItsBurstIsSpent() {
    try (FakeOci fake = throttled(2, 3)) {
      for (int i = 0; i < 3; i++) {
        list(fake.virtualNetwork());
      }

      assertThatThrownBy(() -> list(fake.virtualNetwork())).isInstanceOfSatisfying(BmcException.class, e -> {
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getServiceCode()).isEqualTo("TooManyRequests");
      });
      assertThat(fake.calls().of("listVcns")).extracting(ApiCall::status).containsExactly(200, 200, 200, 429);
    }
  }

  @Test
  void theBucketRefillsAtItsRateInVirtualTime() {
    try (FakeOci fake = throttled(2, 2)) {
      list(fake.virtualNetwork());
      list(fake.virtualNetwork());
      fake.clock().sleep(Duration.ofMillis(999));
      assertThatThrownBy(() -> list(fake.virtualNetwork())).isInstanceOf(BmcException.class);

      fake.clock().sleep(Duration.ofMillis(1));
      list(fake.virtualNetwork());
      list(fake.virtualNetwork());
    }
  }

  @Test
  void aCallerAheadInVirtualTimeDoesNotSpendTheBudgetOfCallersBehindIt() throws Exception {
    try (FakeOci fake = throttled(1, 1)) {
      Thread ahead = new Thread(() -> {
        fake.clock().sleep(Duration.ofSeconds(60));
        list(fake.virtualNetwork());
      });
      ahead.start();
      ahead.join();

      list(fake.virtualNetwork());

      assertThat(fake.calls().of("listVcns")).extracting(ApiCall::status).containsExactly(200, 200);
    }
  }

  @Test
  void writesAndReadsAreSeparateFamilies() {
    try (FakeOci fake = throttled(1, 1)) {
      list(fake.virtualNetwork());

      fake.virtualNetwork().createVcn(com.oracle.bmc.core.requests.CreateVcnRequest.builder().createVcnDetails(
          com.oracle.bmc.core.model.CreateVcnDetails.builder().compartmentId(COMPARTMENT)
              .cidrBlocks(java.util.List.of("10.0.0.0/16")).build()).build());

      assertThat(fake.calls().mutating()).extracting(ApiCall::status).containsExactly(200);
    }
  }

  @Test
  void aFakeIsNotThrottledByDefault() {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
      for (int i = 0; i < 200; i++) {
        list(fake.virtualNetwork());
      }

      assertThat(fake.calls().of("listVcns")).allMatch(c -> c.status() == 200);
    }
  }

  @Test
  void oracleDefaultsLimitEveryServicesReadsAndWrites() {
    RateLimits d = RateLimits.oracleDefaults();

    assertThat(d.limit("VirtualNetwork", true)).contains(new RateLimits.Limit(10, 20));
    assertThat(d.limit("ContainerEngine", true)).contains(new RateLimits.Limit(5, 10));
    assertThat(d.limit("NetworkLoadBalancer", false)).contains(new RateLimits.Limit(20, 40));
  }
}
