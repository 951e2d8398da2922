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

  /** The team-named shape live, its import, and a fresh provider on the fake. */
  private record Adoption(Imports live, ImportedNetwork imported, OciNetworkProvider provider) {
    ResolvedNetwork net() {
      return imported.model().resolve();
    }

    Plan adoptionPlan() {
      return imported.planAdoption(provider);
    }

    String id(ResourceKey key) {
      return imported.idsByKey().get(key);
    }
  }

  private Adoption adoption(OkeNetwork shape) {
    Imports live = teamNamed(shape);
    return new Adoption(live, live.imported(), FakeOciProviders.provider(live.fake));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aPlanWithoutBoundIdsWouldCreateWhatExistsUntagged(OkeNetwork shape) {
    Adoption a = adoption(shape);

    Plan plain = a.provider().plan(a.net());

    assertThat(plain.count(ChangeAction.CREATE)).as("the gap the bound plan closes").isPositive();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theBoundPlanOfAnImportIsTagUpdatesOnly(OkeNetwork shape) {
    Adoption a = adoption(shape);

    Plan plan = a.provider().plan(a.net(), a.imported().idsByKey());

    assertThat(plan.count(ChangeAction.CREATE) + plan.count(ChangeAction.REPLACE) + plan.count(ChangeAction.DELETE)).isZero();
    assertThat(plan.actionable()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.diffs()).as(c.key().toString()).extracting(FieldDiff::field).containsExactly("tags");
      assertThat(c.resourceId()).contains(a.id(c.key()));
    });
    // No binding is ignored; the only note says the imported (existing) VCN's default list is read, never changed.
    assertThat(plan.notes()).allSatisfy(n -> assertThat(n).contains("use the existing VCN's default security list"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void eachTagUpdateAddsTheOwnershipTagsAndTheMarkerAndKeepsTheTeamsTags(OkeNetwork shape) {
    Adoption a = adoption(shape);

    Plan plan = a.adoptionPlan();

    Change nsg = plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow();
    assertThat(nsg.diffs().get(0).after()).hasValueSatisfying(after -> assertThat(after)
        .contains("okenet.network=" + shape.name(), "okenet.key=nsg:pods", "okenet.adopted=true", "team=payments"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void theBoundPlanShowsTheTeamsDisplayNames(OkeNetwork shape) {
    Adoption a = adoption(shape);

    Plan plan = a.adoptionPlan();

    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().displayName()).isEqualTo(PODS_NAME);
    assertThat(plan.change(ResourceKey.routeTable(SubnetRole.WORKERS)).orElseThrow().displayName()).isEqualTo(WORKERS_RT_NAME);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void applyingTheBoundPlanMakesUpdateCallsOnly(OkeNetwork shape) {
    Adoption a = adoption(shape);
    Plan plan = a.adoptionPlan();
    a.live().fake.calls().clear();

    var result = a.provider().apply(plan);

    assertThat(result.failed()).isEmpty();
    List<ApiCall> mutating = a.live().fake.calls().mutating();
    assertThat(mutating).hasSize(plan.actionable().size()).allSatisfy(c -> assertThat(c.operation()).startsWith("update"));
    assertThat(mutating).extracting(ApiCall::resourceId)
        .containsExactlyInAnyOrderElementsOf(plan.actionable().stream().map(c -> c.resourceId().orElseThrow()).toList());
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void afterTheBoundPlanIsAppliedAPlainPlanShowsNoChanges(OkeNetwork shape) {
    Adoption a = adoption(shape);
    ResolvedNetwork net = a.net();
    a.provider().apply(a.provider().plan(net, a.imported().idsByKey()));

    Plan after = a.provider().plan(net);

    assertThat(after.isEmpty()).as(after.render()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void adoptionKeepsTheTeamsDisplayNames(OkeNetwork shape) {
    Adoption a = adoption(shape);

    a.provider().apply(a.adoptionPlan());

    assertThat(podsName(a.live(), a.id(ResourceKey.nsg(SubnetRole.PODS)))).isEqualTo(PODS_NAME);
    assertThat(a.live().fake.virtualNetwork().getRouteTable(GetRouteTableRequest.builder()
        .rtId(a.id(ResourceKey.routeTable(SubnetRole.WORKERS))).build()).getRouteTable().getDisplayName()).isEqualTo(WORKERS_RT_NAME);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void afterTheAdoptionPlanIsAppliedAPlainPlanShowsNoChanges(OkeNetwork shape) {
    Adoption a = adoption(shape);
    a.imported().planAdoption().apply(a.live().fake.virtualNetwork(), a.live().fake.containerEngine());

    Plan after = a.provider().plan(a.net());

    assertThat(after.isEmpty()).as(after.render()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aBoundPlanAfterAdoptionShowsNoChangesEither(OkeNetwork shape) {
    Adoption a = adoption(shape);
    a.provider().apply(a.adoptionPlan());

    Plan again = a.adoptionPlan();

    assertThat(again.isEmpty()).as(again.render()).isTrue();
    assertThat(again.notes()).allSatisfy(n -> assertThat(n).contains("use the existing VCN's default security list"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void boundIdsOfReferencedResourcesLeaveThemUntouched(OkeNetwork shape) {
    Adoption a = adoption(shape);

    Plan plan = a.adoptionPlan();

    for (ResourceKey key : List.of(ResourceKey.vcn(), ResourceKey.subnet(SubnetRole.WORKERS), ResourceKey.cluster())) {
      assertThat(plan.change(key).orElseThrow().action()).as(key.toString()).isEqualTo(ChangeAction.NO_OP);
    }
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void aPlanWithEmptyBoundIdsIsThePlainPlan(OkeNetwork shape) {
    Adoption a = adoption(shape);
    ResolvedNetwork net = a.net();

    assertThat(a.provider().plan(net, Map.of()).changes()).isEqualTo(a.provider().plan(net).changes());
  }
}
