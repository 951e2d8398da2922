package dev.okenet.oci;

import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import org.junit.jupiter.api.Test;

class HttpPerfTmpTest {
  @Test
  void perf() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    for (Door door : Door.values()) {
      try (FakeOci fake = FakeOci.create()) {
      for (int i = 0; i < 30; i++) {
          fake.reset();
          OciServices oci = door.services(fake);
          OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(oci.virtualNetwork())
              .containerEngine(oci.containerEngine()).networkLoadBalancer(oci.networkLoadBalancer())
              .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { }))
              .waitStrategy(WaitStrategy.of(fake.clock().terminationStrategy(), fake.clock().delayStrategy())).build();
          Plan plan = provider.plan(net);
          fake.calls().clear();
          long t0 = System.nanoTime();
          ApplyResult r = provider.apply(plan);
          long t1 = System.nanoTime();
          System.out.printf("HTTPPERF %s run=%d apply=%.1f ms calls=%d ok=%s%n", door, i, (t1 - t0) / 1e6, fake.calls().size(), r.isSuccess());
        }
      }
    }
  }
}
