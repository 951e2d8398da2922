package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 400 no client may retry, injected into the first call of each mutating operation a clean
 * apply of prod makes: the apply stops there with a report that names the resource, OCI's status,
 * code and message; the operation is not retried; nothing new starts after it; and once the cause
 * is gone a fresh provider's re-plan repairs everything.
 */
class BadRequestTest {
  private static final String OCI_MESSAGE = "injected: this request can never succeed as sent";

  static Stream<String> mutatingOperationsOfACleanApply() {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).parallelism(1).build();
      provider.apply(provider.plan(ReferenceNets.PROD));
      return fake.calls().mutating().stream().map(ApiCall::operation).distinct().toList().stream();
    }
  }

  private static List<String> cleanSignatures() {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      provider.apply(provider.plan(ReferenceNets.PROD));
      return CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatingOperationsOfACleanApply")
  void aBadRequestStopsTheApplyWithAClearReportAndARePlanRepairsIt(String operation) {
    try (FakeOci fake = FakeOci.create()) {
      fake.faults().on(operation).onNthCall(1).respond(Fault.invalidParameter(OCI_MESSAGE));
      OciNetworkProvider doomed = FakeOciProviders.reliabilityBuilder(fake).parallelism(1).build();

      ApplyResult stopped = doomed.apply(doomed.plan(ReferenceNets.PROD));

      assertThat(stopped.failed()).as("%s: the report", operation).singleElement().satisfies(f -> {
        assertThat(f.key()).isNotNull();
        assertThat(f.status()).isEqualTo(400);
        assertThat(f.serviceCode()).isEqualTo("InvalidParameter");
        assertThat(f.message()).contains(OCI_MESSAGE);
      });
      assertThat(stopped.notAttempted()).as("%s: what was left undone is named", operation).isNotEmpty();
      ApiCall refused = fake.calls().matching(c -> c.status() == 400).get(0);
      assertThat(fake.calls().of(operation)).as("%s: never retried", operation).filteredOn(c -> !c.succeeded()).hasSize(1);
      assertThat(fake.calls().mutating()).as("%s: nothing new started after the 400", operation)
          .allMatch(c -> c.sequence() <= refused.sequence());

      fake.faults().clear();
      OciNetworkProvider fresh = FakeOciProviders.reliabilityBuilder(fake).build();
      ApplyResult repaired = fresh.apply(fresh.plan(ReferenceNets.PROD));

      assertThat(repaired.isSuccess()).as("%s: the re-plan repairs it: %s", operation, repaired).isTrue();
      assertThat(CloudSnapshot.read(fake, ReferenceNets.COMPARTMENT).signatures()).containsExactlyElementsOf(cleanSignatures());
    }
  }
}
