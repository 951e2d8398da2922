package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class OwnershipTest {
  FakeOci oci;
  OciServices services;

  private Vcn foreignVcn(String name, String cidr, Map<String, String> tags) {
    return services.virtualNetwork().createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder()
        .compartmentId(Networks.COMPARTMENT).cidrBlocks(List.of(cidr)).displayName(name).freeformTags(tags).build()).build()).getVcn();
  }

  private Subnet foreignSubnet(String vcnId, String cidr, Map<String, String> tags) {
    return services.virtualNetwork().createSubnet(CreateSubnetRequest.builder().createSubnetDetails(CreateSubnetDetails.builder()
        .compartmentId(Networks.COMPARTMENT).vcnId(vcnId).cidrBlock(cidr).displayName("foreign").freeformTags(tags).build())
        .build()).getSubnet();
  }

  private Set<String> mutatedIds() {
    return oci.calls().mutating().stream().map(c -> c.resourceId()).filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void applyAndDestroyNeverTouchUntaggedOrOtherNetworksResources() {
    Vcn untagged = foreignVcn("legacy", "172.16.0.0/16", Map.of());
    Subnet untaggedSubnet = foreignSubnet(untagged.getId(), "172.16.1.0/24", Map.of());
    Vcn otherNetwork = foreignVcn("staging-vcn", "172.17.0.0/16", Map.of("okenet.network", "staging", "okenet.key", "vcn"));
    Vcn halfTagged = foreignVcn("half", "172.18.0.0/16", Map.of("okenet.network", "prod"));
    oci.calls().clear();
    ResolvedNetwork net = Networks.prod();

    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    assertThat(provider.apply(provider.plan(net)).isSuccess()).isTrue();
    assertThat(FakeOciProviders.provider(oci, services).destroy(net).isSuccess()).isTrue();

    assertThat(mutatedIds()).doesNotContain(untagged.getId(), untaggedSubnet.getId(), otherNetwork.getId(), halfTagged.getId());
    assertThat(Networks.vcns(services.virtualNetwork())).extracting(Vcn::getId)
        .containsExactlyInAnyOrder(untagged.getId(), otherNetwork.getId(), halfTagged.getId());
  }

  @Test
  void anUntaggedSubnetInsideOurVcnIsNeverPlannedNorTouched() {
    ResolvedNetwork net = Networks.prod();
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult applied = provider.apply(provider.plan(net));
    Subnet stranger = foreignSubnet(applied.idsByKey().get(ResourceKey.vcn()), "10.0.255.0/28", Map.of());
    oci.calls().clear();

    Plan plan = FakeOciProviders.provider(oci, services).plan(net);
    ApplyResult reapplied = FakeOciProviders.provider(oci, services).apply(plan);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.changes()).noneMatch(c -> c.resourceId().equals(java.util.Optional.of(stranger.getId())));
    assertThat(reapplied.isSuccess()).isTrue();
    assertThat(mutatedIds()).doesNotContain(stranger.getId());
  }

  @Test
  void destroyPlanOfANetworkWithAForeignSubnetInItsVcnNeverDeletesThatSubnet() {
    ResolvedNetwork net = Networks.prod();
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult applied = provider.apply(provider.plan(net));
    Subnet stranger = foreignSubnet(applied.idsByKey().get(ResourceKey.vcn()), "10.0.255.0/28", Map.of("okenet.network", "other", "okenet.key", "subnet:workers"));

    Plan destroy = FakeOciProviders.provider(oci, services).planDestroy(net);

    assertThat(destroy.changes()).allSatisfy(c -> assertThat(c.action()).isEqualTo(ChangeAction.DELETE));
    assertThat(destroy.changes()).extracting(c -> c.resourceId().orElseThrow()).doesNotContain(stranger.getId());
  }

  @Test
  void destroyRemovesEverythingTheNetworkOwns() {
    ResolvedNetwork net = Networks.prod();
    FakeOciProviders.appliedCleanly(oci, services, net);

    ApplyResult destroyed = FakeOciProviders.provider(oci, services).destroy(net);

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    assertThat(Networks.vcns(services.virtualNetwork())).isEmpty();
    assertThat(Networks.subnets(services.virtualNetwork())).isEmpty();
    assertThat(Networks.nsgs(services.virtualNetwork())).isEmpty();
    assertThat(FakeOciProviders.provider(oci, services).planDestroy(net).isEmpty()).isTrue();
  }

  @Test
  void destroyDeletesSubnetsBeforeTheirVcn() {
    ResolvedNetwork net = Networks.prod();
    FakeOciProviders.appliedCleanly(oci, services, net);
    oci.calls().clear();

    FakeOciProviders.provider(oci, services).destroy(net);

    var calls = oci.calls().mutating();
    long lastSubnet = calls.stream().filter(c -> c.operation().equals("deleteSubnet")).mapToLong(c -> c.sequence()).max().orElseThrow();
    long vcn = calls.stream().filter(c -> c.operation().equals("deleteVcn")).mapToLong(c -> c.sequence()).findFirst().orElseThrow();
    assertThat(lastSubnet).isLessThan(vcn);
  }
}
