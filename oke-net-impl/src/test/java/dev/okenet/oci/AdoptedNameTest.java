package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupDetails;
import com.oracle.bmc.core.requests.CreateNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adoption marker ({@link OciNetworkProvider#ADOPTED_TAG}) on a resource the network owns
 * keeps its live display name; without the marker, or beside another network's tags, it does not.
 */
@FakeOciTest
class AdoptedNameTest {
  FakeOci oci;
  private OciNetworkProvider provider;
  private ResolvedNetwork net;
  private NetworkSecurityGroup pods;

  @BeforeEach
  void applyProd() {
    provider = FakeOciProviders.provider(oci);
    net = Networks.prod();
    provider.apply(provider.plan(net));
    pods = Networks.nsgs(oci.virtualNetwork()).stream().filter(g -> "nsg:pods".equals(g.getFreeformTags().get("okenet.key")))
        .findFirst().orElseThrow();
  }

  private void retag(String name, Map<String, String> extra) {
    Map<String, String> tags = new LinkedHashMap<>(pods.getFreeformTags());
    tags.putAll(extra);
    oci.virtualNetwork().updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder().networkSecurityGroupId(pods.getId())
        .updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder().displayName(name).freeformTags(tags).build())
        .build());
  }

  @Test
  void anOwnedResourceRenamedWithoutTheMarkerIsRenamedBack() {
    retag("payments-pods", Map.of());

    Change c = provider.plan(net).change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow();

    assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(c.diffs()).extracting(FieldDiff::field).containsExactly("displayName");
  }

  @Test
  void anOwnedResourceWithTheMarkerKeepsItsLiveName() {
    retag("payments-pods", Map.of(OciNetworkProvider.ADOPTED_TAG, "true"));

    Plan plan = provider.plan(net);

    assertThat(plan.isEmpty()).as(plan.render()).isTrue();
    assertThat(plan.change(ResourceKey.nsg(SubnetRole.PODS)).orElseThrow().displayName()).isEqualTo("payments-pods");
  }

  @Test
  void adoptingABoundResourceSendsItsLiveNameAndWritesTheTagsAndTheMarker() {
    oci.virtualNetwork().updateNetworkSecurityGroup(UpdateNetworkSecurityGroupRequest.builder().networkSecurityGroupId(pods.getId())
        .updateNetworkSecurityGroupDetails(UpdateNetworkSecurityGroupDetails.builder().displayName("payments-pods")
            .freeformTags(Map.of("team", "payments")).build()).build());

    provider.apply(provider.plan(net, Map.of(ResourceKey.nsg(SubnetRole.PODS), pods.getId())));

    NetworkSecurityGroup after = Networks.nsgs(oci.virtualNetwork()).stream().filter(g -> g.getId().equals(pods.getId()))
        .findFirst().orElseThrow();
    assertThat(after.getDisplayName()).isEqualTo("payments-pods");
    assertThat(after.getFreeformTags()).isEqualTo(Map.of("team", "payments", "okenet.network", net.name(), "okenet.key", "nsg:pods",
        OciNetworkProvider.ADOPTED_TAG, "true"));
  }

  @Test
  void theMarkerBesideAnotherNetworksTagDoesNotMakeTheResourceOurs() {
    String staging = oci.virtualNetwork().createNetworkSecurityGroup(CreateNetworkSecurityGroupRequest.builder()
        .createNetworkSecurityGroupDetails(CreateNetworkSecurityGroupDetails.builder().compartmentId(Networks.COMPARTMENT)
            .vcnId(pods.getVcnId()).displayName("staging-pods").freeformTags(Map.of("okenet.network", "staging", "okenet.key",
                "nsg:pods", OciNetworkProvider.ADOPTED_TAG, "true")).build()).build()).getNetworkSecurityGroup().getId();
    oci.calls().clear();

    Plan plan = provider.plan(net);
    provider.apply(plan);

    assertThat(plan.changes()).noneMatch(c -> c.resourceId().equals(java.util.Optional.of(staging)));
    assertThat(oci.calls().mutating()).noneMatch(c -> staging.equals(c.resourceId()));
  }
}
