package dev.okenet.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code ResolvedNetwork.reachability()}: built once, shared, and no part of the network's value. */
class ResolvedNetworkReachabilityTest {
  @Test
  void theIndexesAreBuiltOnceAndShared() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    assertThat(net.reachability()).isSameAs(net.reachability());
  }

  @Test
  void threadsAskingAtOnceGetTheSameInstance() {
    ResolvedNetwork net = ReferenceNetworks.prod().resolve();
    var futures = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(net::reachability)).toList();
    Reachability first = futures.get(0).join();
    assertThat(futures).allSatisfy(f -> assertThat(f.join()).isSameAs(first));
  }

  @Test
  void askingDoesNotChangeTheNetworksValue() {
    ResolvedNetwork asked = ReferenceNetworks.prod().resolve();
    asked.reachability();
    ResolvedNetwork fresh = ReferenceNetworks.prod().resolve();
    assertThat(asked).isEqualTo(fresh).hasSameHashCodeAs(fresh);
  }
}
