package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How many creates are in flight at once, observed at the VirtualNetwork door. */
@FakeOciTest
class ParallelismTest {
  FakeOci oci;

  /** Counts concurrent create calls; each create lingers until a few others could have joined it. */
  private static final class InFlight {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();

    VirtualNetwork wrap(VirtualNetwork vn) {
      return (VirtualNetwork) Proxy.newProxyInstance(VirtualNetwork.class.getClassLoader(), new Class<?>[] {VirtualNetwork.class},
          (proxy, method, args) -> {
            boolean create = method.getName().startsWith("create");
            if (create) {
              max.accumulateAndGet(now.incrementAndGet(), Math::max);
              // Give other workers the chance to overlap; a latch that never opens bounds the pause.
              new CountDownLatch(1).await(20, TimeUnit.MILLISECONDS);
            }
            try {
              return method.invoke(vn, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            } finally {
              if (create) {
                now.decrementAndGet();
              }
            }
          });
    }
  }

  private int maxInFlight(int parallelism) {
    InFlight inFlight = new InFlight();
    OciNetworkProvider provider = FakeOciProviders.builder(oci).virtualNetwork(inFlight.wrap(oci.virtualNetwork()))
        .parallelism(parallelism).build();
    assertThat(provider.apply(provider.plan(Networks.prod())).isSuccess()).isTrue();
    return inFlight.max.get();
  }

  @Test
  void parallelismOneMakesOneCallAtATime() {
    assertThat(maxInFlight(1)).isEqualTo(1);
  }

  @Test
  void parallelismBoundsAndUsesConcurrency() {
    assertThat(maxInFlight(4)).isBetween(2, 4);
  }
}
