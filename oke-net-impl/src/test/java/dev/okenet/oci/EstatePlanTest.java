package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Planning many networks of one compartment from one read, each with its own plan and ownership. */
@FakeOciTest
class EstatePlanTest {
  FakeOci oci;

  private static ResolvedNetwork named(String name) {
    return ReferenceNetworks.prod().toBuilder().name(name).build().resolve();
  }

  private static List<ResolvedNetwork> estate(int n) {
    return IntStream.range(0, n).mapToObj(i -> named("net" + i)).toList();
  }

  @Test
  void anEstateListsEachKindOnceWhateverItsSize() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    provider.apply(provider.planEstate(estate(4)));
    oci.calls().clear();

    provider.planEstate(estate(4));

    assertThat(oci.calls().all()).filteredOn(c -> c.operation().startsWith("list")
        && !c.operation().equals("listNetworkSecurityGroupSecurityRules")).extracting(ApiCall::operation).doesNotHaveDuplicates();
    assertThat(oci.calls().count("listNetworkSecurityGroupSecurityRules")).isEqualTo(4 * Networks.prod().nsgs().size());
    assertThat(oci.calls().all()).noneMatch(ApiCall::mutating);
  }

  @Test
  void eachNetworkOfTheEstateGetsThePlanItWouldGetAlone() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    provider.apply(provider.plan(named("net1")));

    EstatePlan estate = provider.planEstate(estate(3));

    for (ResolvedNetwork net : estate(3)) {
      Plan alone = provider.plan(net);
      assertThat(estate.plan(net.name()).orElseThrow().changes()).extracting(Change::key, Change::action)
          .containsExactlyElementsOf(alone.changes().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.key(), c.action()))
              .toList());
    }
    assertThat(estate.plan("net1").orElseThrow().isEmpty()).isTrue();
    assertThat(estate.plan("net0").orElseThrow().count(ChangeAction.CREATE)).isPositive();
  }

  @Test
  void applyingAnEstateTouchesNoForeignResourceAndNoOtherNetworks() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    provider.apply(provider.plan(named("net0")));
    String vcn = Networks.vcns(oci.virtualNetwork()).get(0).getId();
    String foreign = oci.virtualNetwork().createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
        .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(Networks.COMPARTMENT)
            .vcnId(vcn).displayName("team-nsg").freeformTags(Map.of("okenet.network", "someone-else", "okenet.key", "nsg:workers"))
            .build()).build()).getNetworkSecurityGroup().getId();
    oci.calls().clear();

    Map<String, ApplyResult> results = provider.apply(provider.planEstate(estate(3)));

    assertThat(results.values()).allMatch(ApplyResult::isSuccess);
    assertThat(oci.calls().mutating()).noneMatch(c -> foreign.equals(c.resourceId()))
        .noneMatch(c -> c.operation().startsWith("delete"));
    assertThat(provider.planEstate(estate(3)).isEmpty()).isTrue();
  }

  @Test
  void twoNetworksOfOneNameCannotShareAnEstate() {
    assertThatThrownBy(() -> FakeOciProviders.provider(oci).planEstate(List.of(named("twin"), named("twin"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'twin'").hasMessageContaining("own name");
  }

  @Test
  void diagnosingAnEstateReadsTheCompartmentOnce() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    provider.apply(provider.planEstate(estate(2)));
    oci.calls().clear();

    Map<String, DiagnoseReport> reports = provider.diagnoseEstate(estate(2));

    assertThat(reports).containsOnlyKeys("net0", "net1");
    assertThat(oci.calls().count("listVcns")).isEqualTo(1);
  }
}
