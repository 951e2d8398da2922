package dev.okenet.oci;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one place provider tests get their OCI from: a FakeOci and its three SDK interfaces (the
 * "doors"). Tests that need to observe requests wrap the VirtualNetwork door here, so a later
 * parameterisation over FakeOci's HTTP door changes only this class.
 *
 * <pre>{@code
 * try (FakeCloud cloud = FakeCloud.instant()) {
 *   Plan plan = cloud.provider().plan(net);
 * }
 * }</pre>
 */
final class FakeCloud implements AutoCloseable {
  final FakeOci fake;
  private final List<UnaryOperator<VirtualNetwork>> wrappers = new ArrayList<>();

  private FakeCloud(FakeOci fake) {
    this.fake = fake;
  }

  /** A fake whose resources are ready at once. */
  static FakeCloud instant() {
    return new FakeCloud(FakeOci.create());
  }

  /** A fake on a manual virtual clock with OCI's typical latencies. */
  static FakeCloud manualClock() {
    return new FakeCloud(FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build());
  }

  /** Wraps the VirtualNetwork door of every provider built from now on. */
  FakeCloud wrapVirtualNetwork(UnaryOperator<VirtualNetwork> wrapper) {
    wrappers.add(wrapper);
    return this;
  }

  VirtualNetwork virtualNetwork() {
    VirtualNetwork vn = fake.virtualNetwork();
    for (UnaryOperator<VirtualNetwork> w : wrappers) {
      vn = w.apply(vn);
    }
    return vn;
  }

  ContainerEngine containerEngine() {
    return fake.containerEngine();
  }

  NetworkLoadBalancer networkLoadBalancer() {
    return fake.networkLoadBalancer();
  }

  /** A builder wired to this fake: no real sleeping between retries, waiting in virtual time. */
  OciNetworkProvider.Builder providerBuilder() {
    return OciNetworkProvider.builder()
        .virtualNetwork(virtualNetwork())
        .containerEngine(containerEngine())
        .networkLoadBalancer(networkLoadBalancer())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
  }

  /** A fresh provider (no memory of any other) with the defaults. */
  OciNetworkProvider provider() {
    return providerBuilder().build();
  }

  @Override
  public void close() {
    fake.close();
  }
}
