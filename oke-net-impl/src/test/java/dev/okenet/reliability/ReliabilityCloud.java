package dev.okenet.reliability;

import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;

/**
 * A FakeOci and the providers the reliability suites build on it. Every provider is a fresh
 * instance with no memory of another, the way a new process after a crash is: retries never sleep
 * in real time, waits happen in virtual time, and ingress NLBs are on so the suites cover every
 * kind the provider manages.
 *
 * <pre>{@code
 * try (ReliabilityCloud cloud = ReliabilityCloud.instant()) {
 *   OciNetworkProvider provider = cloud.provider();
 *   provider.apply(provider.plan(net));
 * }
 * }</pre>
 */
final class ReliabilityCloud implements AutoCloseable {
  final FakeOci fake;

  private ReliabilityCloud(FakeOci fake) {
    this.fake = fake;
  }

  /** Resources are ready by the first read after their create. */
  static ReliabilityCloud instant() {
    return new ReliabilityCloud(FakeOci.create());
  }

  /** OCI's typical latencies; reads that see a resource mid-transition move the virtual clock. */
  static ReliabilityCloud autoAdvance() {
    return new ReliabilityCloud(FakeOci.builder().clock(VirtualClock.Mode.AUTO_ADVANCE).build());
  }

  /** A builder wired to this fake's three services. */
  OciNetworkProvider.Builder providerBuilder() {
    return OciNetworkProvider.builder()
        .virtualNetwork(fake.virtualNetwork())
        .containerEngine(fake.containerEngine())
        .networkLoadBalancer(fake.networkLoadBalancer())
        .identity(fake.identity())
        .ingressLoadBalancers(true)
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> fake.clock().advance(d)))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
  }

  /** A fresh provider. */
  OciNetworkProvider provider() {
    return providerBuilder().build();
  }

  /** What the compartment holds now, read through the SDK. */
  CloudSnapshot snapshot(String compartmentId) {
    return CloudSnapshot.read(fake, compartmentId);
  }

  @Override
  public void close() {
    fake.close();
  }
}
