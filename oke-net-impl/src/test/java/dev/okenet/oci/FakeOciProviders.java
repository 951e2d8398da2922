package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import java.util.function.UnaryOperator;

/**
 * The one place impl's tests build an {@link OciNetworkProvider} on a FakeOci. The fake (and its
 * services through a door) come from the testkit's {@code @FakeOciTest}; this wires them to a
 * provider that never sleeps in real time: retries do not wait, and waits for a resource's state
 * move the fake's virtual clock. Every call gives a fresh provider with no memory of another, as a
 * new process would be.
 *
 * <pre>{@code
 * @FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
 * class ApplyTest {
 *   FakeOci oci;
 *   OciServices services;
 *
 *   @Test
 *   void applies() {
 *     OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
 *     provider.apply(provider.plan(net));
 *   }
 * }
 * }</pre>
 */
public final class FakeOciProviders {
  private FakeOciProviders() {}

  /** A builder wired to {@code services} (the fake's SDK interfaces through some door) of {@code fake}. */
  public static OciNetworkProvider.Builder builder(FakeOci fake, OciServices services) {
    return OciNetworkProvider.builder()
        .virtualNetwork(services.virtualNetwork())
        .containerEngine(services.containerEngine())
        .networkLoadBalancer(services.networkLoadBalancer())
        .identity(services.identity())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
        .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy()));
  }

  /** A builder wired to {@code fake} through {@code door}. */
  public static OciNetworkProvider.Builder builder(FakeOci fake, Door door) {
    return builder(fake, door.services(fake));
  }

  /** A builder wired to {@code fake} in process. */
  public static OciNetworkProvider.Builder builder(FakeOci fake) {
    return builder(fake, Door.IN_PROCESS);
  }

  /** A fresh provider on {@code services} of {@code fake}, with the defaults. */
  public static OciNetworkProvider provider(FakeOci fake, OciServices services) {
    return builder(fake, services).build();
  }

  /** Plans and applies {@code net} with a fresh provider on {@code services}, asserting the apply succeeded. */
  public static ApplyResult appliedCleanly(FakeOci fake, OciServices services, ResolvedNetwork net) {
    OciNetworkProvider provider = provider(fake, services);
    ApplyResult result = provider.apply(provider.plan(net));
    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    return result;
  }

  /** A fresh provider on {@code fake} in process, with the defaults. */
  public static OciNetworkProvider provider(FakeOci fake) {
    return builder(fake).build();
  }

  /**
   * A builder for the reliability suites: ingress NLBs on, so they cover every kind the provider
   * manages, and retries that wait in virtual time ({@link #retriesInVirtualTime}).
   */
  public static OciNetworkProvider.Builder reliabilityBuilder(FakeOci fake) {
    return builder(fake).ingressLoadBalancers(true).retryPolicy(retriesInVirtualTime(fake));
  }

  /**
   * Retries that wait in the fake's virtual time instead of not at all: for suites whose faults
   * (throttling, eventual consistency) should see time pass between attempts.
   */
  public static RetryPolicy retriesInVirtualTime(FakeOci fake) {
    return RetryPolicy.defaults().withSleeper(d -> fake.clock().advance(d));
  }

  /** {@code services} with its VirtualNetwork wrapped, e.g. by a recorder of requests. */
  public static OciServices wrapVirtualNetwork(OciServices services, UnaryOperator<VirtualNetwork> wrapper) {
    return new OciServices(wrapper.apply(services.virtualNetwork()), services.containerEngine(),
        services.networkLoadBalancer(), services.identity());
  }
}
