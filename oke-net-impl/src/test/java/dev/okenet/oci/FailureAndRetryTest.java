package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class FailureAndRetryTest {
  FakeOci oci;
  OciServices services;

  @Test
  void tooManyRequestsIsRetriedUntilItSucceeds() {
    oci.faults().on("createSubnet").onNthCall(1).respond(Fault.tooManyRequests());
    oci.faults().on("createSubnet").onNthCall(2).respond(Fault.tooManyRequests());
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(oci.calls().failures()).extracting(c -> c.status()).contains(429);
  }

  @Test
  void internalServerErrorIsRetriedAndReportedAsRetryingEvents() {
    oci.faults().on("createVcn").onNthCall(1).respond(Fault.internalServerError());
    java.util.List<ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    OciNetworkProvider provider = FakeOciProviders.builder(oci, services).listener(events::add).build();

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).isTrue();
    assertThat(events).filteredOn(e -> e.state() == ProgressEvent.State.RETRYING).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("createVcn").contains("500"));
    assertThat(result.apiCalls().get("createVcn")).isEqualTo(2L);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsRetriedWithTheSameTokenAndMakesNoDuplicate() {
    oci.faults().on("createVcn").onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).isTrue();
    assertThat(oci.calls().count("createVcn")).isEqualTo(2);
    assertThat(Networks.vcns(services.virtualNetwork())).hasSize(1);
  }

  @Test
  void badRequestIsNotRetriedAndIsReportedWithOciCodeAndTheRestNotAttempted() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult first = provider.apply(provider.plan(Networks.prod()));
    // A foreign subnet takes the CIDR a new extra subnet asks for: OCI answers 400.
    services.virtualNetwork().createSubnet(CreateSubnetRequest.builder().createSubnetDetails(CreateSubnetDetails.builder()
        .compartmentId(Networks.COMPARTMENT).vcnId(first.idsByKey().get(ResourceKey.vcn())).cidrBlock("10.0.200.0/25").displayName("squatter")
        .build()).build());
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    b.addExtraSubnet(Subnet.privateSubnet("10.0.200.0/24").withName("db").withDnsLabel("db"));
    ResolvedNetwork withDb = b.build().resolve();
    oci.calls().clear();

    ApplyResult result = FakeOciProviders.provider(oci, services).apply(FakeOciProviders.provider(oci, services).plan(withDb));

    assertThat(result.isSuccess()).isFalse();
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ResourceKey.extraSubnet("db"));
      assertThat(f.status()).isEqualTo(400);
      assertThat(f.serviceCode()).isEqualTo("InvalidParameter");
      assertThat(f.message()).isNotBlank();
    });
    assertThat(oci.calls().count("createSubnet")).isEqualTo(1);
  }

  @Test
  void afterAFailureNoNewWorkStartsAndTheRestIsNotAttempted() {
    oci.faults().on("createVcn").onEveryCall().respond(Fault.internalServerError());
    OciNetworkProvider provider = FakeOciProviders.builder(oci, services).retryPolicy(RetryPolicy.defaults().withMaxAttempts(2).withSleeper(d -> { }))
        .build();
    Plan plan = provider.plan(Networks.prod());

    ApplyResult result = provider.apply(plan);

    assertThat(result.failed()).extracting(ApplyResult.Failure::key).contains(ResourceKey.vcn());
    assertThat(result.failed()).filteredOn(f -> f.key().equals(ResourceKey.vcn())).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(500));
    assertThat(result.notAttempted()).contains(ResourceKey.subnet(SubnetRole.WORKERS), ResourceKey.natGateway(), ResourceKey.routeTable(SubnetRole.WORKERS));
    assertThat(oci.calls().count("createSubnet")).isZero();
    assertThat(oci.calls().count("createVcn")).isEqualTo(2);
  }
}
