package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FieldDiff;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adopting an imported network through the provider: {@code plan(net, idsByKey)} binds the live,
 * untagged resources to their keys, so the plan is tag updates only; applying it makes update
 * calls only; afterwards a plain plan shows no changes and the team's names stay.
 */
@FakeOciTest
class BoundPlanTest {
  private static final String PODS_NAME = "payments-pods";
  private static final String WORKERS_RT_NAME = "payments-workers-rt";
  FakeOci oci;

  static List<OkeNetwork> shapes() {
    return List.of(ReferenceNetworks.prod(), ReferenceNetworks.broken());
  }

  /**
   * The shape built live, with the pods NSG and the workers route table renamed and tagged by
   * their team, as real networks are: names oke-net's graph would never give them.
   */
  private Imports teamNamed(OkeNetwork shape) {
    Imports live = Imports.of(oci, shape);
    Map<ResourceKey, String> ids = live.imported().idsByKey();
    VirtualNetwork vn = live.fake.virtualNetwork();
    vn.updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder().networkSecurityGroupId(ids.get(ResourceKey.nsg(SubnetRole.PODS)))
        .updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder().displayName(PODS_NAME)
            .freeformTags(Map.of("team", "payments")).build()).build());
    vn.updateRouteTable(UpdateRouteTableRequest.builder().rtId(ids.get(ResourceKey.routeTable(SubnetRole.WORKERS)))
        .updateRouteTableDetails(UpdateRouteTableDetails.builder().displayName(WORKERS_RT_NAME).build()).build());
    return live;
  }

  private static String podsName(Imports live, String id) {
    return live.fake.virtualNetwork().getNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(id)
        .build()).getNetworkSecurityGroup().getDisplayName();
  }

  private static OciNetworkProvider provider(Imports live) {
    return FakeOciProviders.provider(live.fake);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aPlanWithoutBoundIdsWouldCreateWhatExistsUntagged(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();

    Plan plain = provider(live).plan(imported.model().resolve());

    assertThat(plain.count(ChangeAction.CREATE)).as("the gap the bound plan closes").isPositive();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theBoundPlanOfAnImportIsTagUpdatesOnly(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();

    Plan plan = provider(live).plan(imported.model().resolve(), imported.idsByKey());

    assertThat(plan.count(ChangeAction.CREATE) + plan.count(ChangeAction.REPLACE) + plan.count(ChangeAction.DELETE)).isZero();
    assertThat(plan.actionable()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.diffs()).as(c.key().toString()).extracting(FieldDiff::field).containsExactly("tags");
      assertThat(c.resourceId()).contains(imported.idsByKey().get(c.key()));
    });
    // No binding is ignored; the only note says the imported (existing) VCN's default list is read, never changed.
    assertThat(plan.notes()).allSatisfy(n -> assertThat(n).contains("use the existing VCN's default security list"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void eachTagUpdateAddsTheOwnershipTagsAndTheMarkerAndKeepsTheTeamsTags(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();

    Plan plan = imported.planAdoption(provider(live));

    Change nsg = plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow();
    assertThat(nsg.diffs().get(0).after()).hasValueSatisfying(after -> assertThat(after)
        .contains("okenet.network=" + shape.name(), "okenet.key=nsg:pods", "okenet.adopted=true", "team=payments"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theBoundPlanShowsTheTeamsDisplayNames(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();

    Plan plan = imported.planAdoption(provider(live));

    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().displayName()).isEqualTo(PODS_NAME);
    assertThat(plan.change(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().displayName()).isEqualTo(WORKERS_RT_NAME);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void applyingTheBoundPlanMakesUpdateCallsOnly(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    OciNetworkProvider provider = provider(live);
    Plan plan = imported.planAdoption(provider);
    live.fake.calls().clear();

    var result = provider.apply(plan);

    assertThat(result.failed()).isEmpty();
    List<ApiCall> mutating = live.fake.calls().mutating();
    assertThat(mutating).hasSize(plan.actionable().size()).allSatisfy(c -> assertThat(c.operation()).startsWith("update"));
    assertThat(mutating).extracting(ApiCall::resourceId)
        .containsExactlyInAnyOrderElementsOf(plan.actionable().stream().map(c -> c.resourceId().orElseThrow()).toList());
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void afterTheBoundPlanIsAppliedAPlainPlanShowsNoChanges(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    OciNetworkProvider provider = provider(live);
    ResolvedNetwork net = imported.model().resolve();
    provider.apply(provider.plan(net, imported.idsByKey()));

    Plan after = provider.plan(net);

    assertThat(after.isEmpty()).as(after.render()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void adoptionKeepsTheTeamsDisplayNames(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    OciNetworkProvider provider = provider(live);

    provider.apply(imported.planAdoption(provider));

    assertThat(podsName(live, imported.idsByKey().get(ResourceKey.nsg(SubnetRole.PODS)))).isEqualTo(PODS_NAME);
    assertThat(live.fake.virtualNetwork().getRouteTable(GetRouteTableRequest.builder().rtId(imported.idsByKey()
        .get(ResourceKey.routeTable(SubnetRole.WORKERS))).build()).getRouteTable().getDisplayName()).isEqualTo(WORKERS_RT_NAME);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void afterTheAdoptionPlanIsAppliedAPlainPlanShowsNoChanges(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    imported.planAdoption().apply(live.fake.virtualNetwork(), live.fake.containerEngine());

    Plan after = provider(live).plan(imported.model().resolve());

    assertThat(after.isEmpty()).as(after.render()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aBoundPlanAfterAdoptionShowsNoChangesEither(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    OciNetworkProvider provider = provider(live);
    provider.apply(imported.planAdoption(provider));

    Plan again = imported.planAdoption(provider);

    assertThat(again.isEmpty()).as(again.render()).isTrue();
    assertThat(again.notes()).allSatisfy(n -> assertThat(n).contains("use the existing VCN's default security list"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void boundIdsOfReferencedResourcesLeaveThemUntouched(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();

    Plan plan = imported.planAdoption(provider(live));

    for (ResourceKey key : List.of(ResourceKey.vcn(), ResourceKey.subnet(SubnetRole.WORKERS), ResourceKey.cluster())) {
      assertThat(plan.change(key).orElseThrow().action()).as(key.toString()).isEqualTo(ChangeAction.NO_OP);
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aPlanWithEmptyBoundIdsIsThePlainPlan(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    ImportedNetwork imported = live.imported();
    OciNetworkProvider provider = provider(live);
    ResolvedNetwork net = imported.model().resolve();

    assertThat(provider.plan(net, Map.of()).changes()).isEqualTo(provider.plan(net).changes());
  }
}
