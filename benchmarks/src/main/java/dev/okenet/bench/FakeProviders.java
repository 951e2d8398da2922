package dev.okenet.bench;

import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;

/**
 * Providers wired to a FakeOci the way every figure here needs them: waiting in the fake's virtual
 * time (so a realistic-latency apply takes no real time) and never sleeping between retries.
 *
 * <pre>{@code
 * OciNetworkProvider provider = FakeProviders.builder(fake, Door.IN_PROCESS).parallelism(1).build();
 * }</pre>
 */
public final class FakeProviders {
  private FakeProviders() {}

  /** A provider builder over {@code door} into {@code fake}. */
  public static OciNetworkProvider.Builder builder(FakeOci fake, Door door) {
    OciServices services = door.services(fake);
    return builder(fake, services.virtualNetwork(), services);
  }

  /** As {@link #builder(FakeOci, Door)} in process, with {@code virtualNetwork} in place of the fake's own. */
  public static OciNetworkProvider.Builder builder(FakeOci fake, VirtualNetwork virtualNetwork) {
    return builder(fake, virtualNetwork, Door.IN_PROCESS.services(fake));
  }

  private static OciNetworkProvider.Builder builder(FakeOci fake, VirtualNetwork vn, OciServices services) {
    return OciNetworkProvider.builder()
        .virtualNetwork(vn)
        .containerEngine(services.containerEngine())
        .networkLoadBalancer(services.networkLoadBalancer())
        .identity(services.identity())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
  }
}
