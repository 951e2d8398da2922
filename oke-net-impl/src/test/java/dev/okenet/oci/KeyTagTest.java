package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the provider makes of the {@code okenet.key} tag it reads back: a value that is no key
 * oke-net writes (foreign, corrupted, blank) makes the resource not the network's, never an error;
 * two resources owned under one key are one too many, and the plan deletes the second. Runs
 * through both of FakeOci's doors.
 */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class KeyTagTest {
  FakeOci oci;
  OciServices services;

  private String nsgInVcn(String vcnId, Map<String, String> tags) {
    return services.virtualNetwork().createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
        .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(Networks.COMPARTMENT)
            .vcnId(vcnId).displayName("tagged-by-hand").freeformTags(tags).build()).build()).getNetworkSecurityGroup().getId();
  }

  private ApplyResult applyProd(ResolvedNetwork net) {
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult r = provider.apply(provider.plan(net));
    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nsg:ghost", "garbage", "", " ", "subnet:extra:a:b", "NSG:PODS", "nsg:pods "})
  void aResourceWhoseKeyTagIsNoKeyIsLeftAloneAndThePlanSaysWhy(String keyTag) {
    ResolvedNetwork net = Networks.prod();
    ApplyResult applied = applyProd(net);
    String odd = nsgInVcn(applied.idsByKey().get(ResourceKey.vcn()), Map.of("okenet.network", net.name(), "okenet.key", keyTag));

    Plan plan = FakeOciProviders.provider(oci, services).plan(net);
    Plan destroy = FakeOciProviders.provider(oci, services).planDestroy(net);

    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
    assertThat(plan.changes()).noneMatch(c -> c.resourceId().equals(Optional.of(odd)));
    assertThat(destroy.changes()).noneMatch(c -> c.resourceId().equals(Optional.of(odd)));
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(odd, "is no key oke-net writes", "neither changes nor deletes it"));
  }

  @Test
  void aResourceOwnedTwiceUnderOneKeyIsDeletedOnceAndTheKeptOneKeepsTheKey() {
    ResolvedNetwork net = Networks.prod();
    ApplyResult applied = applyProd(net);
    ResourceKey pods = ResourceKey.nsg(SubnetRole.PODS);
    String original = applied.idsByKey().get(pods);
    String second = nsgInVcn(applied.idsByKey().get(ResourceKey.vcn()), Map.of("okenet.network", net.name(), "okenet.key", pods.toString()));

    Plan plan = FakeOciProviders.provider(oci, services).plan(net);
    List<Change> ofKey = plan.changes().stream().filter(c -> c.key().equals(pods)).toList();
    String doomed = ofKey.stream().filter(c -> c.action() == ChangeAction.DELETE).map(c -> c.resourceId().orElseThrow())
        .findFirst().orElseThrow();
    String kept = doomed.equals(second) ? original : second;
    ApplyResult repaired = FakeOciProviders.provider(oci, services).apply(plan);

    assertThat(ofKey).hasSize(2);
    assertThat(plan.change(pods).orElseThrow().action()).isNotEqualTo(ChangeAction.DELETE);
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(doomed, "second resource owned as 'nsg:pods'"));
    assertThat(repaired.isSuccess()).as(repaired.toString()).isTrue();
    assertThat(repaired.idsByKey()).containsEntry(pods, kept);
    assertThat(Networks.nsgs(services.virtualNetwork())).extracting(g -> g.getId()).contains(kept).doesNotContain(doomed);
    assertThat(FakeOciProviders.provider(oci, services).plan(net).isEmpty()).isTrue();
  }
}
