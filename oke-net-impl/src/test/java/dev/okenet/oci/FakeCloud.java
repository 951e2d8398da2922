package dev.okenet.oci;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
  private boolean sequentialCaller;

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

  /**
   * Makes FakeOci see one sequential caller: before each mutating call the clock's floor is
   * raised to the time the caller's waiters reached ({@code advance(ZERO)}), so the work starts
   * when the caller sends it. FakeOci has no per-caller time of its own: it starts work at
   * max(floor, ready time of what the request names). Right only for parallelism 1.
   */
  FakeCloud asOneSequentialCaller() {
    sequentialCaller = true;
    return this;
  }

  VirtualNetwork virtualNetwork() {
    VirtualNetwork vn = sequential(VirtualNetwork.class, door.virtualNetwork(fake));
    for (UnaryOperator<VirtualNetwork> w : wrappers) {
      vn = w.apply(vn);
    }
    return vn;
  }

  ContainerEngine containerEngine() {
    return sequential(ContainerEngine.class, door.containerEngine(fake));
  }

  NetworkLoadBalancer networkLoadBalancer() {
    return sequential(NetworkLoadBalancer.class, door.networkLoadBalancer(fake));
  }

  private <T> T sequential(Class<T> type, T target) {
    if (!sequentialCaller) {
      return target;
    }
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().matches("(create|update|delete|add|remove|connect).*")) {
        fake.clock().advance(java.time.Duration.ZERO);
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
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
