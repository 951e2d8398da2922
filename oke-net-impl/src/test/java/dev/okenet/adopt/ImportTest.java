package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RouteTableKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedSecurityRule;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing a prod-shaped network built on FakeOci with SDK calls. */
@FakeOciTest
class ImportTest {
  static FakeOci oci;
  private static Imports prod;
  private static ImportedNetwork imported;

  @BeforeAll
  static void importProd() {
    prod = Imports.of(oci, ReferenceNetworks.prod());
    imported = prod.imported();
  }

  @Test
  void subnetRolesComeFromTheClustersReferences() {
    OkeNetwork m = imported.model();

    assertThat(m.apiEndpoint().existingId()).contains(prod.live.ids.get(ResourceKey.subnet(SubnetRole.API_ENDPOINT)));
    assertThat(m.workers().existingId()).contains(prod.live.ids.get(ResourceKey.subnet(SubnetRole.WORKERS)));
    assertThat(m.pods().flatMap(s -> s.existingId())).contains(prod.live.ids.get(ResourceKey.subnet(SubnetRole.PODS)));
    assertThat(m.publicLoadBalancers().flatMap(s -> s.existingId())).contains(prod.live.ids.get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)));
    assertThat(m.internalLoadBalancers().flatMap(s -> s.existingId())).contains(prod.live.ids.get(ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS)));
  }

  @Test
  void subnetsTheClusterDoesNotNameAreExtraSubnets() {
    assertThat(imported.model().extraSubnets()).singleElement()
        .satisfies(s -> assertThat(s.existingId()).contains(prod.live.ids.get(ResourceKey.extraSubnet("bastion"))));
  }

  @Test
  void vcnDrgAndClusterAreReferencedByOcid() {
    OkeNetwork m = imported.model();

    assertThat(m.vcn().existingId()).contains(prod.live.vcnId());
    assertThat(m.drg().flatMap(d -> d.existingId())).contains(prod.live.ids.get(ResourceKey.drg()));
    assertThat(m.cluster().existingId()).contains(prod.live.clusterId());
  }

  @Test
  void clusterSettingsAreRead() {
    OkeNetwork m = imported.model();

    assertThat(m.podNetworking().isVcnNative()).isTrue();
    assertThat(m.cluster().kubernetesVersion()).isEqualTo("v1.31.1");
    assertThat(m.cluster().endpoint().isPublic()).isFalse();
    assertThat(m.cluster().endpoint().allowedClients()).extracting(Object::toString).containsExactly("192.168.0.0/16");
    assertThat(m.nodePools()).extracting(p -> p.name() + " " + p.shape().name() + " " + p.maxPodsPerNode().orElse(0))
        .containsExactly("general VM.Standard.E5.Flex 60", "batch VM.Standard.E5.Flex 31");
  }

  @Test
  void rulesAreKeptExactlyAsFoundNotRegenerated() {
    assertThat(imported.model().generatesOkeRules()).isFalse();
    assertThat(imported.model().securityEnforcement()).isEqualTo(SecurityEnforcement.NSG);
    ResolvedNetwork mine = imported.model().resolve();
    ResolvedNetwork theirs = ReferenceNetworks.prod().resolve();

    for (SubnetRole role : List.of(SubnetRole.API_ENDPOINT, SubnetRole.WORKERS, SubnetRole.PODS, SubnetRole.PUBLIC_LOAD_BALANCERS,
        SubnetRole.INTERNAL_LOAD_BALANCERS)) {
      RuleSetKey nsg = ResourceKey.nsg(role);
      assertThat(identities(mine, nsg)).as(nsg.toString()).isEqualTo(identities(theirs, nsg));
    }
  }

  @Test
  void routesAreKeptAsFound() {
    ResolvedNetwork mine = imported.model().resolve();
    ResolvedNetwork theirs = ReferenceNetworks.prod().resolve();

    assertThat(routes(mine, ResourceKey.routeTable(SubnetRole.WORKERS))).isEqualTo(routes(theirs, ResourceKey.routeTable(SubnetRole.WORKERS)));
    assertThat(routes(mine, ResourceKey.routeTable(SubnetRole.PUBLIC_LOAD_BALANCERS))).isEqualTo(routes(theirs, ResourceKey.routeTable(SubnetRole.PUBLIC_LOAD_BALANCERS)));
  }

  @Test
  void aNetworkWithEveryRequiredRuleHasNoMissingRule() {
    assertThat(imported.ruleGaps()).noneMatch(g -> g.kind() == RuleGap.Kind.MISSING);
  }

  @Test
  void everyLiveResourceIsBoundToTheProvidersLogicalKey() {
    assertThat(imported.idsByKey()).containsAllEntriesOf(prod.live.ids);
  }

  @Test
  void importingByClusterGivesTheSameModel() {
    ImportedNetwork byCluster = prod.importer().importCluster(LiveOke.COMPARTMENT, prod.live.clusterId());

    assertThat(byCluster.model()).isEqualTo(imported.model());
  }

  @Test
  void aVcnThatCannotBeReadIsAnError() {
    assertThatThrownBy(() -> prod.importer().importVcn(LiveOke.COMPARTMENT, "ocid1.vcn.oc1.iad.aaaaaaaanotthere"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cannot read VCN ocid1.vcn.oc1.iad.aaaaaaaanotthere");
  }

  private static Set<String> identities(ResolvedNetwork net, RuleSetKey key) {
    return net.ruleSet(key).orElseThrow().rules().stream().map(ResolvedSecurityRule::identity).collect(Collectors.toSet());
  }

  private static Set<String> routes(ResolvedNetwork net, RouteTableKey key) {
    return net.routeTable(key).orElseThrow().rules().stream().map(RouteRule::toString).collect(Collectors.toSet());
  }
}
