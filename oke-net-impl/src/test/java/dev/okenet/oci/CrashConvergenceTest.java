package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.SimulatedCrash;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The process "dies" right after its k-th mutating call, for every k of a full apply of the
 * reference network; a fresh provider with no memory of the first must converge with no
 * duplicate and no orphan.
 */
class CrashConvergenceTest {
  private static int mutatingCallsOfAFullApply(ResolvedNetwork net) {
    try (FakeCloud cloud = FakeCloud.instant()) {
      OciNetworkProvider provider = cloud.provider();
      provider.apply(provider.plan(net));
      return cloud.fake.calls().mutatingCount();
    }
  }

  @Test
  void aFreshProviderConvergesAfterACrashAfterEveryMutatingCall() {
    ResolvedNetwork net = Networks.prod();
    int total = mutatingCallsOfAFullApply(net);
    assertThat(total).isGreaterThan(20);
    for (int k = 1; k <= total; k++) {
      try (FakeCloud cloud = FakeCloud.instant()) {
        cloud.fake.faults().crashAfterMutatingCalls(k);
        OciNetworkProvider doomed = cloud.provider();
        ApplyResult crashed = doomed.apply(doomed.plan(net));
        assertThat(crashed.failed()).as("crash after call %d", k)
            .anySatisfy(f -> assertThat(f.serviceCode()).isEqualTo(SimulatedCrash.class.getSimpleName()));
        cloud.fake.faults().clear();

        OciNetworkProvider fresh = cloud.provider();
        ApplyResult recovered = fresh.apply(fresh.plan(net));

        assertThat(recovered.isSuccess()).as("recovery after a crash after call %d: %s", k, recovered).isTrue();
        assertConverged(cloud, net, k);
      }
    }
  }

  private static void assertConverged(FakeCloud cloud, ResolvedNetwork net, int k) {
    Plan again = cloud.provider().plan(net);
    assertThat(again.isEmpty()).as("crash after call %d leaves no difference:%n%s", k, again.render()).isTrue();
    var vn = cloud.virtualNetwork();
    Set<String> keys = new HashSet<>();
    Stream.of(
        Networks.vcns(vn).stream().map(v -> v.getFreeformTags()),
        Networks.subnets(vn).stream().map(v -> v.getFreeformTags()),
        Networks.routeTables(vn).stream().map(v -> v.getFreeformTags()),
        Networks.securityLists(vn).stream().map(v -> v.getFreeformTags()),
        Networks.nsgs(vn).stream().map(v -> v.getFreeformTags()))
        .flatMap(s -> s).filter(t -> Networks.ownedBy(t, net.name()))
        .forEach(t -> assertThat(keys.add(t.get("okenet.key"))).as("crash after call %d: one resource per key, %s twice", k,
            t.get("okenet.key")).isTrue());
    assertThat(Networks.vcns(vn)).hasSize(1);
    assertThat(Networks.subnets(vn)).hasSize(net.subnets().size());
    assertThat(Networks.nsgs(vn)).hasSize(net.nsgs().size());
  }
}
