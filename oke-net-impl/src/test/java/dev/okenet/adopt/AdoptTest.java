package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning and adopting an imported network: tags only, then the provider owns it; through both doors. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class AdoptTest {
  FakeOci oci;
  OciServices services;
  private Imports prod;
  private ImportedNetwork imported;

  @BeforeEach
  void importProd() {
    prod = Imports.of(oci, services, ReferenceNetworks.prod());
    imported = prod.imported();
  }

  private OciNetworkProvider provider() {
    return FakeOciProviders.provider(oci, services);
  }

  @Test
  void beforeAdoptionThePlanChangesNoExistingResource() {
    Plan plan = provider().plan(imported.model().resolve());

    assertThat(plan.changes()).noneMatch(c -> c.action() == ChangeAction.UPDATE || c.action() == ChangeAction.REPLACE
        || c.action() == ChangeAction.DELETE);
    assertThat(plan.change(ResourceKey.vcn()).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(plan.change(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(plan.change(ResourceKey.cluster()).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
  }

  @Test
  void adoptionPlansOneTagUpdatePerResource() {
    AdoptionPlan plan = imported.planAdoption();

    assertThat(plan.changes()).extracting(TagChange::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(imported.idsByKey().entrySet().stream().filter(e -> !e.getKey().equals(ResourceKey.drg()))
            .map(e -> e.getValue()).toList());
    assertThat(plan.changes()).allSatisfy(c -> assertThat(c.after())
        .containsEntry("okenet.network", "prod").containsEntry("okenet.key", c.key().toString()).containsAllEntriesOf(c.before()));
  }

  @Test
  void adoptionCallsNothingButTagUpdates() {
    AdoptionPlan plan = imported.planAdoption();
    oci.calls().clear();

    plan.apply(services.virtualNetwork(), services.containerEngine());

    List<ApiCall> mutating = oci.calls().mutating();
    assertThat(mutating).hasSize(plan.changes().size()).allSatisfy(c -> assertThat(c.operation()).startsWith("update"));
  }

  @Test
  void adoptionKeepsTheTeamsOwnTags() {
    imported.planAdoption().apply(services.virtualNetwork(), services.containerEngine());

    TagChange vcn = prod.imported().planAdoption().changes().stream().filter(c -> c.key().equals(ResourceKey.vcn())).findFirst().orElse(null);
    assertThat(vcn).isNull();
    assertThat(imported.planAdoption().changes().stream().filter(c -> c.key().equals(ResourceKey.vcn())).findFirst().orElseThrow().before())
        .containsEntry("team", "payments");
  }

  @Test
  void afterAdoptionAReimportIsTheSameModelAndNeedsNoAdoption() {
    imported.planAdoption().apply(services.virtualNetwork(), services.containerEngine());

    ImportedNetwork again = prod.imported();

    assertThat(again.model()).isEqualTo(imported.model());
    assertThat(again.planAdoption().isEmpty()).isTrue();
  }

  @Test
  void afterAdoptionTheProviderPlansNoChangeSinceAdoptedResourcesKeepTheirNames() {
    imported.planAdoption().apply(services.virtualNetwork(), services.containerEngine());

    Plan plan = provider().plan(imported.model().resolve());

    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
  }

  @Test
  void afterAdoptionGatewaysNsgsAndNodePoolsPlanNoChange() {
    imported.planAdoption().apply(services.virtualNetwork(), services.containerEngine());

    Plan plan = provider().plan(imported.model().resolve());

    for (ResourceKey key : List.of(ResourceKey.internetGateway(), ResourceKey.natGateway(), ResourceKey.serviceGateway(), ResourceKey.nsg(SubnetRole.API_ENDPOINT), ResourceKey.nsg(SubnetRole.WORKERS), ResourceKey.nsg(SubnetRole.PODS), ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS), ResourceKey.nsg(SubnetRole.INTERNAL_LOAD_BALANCERS),
        ResourceKey.nodePool("general"), ResourceKey.nodePool("batch"))) {
      assertThat(plan.change(key).orElseThrow().action()).as(key.toString()).isEqualTo(ChangeAction.NO_OP);
    }
  }
}
