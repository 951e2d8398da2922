package dev.okenet.oci;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one place provider tests get their OCI from: a FakeOci and its three SDK interfaces,
 * through one {@link Door} (in process, or the SDK's real clients over FakeOci's loopback HTTP).
 * Tests that need to observe requests wrap the VirtualNetwork door here.
 *
 * <pre>{@code
 * try (FakeCloud cloud = FakeCloud.instant(Door.HTTP)) {
 *   Plan plan = cloud.provider().plan(net);
 * }
 * }</pre>
 */
final class FakeCloud implements AutoCloseable {
  final FakeOci fake;
  final Door door;
  private final List<UnaryOperator<VirtualNetwork>> wrappers = new ArrayList<>();

  private FakeCloud(FakeOci fake, Door door) {
    this.fake = fake;
    this.door = door;
  }

  /** A fake whose resources are ready at once, behind the in-process door. */
  static FakeCloud instant() {
    return instant(Door.IN_PROCESS);
  }

  /** A fake whose resources are ready at once, behind {@code door}. */
  static FakeCloud instant(Door door) {
    return new FakeCloud(FakeOci.create(), door);
  }

  /** A fake on a manual virtual clock with OCI's typical latencies. */
  static FakeCloud manualClock() {
    return new FakeCloud(FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build(), Door.IN_PROCESS);
  }

  /** Wraps the VirtualNetwork door of every provider built from now on. */
  FakeCloud wrapVirtualNetwork(UnaryOperator<VirtualNetwork> wrapper) {
    wrappers.add(wrapper);
    return this;
  }

  VirtualNetwork virtualNetwork() {
    VirtualNetwork vn = door.virtualNetwork(fake);
    for (UnaryOperator<VirtualNetwork> w : wrappers) {
      vn = w.apply(vn);
    }
    return vn;
  }

  ContainerEngine containerEngine() {
    return door.containerEngine(fake);
  }

  NetworkLoadBalancer networkLoadBalancer() {
    return door.networkLoadBalancer(fake);
  }

  /** A builder wired to this fake: no real sleeping between retries, waiting in virtual time. */
  OciNetworkProvider.Builder providerBuilder() {
    return OciNetworkProvider.builder()
        .virtualNetwork(virtualNetwork())
        .containerEngine(containerEngine())
        .networkLoadBalancer(networkLoadBalancer())
        .identity(door.identity(fake))
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
