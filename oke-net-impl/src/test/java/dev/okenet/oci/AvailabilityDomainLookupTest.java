package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.NodePoolSummary;
import com.oracle.bmc.containerengine.requests.ListNodePoolsRequest;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Node pools go in the tenancy's availability domains, looked up with Identity's
 * ListAvailabilityDomains once per plan (or given), never invented; apply reads nothing again.
 */
@FakeOciTest
class AvailabilityDomainLookupTest {
  private static final String LIST = "listAvailabilityDomains";
  FakeOci oci;

  private static List<List<String>> placements(FakeOci fake) {
    return fake.containerEngine().listNodePools(ListNodePoolsRequest.builder().compartmentId(Networks.COMPARTMENT).build())
        .getItems().stream().map(NodePoolSummary::getNodeConfigDetails)
        .map(c -> c.getPlacementConfigs().stream().map(NodePoolPlacementConfigDetails::getAvailabilityDomain).toList())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void eachNodePoolIsPlacedInEveryDomainIdentityLists(Door door) {
    OciNetworkProvider provider = FakeOciProviders.provider(oci, door.services(oci));

    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    assertThat(result.isSuccess()).as("%s", result).isTrue();
    assertThat(placements(oci)).hasSize(Networks.prod().nodePools().size())
        .allSatisfy(domains -> assertThat(domains).containsExactly("Uocm:US-ASHBURN-AD-1", "Uocm:US-ASHBURN-AD-2",
            "Uocm:US-ASHBURN-AD-3"));
  }

  @Test
  void aPlanThatCreatesNodePoolsAsksIdentityOnce() {
    FakeOciProviders.provider(oci).plan(Networks.prod());

    assertThat(oci.calls().count(LIST)).isEqualTo(1);
  }

  @Test
  void applyDoesNotAskIdentityAgain() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    Plan plan = provider.plan(Networks.prod());
    oci.calls().clear();

    provider.apply(plan);

    assertThat(oci.calls().count(LIST)).isZero();
  }

  @Test
  void aPlanThatCreatesNoNodePoolAsksIdentityNothing() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    provider.apply(provider.plan(Networks.prod()));
    oci.calls().clear();

    provider.plan(Networks.prod());
    provider.planDestroy(Networks.prod());

    assertThat(oci.calls().count(LIST)).isZero();
  }

  @Test
  void anEstateAsksIdentityOnceForAllItsNetworks() {
    List<ResolvedNetwork> estate = List.of("net0", "net1", "net2").stream()
        .map(n -> ReferenceNetworks.prod().toBuilder().name(n).build().resolve()).toList();

    FakeOciProviders.provider(oci).planEstate(estate);

    assertThat(oci.calls().count(LIST)).isEqualTo(1);
  }

  @Test
  void givenDomainsWinAndIdentityIsNotAsked() {
    OciNetworkProvider provider = FakeOciProviders.builder(oci).availabilityDomains(List.of("Uocm:US-ASHBURN-AD-2")).build();

    provider.apply(provider.plan(Networks.prod()));

    assertThat(oci.calls().count(LIST)).isZero();
    assertThat(placements(oci)).allSatisfy(domains -> assertThat(domains).containsExactly("Uocm:US-ASHBURN-AD-2"));
  }

  @Test
  void aSingleDomainRegionPlacesEachPoolInItsOneDomain() {
    try (FakeOci fake = FakeOci.builder().region(com.oracle.bmc.Region.AP_TOKYO_1).build()) {
      OciNetworkProvider provider = FakeOciProviders.provider(fake);

      provider.apply(provider.plan(Networks.prod()));

      assertThat(placements(fake)).allSatisfy(domains -> assertThat(domains).containsExactly("Uocm:AP-TOKYO-1-AD-1"));
    }
  }

  @Test
  void withNeitherIdentityNorDomainsThePlanSaysWhatToGive() {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
          .containerEngine(fake.containerEngine()).build();

      Plan plan = provider.plan(Networks.prod());

      assertThat(plan.notes()).anySatisfy(note -> assertThat(note).contains("node pools 'general', 'batch'")
          .contains("builder().identity(client)").contains("availabilityDomains(List.of(...))"));
    }
  }

  @Test
  void withNeitherIdentityNorDomainsApplyRefusesBeforeAnyCall() {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = OciNetworkProvider.builder().virtualNetwork(fake.virtualNetwork())
          .containerEngine(fake.containerEngine()).build();
      Plan plan = provider.plan(Networks.prod());
      fake.calls().clear();

      assertThatThrownBy(() -> provider.apply(plan)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs the availability domains");
      assertThat(fake.calls().all()).isEmpty();
    }
  }

  @Test
  void anIdentityThatRefusesFailsThePlanNamingTheWayToGiveThem() {
    oci.faults().on(LIST).onEveryCall().respond(Fault.invalidParameter("not for you"));

    assertThatThrownBy(() -> FakeOciProviders.provider(oci).plan(Networks.prod())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ListAvailabilityDomains").hasMessageContaining("not for you")
        .hasMessageContaining("availabilityDomains(List.of(...))");
  }

  @Test
  void anIdentityThatListsNoDomainFailsThePlanInsteadOfPlacingNowhere() {
    com.oracle.bmc.identity.Identity empty = (com.oracle.bmc.identity.Identity) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {com.oracle.bmc.identity.Identity.class}, (proxy, method, args) -> {
          if (method.getName().equals("listAvailabilityDomains")) {
            return com.oracle.bmc.identity.responses.ListAvailabilityDomainsResponse.builder().items(List.of()).build();
          }
          throw new UnsupportedOperationException(method.getName());
        });
    OciNetworkProvider provider = FakeOciProviders.builder(oci).identity(empty).build();

    assertThatThrownBy(() -> provider.plan(Networks.prod())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("listed no availability domain").hasMessageContaining("availabilityDomains(List.of(...))");
  }

  @Test
  void aThrottledLookupIsRetried() {
    oci.faults().on(LIST).onNthCall(1).respond(Fault.tooManyRequests());

    Plan plan = FakeOciProviders.provider(oci).plan(Networks.prod());

    assertThat(oci.calls().count(LIST)).isEqualTo(2);
    assertThat(plan.notes()).noneMatch(note -> note.contains("availability domains"));
  }

  @Test
  void networkOnlyNodePoolRequestsArePlacedInTheListedDomains() {
    ResolvedNetwork net = Networks.prod();
    OciNetworkProvider provider = FakeOciProviders.builder(oci).networkOnly(true).build();
    ApplyResult applied = provider.apply(provider.plan(net));

    ClusterDetails details = provider.networkOnly(net, applied.idsByKey());

    assertThat(details.nodePools()).allSatisfy(p -> assertThat(p.getNodeConfigDetails().getPlacementConfigs())
        .extracting(NodePoolPlacementConfigDetails::getAvailabilityDomain)
        .containsExactly("Uocm:US-ASHBURN-AD-1", "Uocm:US-ASHBURN-AD-2", "Uocm:US-ASHBURN-AD-3"));
  }
}
