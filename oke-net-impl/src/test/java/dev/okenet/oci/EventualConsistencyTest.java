package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.internal.cloud.Calls;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.junit.FakeOciTest;
import org.junit.jupiter.api.Test;

/**
 * OCI is eventually consistent right after a create: the new OCID may read 404 for a moment. The
 * wait after a create tolerates that on a budget of its own ({@link Calls#NOT_FOUND_POLLS}),
 * leaving the retry policy's attempts to the mutating call; a throttled poll resumes the wait on
 * a budget of its own too ({@link Calls#WAIT_INTERRUPTIONS}). Both still give up in the end. On
 * the manual clock the VCN's create answers PROVISIONING, so the VCN is waited for (a create
 * answered AVAILABLE is not: {@link AnsweredStateTest}).
 */
@FakeOciTest(clock = VirtualClock.Mode.MANUAL)
class EventualConsistencyTest {
  FakeOci oci;

  private OciNetworkProvider twoAttempts() {
    return FakeOciProviders.builder(oci).retryPolicy(RetryPolicy.defaults().withMaxAttempts(2).withSleeper(d -> { })).build();
  }

  @Test
  void notFoundReadsAfterACreateDoNotUseUpTheRetryAttempts() {
    oci.faults().readsNotFoundAfterCreate(ResourceKind.VCN, 5);
    OciNetworkProvider provider = twoAttempts();

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(oci.calls().of("getVcn")).filteredOn(c -> c.status() == 404).hasSize(5);
  }

  @Test
  void aResourceThatNeverShowsAfterItsCreateFailsTheApplyWith404() {
    oci.faults().readsNotFoundAfterCreate(ResourceKind.VCN, Calls.NOT_FOUND_POLLS + 5);
    OciNetworkProvider provider = twoAttempts();

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ResourceKey.vcn());
      assertThat(f.status()).isEqualTo(404);
    });
  }

  @Test
  void throttledPollsOfAWaitResumeWithoutUsingUpTheRetryAttempts() {
    for (int n = 1; n <= 5; n++) {
      oci.faults().on("getVcn").onNthCall(n).respond(Fault.tooManyRequests());
    }
    OciNetworkProvider provider = twoAttempts();

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(oci.calls().of("getVcn")).filteredOn(c -> c.status() == 429).hasSize(5);
  }

  @Test
  void aWaitThatStaysThrottledStillFailsWith429() {
    oci.faults().on("getVcn").onEveryCall().respond(Fault.tooManyRequests());
    OciNetworkProvider provider = twoAttempts();

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ResourceKey.vcn());
      assertThat(f.status()).isEqualTo(429);
    });
    assertThat(oci.calls().of("getVcn")).hasSizeGreaterThanOrEqualTo(Calls.WAIT_INTERRUPTIONS);
  }
}
