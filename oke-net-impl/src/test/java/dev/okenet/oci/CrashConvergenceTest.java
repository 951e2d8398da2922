package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.SimulatedCrash;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import com.oracle.bmc.containerengine.model.ClusterLifecycleState;
import com.oracle.bmc.containerengine.model.NodePoolLifecycleState;
import com.oracle.bmc.containerengine.requests.ListClustersRequest;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The process "dies" right after its k-th mutating call, for every k of a full apply of the
 * reference network (cluster and node pools included); a fresh provider with no memory of the
 * first must converge with no duplicate and no orphan. In process every k is tried; over FakeOci's
 * HTTP door every 5th, to keep the sweep to seconds.
 */
class CrashConvergenceTest {
  private static int mutatingCallsOfAFullApply(ResolvedNetwork net, Door door) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.provider(fake, door.services(fake));
      provider.apply(provider.plan(net));
      return fake.calls().mutatingCount();
    }
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void aFreshProviderConvergesAfterACrashAfterEveryMutatingCall(Door door) {
    ResolvedNetwork net = Networks.prod();
    int total = mutatingCallsOfAFullApply(net, door);
    assertThat(total).isGreaterThan(20);
    int step = door == Door.IN_PROCESS ? 1 : 5;
    for (int k = 1; k <= total; k += step) {
      // A fake per k: the sweep needs one untouched compartment per crash point.
      try (FakeOci fake = FakeOci.create()) {
        OciServices services = door.services(fake);
        fake.faults().crashAfterMutatingCalls(k);
        OciNetworkProvider doomed = FakeOciProviders.provider(fake, services);
        ApplyResult crashed = doomed.apply(doomed.plan(net));
        assertThat(crashed.failed()).as("crash after call %d", k)
            .anySatisfy(f -> assertThat(f.serviceCode()).isEqualTo(SimulatedCrash.class.getSimpleName()));
        fake.faults().clear();

        OciNetworkProvider fresh = FakeOciProviders.provider(fake, services);
        ApplyResult recovered = fresh.apply(fresh.plan(net));

        assertThat(recovered.isSuccess()).as("recovery after a crash after call %d: %s", k, recovered).isTrue();
        assertConverged(fake, services, net, k);
      }
    }
  }

  private static void assertConverged(FakeOci fake, OciServices services, ResolvedNetwork net, int k) {
    Plan again = FakeOciProviders.provider(fake, services).plan(net);
    assertThat(again.isEmpty()).as("crash after call %d leaves no difference:%n%s", k, again.render()).isTrue();
    var vn = services.virtualNetwork();
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
    var ce = services.containerEngine();
    assertThat(ce.listClusters(ListClustersRequest.builder().compartmentId(Networks.COMPARTMENT).build()).getItems())
        .as("crash after call %d: one live cluster", k).filteredOn(c -> c.getLifecycleState() == ClusterLifecycleState.Active)
        .hasSize(1);
    assertThat(ce.listNodePools(ListNodePoolsRequest.builder().compartmentId(Networks.COMPARTMENT).build()).getItems())
        .as("crash after call %d: one live node pool per pool", k)
        .filteredOn(p -> p.getLifecycleState() == NodePoolLifecycleState.Active).hasSize(net.nodePools().size());
  }
}
