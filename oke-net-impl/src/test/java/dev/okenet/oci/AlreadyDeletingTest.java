package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.requests.DeleteClusterRequest;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.OciAssertions;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.junit.FakeOciTest;
import org.junit.jupiter.api.Test;

/**
 * A delete that OCI refuses with 409 IncorrectState because the resource is already being deleted
 * (a concurrent destroy, an earlier lost answer) waits for it to be gone instead of repeating the
 * delete until the attempts run out. The destroy is planned while the resource is live, and
 * someone else starts deleting it before the plan is applied.
 */
@FakeOciTest(clock = VirtualClock.Mode.AUTO_ADVANCE)
class AlreadyDeletingTest {
  FakeOci fake;

  private OciNetworkProvider provider() {
    return FakeOciProviders.builder(fake).retryPolicy(FakeOciProviders.retriesInVirtualTime(fake)).build();
  }

  private ApplyResult applyProd() {
    OciNetworkProvider provider = provider();
    ApplyResult applied = provider.apply(provider.plan(Networks.prod()));
    assertThat(applied.isSuccess()).as(applied.toString()).isTrue();
    return applied;
  }

  @Test
  void destroyingAClusterSomeoneIsAlreadyDeletingWaitsForItToBeGone() {
    String cluster = applyProd().idsByKey().get(ResourceKey.cluster());
    OciNetworkProvider provider = provider();
    Plan destroy = provider.planDestroy(Networks.prod());
    fake.containerEngine().deleteCluster(DeleteClusterRequest.builder().clusterId(cluster).build());
    fake.calls().clear();

    ApplyResult destroyed = provider.apply(destroy);

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    assertThat(fake.calls().of("deleteCluster")).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(409));
    OciAssertions.assertThat(fake).hasNothingLeftIn(Networks.COMPARTMENT);
  }
}
