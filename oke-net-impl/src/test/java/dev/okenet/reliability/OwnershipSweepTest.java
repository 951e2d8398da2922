package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.Change;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Vcn;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A compartment, and a VCN, pre-seeded with resources that are not prod's: untagged, another
 * network's (a whole "staging" network applied by the provider itself, cluster and NLB
 * included), a network whose name starts like ours, half our tag pair. prod is then planned,
 * applied, changed (a subnet dropped, a rule added) and destroyed. Through the call log: no
 * mutating call ever names one of them; through the SDK: each is exactly as it was.
 */
class OwnershipSweepTest {
  private static final String COMPARTMENT = ReferenceNets.COMPARTMENT;

  /** prod with the bastion subnet dropped and one more worker rule: deletes and updates, not only creates. */
  private static OkeNetwork changed(OkeNetwork prod) {
    return prod.toBuilder().extraSubnets(List.of()).workers(prod.workers().allowFrom(Peer.ipv4("192.168.10.0/24"), Port.SSH)).build();
  }

  private static void seedCompartment(FakeOci fake) {
    ForeignEstate estate = new ForeignEstate(fake.virtualNetwork(), COMPARTMENT);
    String legacy = estate.vcn("legacy", "172.16.0.0/16", null, ForeignEstate.UNTAGGED);
    estate.subnet(legacy, "172.16.1.0/24", ForeignEstate.UNTAGGED);
    estate.routeTable(legacy, ForeignEstate.UNTAGGED);
    estate.securityList(legacy, ForeignEstate.UNTAGGED);
    estate.nsg(legacy, ForeignEstate.UNTAGGED);
    estate.internetGateway(legacy, ForeignEstate.UNTAGGED);
    String lookalike = estate.vcn("prod-flannel-vcn", "172.17.0.0/16", null, ForeignEstate.network("prod-flannel", "vcn"));
    estate.subnet(lookalike, "172.17.1.0/24", ForeignEstate.network("prod-flannel", "subnet:workers"));
    estate.nsg(lookalike, ForeignEstate.network("prod-flannel", "nsg:workers"));
    String half = estate.vcn("half", "172.18.0.0/16", null, ForeignEstate.HALF_OURS);
    estate.subnet(half, "172.18.1.0/24", ForeignEstate.HALF_OURS);
    estate.routeTable(half, ForeignEstate.KEY_ONLY);
    estate.vcn("key-only", "172.19.0.0/16", null, ForeignEstate.KEY_ONLY);
    ResolvedNetwork staging = ReferenceNetworks.prod().toBuilder().name("staging").vcn(Vcn.of("172.20.0.0/16").withDnsLabel("staging"))
        .build().resolve();
    OciNetworkProvider stagingProvider = FakeOciProviders.reliabilityBuilder(fake).build();
    ApplyResult stagingApplied = stagingProvider.apply(stagingProvider.plan(staging));
    assertThat(stagingApplied.isSuccess()).as("the staging network exists: %s", stagingApplied).isTrue();
  }

  /** Plans, applies, changes and destroys {@code intent}, asserting that no plan names a foreign id. */
  private static void liveAndDie(FakeOci fake, OkeNetwork intent, Set<String> foreign) {
    for (OkeNetwork version : List.of(intent, changed(intent))) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      Plan plan = provider.plan(version.resolve());
      assertThat(idsIn(plan)).as("ids the plan of %s names", version.name()).doesNotContainAnyElementsOf(foreign);
      ApplyResult applied = provider.apply(plan);
      assertThat(applied.isSuccess()).as("apply: %s", applied).isTrue();
    }
    Plan destroy = FakeOciProviders.reliabilityBuilder(fake).build().planDestroy(intent.name(), COMPARTMENT);
    assertThat(idsIn(destroy)).as("ids the destroy plan names").doesNotContainAnyElementsOf(foreign);
    ApplyResult destroyed = FakeOciProviders.reliabilityBuilder(fake).build().apply(destroy);
    assertThat(destroyed.isSuccess()).as("destroy: %s", destroyed).isTrue();
  }

  /** The ids the plan would call a mutating API on (an existing VCN is named too, as a reference). */
  private static List<String> idsIn(Plan plan) {
    return plan.actionable().stream().map(Change::resourceId).flatMap(Optional::stream).toList();
  }

  private static void assertUntouched(FakeOci fake, CloudSnapshot before) {
    List<ApiCall> touching = fake.calls().matching(c -> c.mutating() && before.ids().contains(c.resourceId()));
    assertThat(touching).as("mutating calls on foreign resources").isEmpty();
    assertThat(CloudSnapshot.read(fake, COMPARTMENT).notOwnedBy("prod")).as("foreign resources after plan, apply, change and destroy")
        .containsExactlyInAnyOrderElementsOf(before.entries());
  }

  @Test
  void foreignResourcesInTheCompartmentAreNeverUpdatedNorDeleted() {
    try (FakeOci fake = FakeOci.create()) {
      seedCompartment(fake);
      CloudSnapshot before = CloudSnapshot.read(fake, COMPARTMENT);
      assertThat(before.entries()).as("the seeded estate").hasSizeGreaterThan(40);
      fake.calls().clear();

      liveAndDie(fake, ReferenceNetworks.prod(), before.ids());

      assertUntouched(fake, before);
    }
  }

  /**
   * In NSG mode prod's subnets fall back on the existing VCN's default security list, which is its
   * owner's: used as it is, never changed; in security-list mode prod's own lists sit beside a
   * foreign one in the same VCN.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(SecurityEnforcement.class)
  void foreignResourcesInsideAnExistingVcnAreNeverUpdatedNorDeleted(SecurityEnforcement mode) {
    try (FakeOci fake = FakeOci.create()) {
      ForeignEstate estate = new ForeignEstate(fake.virtualNetwork(), COMPARTMENT);
      String shared = estate.vcn("shared", "10.0.0.0/16", "prod", ForeignEstate.UNTAGGED);
      estate.subnet(shared, "10.0.200.0/24", ForeignEstate.UNTAGGED);
      estate.subnet(shared, "10.0.201.0/24", ForeignEstate.network("staging", "subnet:workers"));
      estate.subnet(shared, "10.0.202.0/24", ForeignEstate.HALF_OURS);
      estate.nsg(shared, ForeignEstate.network("staging", "nsg:workers"));
      estate.nsg(shared, ForeignEstate.UNTAGGED);
      estate.routeTable(shared, ForeignEstate.network("prod-flannel", "route-table:workers"));
      estate.securityList(shared, ForeignEstate.UNTAGGED);
      OkeNetwork intent = ReferenceNetworks.prod().toBuilder().vcn(Vcn.of("10.0.0.0/16").withExistingId(shared).withDnsLabel("prod"))
          .securityEnforcement(mode).build();
      assertThat(intent.resolve().subnets()).as("prod's carving leaves the foreign subnets' room")
          .noneMatch(s -> s.cidr().overlaps(dev.okenet.vcn.Cidr.of("10.0.200.0/22")));
      CloudSnapshot before = CloudSnapshot.read(fake, COMPARTMENT);
      fake.calls().clear();

      liveAndDie(fake, intent, before.ids());

      assertUntouched(fake, before);
    }
  }

  @Test
  void aForeignSubnetInOurVcnMakesDestroyFailCleanlyOnTheVcnAndIsLeftAlone() {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).build();
      ApplyResult applied = provider.apply(provider.plan(ReferenceNets.PROD));
      String squatter = new ForeignEstate(fake.virtualNetwork(), COMPARTMENT)
          .subnet(applied.idsByKey().get(ResourceKey.vcn()), "10.0.250.0/24", ForeignEstate.UNTAGGED);
      fake.calls().clear();

      ApplyResult destroyed = FakeOciProviders.reliabilityBuilder(fake).build().destroy(ReferenceNets.PROD);

      assertThat(destroyed.failed()).as("only the VCN, which still holds the foreign subnet, is left").singleElement()
          .satisfies(f -> {
            assertThat(f.key()).isEqualTo(ResourceKey.vcn());
            assertThat(f.status()).isEqualTo(409);
            assertThat(f.message()).isNotBlank();
          });
      assertThat(fake.calls().mutating()).noneMatch(c -> squatter.equals(c.resourceId()));
      assertThat(CloudSnapshot.read(fake, COMPARTMENT).entries()).filteredOn(e -> e.ownedBy("prod")).extracting(CloudSnapshot.Entry::key)
          .as("the VCN and its default security list, which goes with it").containsExactlyInAnyOrder("vcn", "default-security-list");
      assertThat(CloudSnapshot.read(fake, COMPARTMENT).ids()).contains(squatter);
    }
  }
}
