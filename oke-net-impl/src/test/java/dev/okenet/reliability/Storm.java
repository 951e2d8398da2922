package dev.okenet.reliability;

import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ResourceKind;
import java.time.Duration;

/**
 * The fault storm the issue asks for, armed on a FakeOci: 30% of all calls answer 429, 5% answer
 * 500 (half of those after the call took effect, as when a response is lost), every new resource
 * answers 404 to its first two reads (eventual consistency), and one call in ten takes 30 s more
 * of virtual time. FakeOci uses the first rule that fires, so the 500 rule's own probability is
 * 5% of the 70% the 429 rule lets through. Seeded: with one worker the storm falls on the same
 * calls every run.
 *
 * <pre>{@code
 * Storm.on(fake, 42L);
 * provider.apply(plan);
 * Storm.injected(fake.calls().all());   // failures the storm caused
 * }</pre>
 */
final class Storm {
  /**
   * Attempts per call in a storm: the provider's default. The two 404s after a create and the
   * throttled polls of a wait don't take attempts (a wait resumes on its own budgets), so the
   * default is enough: the storms converge with it.
   */
  static final int ATTEMPTS = RetryPolicy.defaults().maxAttempts();
  static final double TOO_MANY_REQUESTS = 0.30;
  static final double INTERNAL_ERRORS = 0.05;
  static final int STALE_READS = 2;
  static final double SLOW = 0.10;
  static final Duration SLOW_BY = Duration.ofSeconds(30);

  private Storm() {}

  static void on(FakeOci fake, long seed) {
    double afterThrottling = INTERNAL_ERRORS / (1 - TOO_MANY_REQUESTS);
    fake.faults()
        .onAnyCall().withProbability(TOO_MANY_REQUESTS, seed).respond(Fault.tooManyRequests())
        .onAnyCall().withProbability(afterThrottling / 2, seed + 1).respond(Fault.internalServerError())
        .onAnyCall().withProbability(afterThrottling / (2 - afterThrottling), seed + 2)
        .respond(Fault.internalServerError().afterTakingEffect())
        .onAnyCall().withProbability(SLOW, seed + 3).respond(Fault.latency(SLOW_BY));
    for (ResourceKind kind : ResourceKind.values()) {
      fake.faults().readsNotFoundAfterCreate(kind, STALE_READS);
    }
  }

  /** A provider for {@code fake} that weathers the storm, working on {@code parallelism} resources at once. */
  static OciNetworkProvider provider(FakeOci fake, int parallelism) {
    return FakeOciProviders.reliabilityBuilder(fake).parallelism(parallelism)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(ATTEMPTS).withSleeper(d -> fake.clock().advance(d))).build();
  }

  /** Whether a logged call failed because of the storm (429, 500, or a stale 404 read). */
  static boolean injected(ApiCall call) {
    return call.status() == 429 || call.status() == 500 || (!call.mutating() && call.status() == 404);
  }
}
