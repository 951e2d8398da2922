package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A create whose answer already shows the resource in its target state is not polled: OCI's create
 * answers carry the resource with its {@code lifecycleState}. A create answered in a transitional
 * state is polled until the state is reached, and a read of a new resource still tolerates the
 * 404 an eventually consistent read may give right after the create.
 */
class AnsweredStateTest {
  private static List<String> created(FakeOci fake, String operation) {
    return fake.calls().of(operation).stream().filter(c -> c.status() == 200).map(ApiCall::resourceId).toList();
  }

  @Test
  void aCreateAnsweredAvailableIsNotPolled() {
    try (FakeOci fake = FakeOci.create()) {   // INSTANT: every create answers in its steady state
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      assertThat(created(fake, "createSubnet")).isNotEmpty();
      assertThat(fake.calls().of("getSubnet")).isEmpty();
    }
  }

  @Test
  void aCreateAnsweredProvisioningIsPolledUntilAvailable() {
    try (FakeOci fake = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {   // creates take OCI's latencies
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      List<String> subnets = created(fake, "createSubnet");
      assertThat(subnets).isNotEmpty();
      assertThat(fake.calls().of("getSubnet").stream().map(ApiCall::resourceId).distinct().toList())
          .containsExactlyInAnyOrderElementsOf(subnets);
      assertThat(fake.clock().elapsed()).as("the waits moved the clock past the subnets' latency")
          .isGreaterThanOrEqualTo(fake.clock().latency(ResourceKind.SUBNET));
    }
  }

  @Test
  void aStaleReadOfAVcnWhoseCreateAnsweredAvailableIsStillRetried() {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().readsNotFoundAfterCreate(ResourceKind.VCN, 2);
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true)
          .retryPolicy(RetryPolicy.defaults().withMaxAttempts(1).withSleeper(d -> { })).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      assertThat(fake.calls().of("getVcn")).extracting(ApiCall::status).containsExactly(404, 404, 200);
    }
  }
  @Test
  void aCreateAnswered404RightAfterItsNewParentsWaitsForThemAndCreatesOnceMore() {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().on("createSubnet").onNthCall(1).respond(Fault.notAuthorizedOrNotFound());
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      assertThat(fake.calls().of("createSubnet")).extracting(ApiCall::status).containsOnlyOnce(404);
      assertThat(fake.calls().of("getRouteTable")).as("the subnet's new route table, awaited before the second create").hasSize(1);
    }
  }

  @Test
  void aCreateAnsweredRelatedResourceNotFoundRightAfterItsNewParentsWaitsForThemAndCreatesOnceMore() {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().on("createSubnet").onNthCall(1).respond(Fault.relatedResourceNotAuthorizedOrNotFound());
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.isSuccess()).as(result.toString()).isTrue();
      assertThat(fake.calls().of("createSubnet")).extracting(ApiCall::status).containsOnlyOnce(400);
      assertThat(fake.calls().of("getRouteTable")).as("the subnet's new route table, awaited before the second create").hasSize(1);
    }
  }

  @Test
  void aCreate404ThatOutlivesTheWaitForItsNewParentsFailsTheChange() {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().on("createSubnet").onEveryCall().respond(Fault.notAuthorizedOrNotFound());
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.failed()).isNotEmpty().allSatisfy(f -> assertThat(f.status()).isEqualTo(404));
      Map<String, Long> attempts = fake.calls().of("createSubnet").stream()
          .collect(Collectors.groupingBy(ApiCall::displayName, Collectors.counting()));
      assertThat(attempts.values()).as("each subnet: its create and the one after the wait").isNotEmpty().containsOnly(2L);
    }
  }

  @Test
  void aCreate404WithNoNewParentFailsAtOnce() {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().on("createVcn").onEveryCall().respond(Fault.notAuthorizedOrNotFound());
      OciNetworkProvider provider = FakeOciProviders.builder(fake).networkOnly(true).build();

      ApplyResult result = provider.apply(provider.plan(Networks.prod()));

      assertThat(result.failed()).extracting(ApplyResult.Failure::status).containsExactly(404);
      assertThat(fake.calls().of("createVcn")).hasSize(1);
    }
  }
}
