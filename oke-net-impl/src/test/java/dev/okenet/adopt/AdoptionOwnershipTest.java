package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.GetNetworkSecurityGroupRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.Change;
import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Binding and the adoption marker never weaken ownership: a resource whose OCID is not bound is
 * never touched, another network's resource stays foreign whatever it is bound to or marked with,
 * and a binding the listing cannot honour is dropped with a note.
 */
@FakeOciTest
class AdoptionOwnershipTest {
  FakeOci oci;
  private Imports prod;
  private ImportedNetwork imported;
  private OciNetworkProvider provider;
  private ResolvedNetwork net;

  @BeforeEach
  void importProd() {
    prod = Imports.of(oci, ReferenceNetworks.prod());
    imported = prod.imported();
    provider = FakeOciProviders.provider(prod.fake);
    net = imported.model().resolve();
  }

  /** An NSG in the imported VCN, made outside oke-net with these tags. */
  private String foreignNsg(String name, Map<String, String> tags) {
    return prod.fake.virtualNetwork().createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
        .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(LiveOke.COMPARTMENT)
            .vcnId(prod.live.vcnId()).displayName(name).freeformTags(tags).build()).build()).getNetworkSecurityGroup().getId();
  }

  private Map<String, String> tagsOf(String nsgId) {
    return prod.fake.virtualNetwork().getNetworkSecurityGroup(GetNetworkSecurityGroupRequest.builder().networkSecurityGroupId(nsgId)
        .build()).getNetworkSecurityGroup().getFreeformTags();
  }

  private Map<ResourceKey, String> boundWith(ResourceKey key, String id) {
    Map<ResourceKey, String> ids = new LinkedHashMap<>(imported.idsByKey());
    ids.put(key, id);
    return ids;
  }

  private static Optional<Change> changeOf(Plan plan, String id) {
    return plan.changes().stream().filter(c -> c.resourceId().equals(Optional.of(id))).findFirst();
  }

  @Test
  void anUnboundResourceIsNeitherPlannedNorCalledDuringAdoption() {
    String bastion = foreignNsg("payments-bastion", Map.of("team", "payments"));
    prod.fake.calls().clear();

    Plan plan = provider.plan(net, imported.idsByKey());
    provider.apply(plan);

    assertThat(changeOf(plan, bastion)).isEmpty();
    assertThat(prod.fake.calls().all()).noneMatch(c -> bastion.equals(c.resourceId()));
    assertThat(tagsOf(bastion)).isEqualTo(Map.of("team", "payments"));
  }

  @Test
  void anUnboundResourceStaysOutOfPlansAfterAdoption() {
    String bastion = foreignNsg("payments-bastion", Map.of());
    provider.apply(provider.plan(net, imported.idsByKey()));

    assertThat(changeOf(provider.plan(net), bastion)).isEmpty();
  }

  @Test
  void anotherNetworksAdoptedResourceIsForeignToAPlainPlan() {
    String other = foreignNsg("other-pods", Map.of("okenet.network", "other", "okenet.key", "nsg:ghost",
        OciNetworkProvider.ADOPTED_TAG, "true"));
    provider.apply(provider.plan(net, imported.idsByKey()));

    Plan plan = provider.plan(net);

    assertThat(changeOf(plan, other)).isEmpty();
    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
  }

  @Test
  void theMarkerWithoutTheNetworkTagDoesNotMakeAResourceOurs() {
    String marked = foreignNsg("marked", Map.of("okenet.key", "nsg:ghost", OciNetworkProvider.ADOPTED_TAG, "true"));
    provider.apply(provider.plan(net, imported.idsByKey()));

    assertThat(changeOf(provider.plan(net), marked)).isEmpty();
  }

  @Test
  void bindingAnotherNetworksResourceIsIgnoredWithANote() {
    String other = foreignNsg("other-pods", Map.of("okenet.network", "other", "okenet.key", "nsg:pods",
        OciNetworkProvider.ADOPTED_TAG, "true"));

    Plan plan = provider.plan(net, boundWith(ResourceKey.nsg(SubnetRole.PODS), other));

    assertThat(changeOf(plan, other)).isEmpty();
    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(other, "'nsg:pods'", "belongs to network 'other'"));
  }

  @Test
  void bindingAResourceOfAnotherKindIsIgnoredWithANote() {
    String subnet = imported.idsByKey().get(ResourceKey.subnet(SubnetRole.WORKERS));

    Plan plan = provider.plan(net, boundWith(ResourceKey.nsg(SubnetRole.PODS), subnet));

    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.change(ResourceKey.subnet(SubnetRole.WORKERS)).orElseThrow().action()).isEqualTo(ChangeAction.NO_OP);
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(subnet, "'nsg:pods'", "SUBNET"));
  }

  @Test
  void bindingAnOcidTheListingLacksIsIgnoredWithANote() {
    String missing = "ocid1.networksecuritygroup.oc1.iad.doesnotexist";

    Plan plan = provider.plan(net, boundWith(ResourceKey.nsg(SubnetRole.PODS), missing));

    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(missing, "no live resource"));
  }

  @Test
  void bindingOneResourceToTwoKeysBindsTheFirstOnly() {
    String pods = imported.idsByKey().get(ResourceKey.nsg(SubnetRole.PODS));

    Plan plan = provider.plan(net, boundWith(ResourceKey.nsg(SubnetRole.API_ENDPOINT), pods));

    assertThat(plan.changes()).filteredOn(c -> c.resourceId().equals(Optional.of(pods))).hasSize(1);
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(pods, "one resource serves one key"));
  }

  @Test
  void aBoundKeyTheModelLacksIsNeverPlanned() {
    String ghost = foreignNsg("payments-ghost", Map.of());

    Plan plan = provider.plan(net, boundWith(ResourceKey.customNsg("ghost"), ghost));
    provider.apply(plan);

    assertThat(changeOf(plan, ghost)).isEmpty();
    assertThat(tagsOf(ghost)).isEmpty();
  }

  @Test
  void theAdoptionPlanWritesTheMarker() {
    AdoptionPlan plan = imported.planAdoption();

    assertThat(plan.changes()).allSatisfy(c -> assertThat(c.after()).containsEntry(OciNetworkProvider.ADOPTED_TAG, "true"));
  }
}
