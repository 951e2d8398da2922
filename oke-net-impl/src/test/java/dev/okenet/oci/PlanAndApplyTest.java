package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.Subnet;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.resolved.ResolvedSubnet;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class PlanAndApplyTest {
  FakeOci oci;
  OciServices services;

  @Test
  void planOfAnEmptyCompartmentCreatesEverythingWithDependenciesFirst() {
    Plan plan = FakeOciProviders.provider(oci, services).plan(Networks.prod());

    assertThat(plan.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.action()).isEqualTo(ChangeAction.CREATE));
    Set<ResourceKey> seen = new HashSet<>();
    for (Change c : plan.changes()) {
      assertThat(seen).as("dependencies of %s come first", c.key()).containsAll(c.dependencies());
      seen.add(c.key());
    }
    assertThat(seen).extracting(Object::toString).contains("vcn", "igw", "nat", "sgw", "drg", "drg-attachment:vcn",
        "default-security-list", "subnet:workers", "subnet:pods", "route-table:workers", "nsg:workers");
  }

  @Test
  void planOfAnEmptyCompartmentMakesNoMutatingCall() {
    FakeOciProviders.provider(oci, services).plan(Networks.prod());

    assertThat(oci.calls().mutatingCount()).isZero();
  }

  @Test
  void applyCreatesEverySubnetWithItsCidrAndOwnershipTags() {
    ResolvedNetwork net = Networks.prod();
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult result = provider.apply(provider.plan(net));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    Map<String, Subnet> byKey = Networks.subnets(services.virtualNetwork()).stream()
        .collect(Collectors.toMap(s -> s.getFreeformTags().get("okenet.key"), s -> s));
    for (ResolvedSubnet s : net.subnets()) {
      Subnet live = byKey.get(s.key().toString());
      assertThat(live).as(s.key().toString()).isNotNull();
      assertThat(live.getCidrBlock()).isEqualTo(s.cidr().toString());
      assertThat(live.getDisplayName()).isEqualTo(s.name());
      assertThat(live.getProhibitPublicIpOnVnic()).isEqualTo(!s.isPublic());
      assertThat(live.getFreeformTags()).containsEntry("okenet.network", "prod");
      assertThat(live.getId()).isEqualTo(result.idsByKey().get(s.key()));
    }
  }

  @Test
  void applyPutsTheSubnetOnItsRouteTable() {
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);
    ApplyResult result = provider.apply(provider.plan(Networks.prod()));

    Subnet workers = Networks.subnets(services.virtualNetwork()).stream()
        .filter(s -> "subnet:workers".equals(s.getFreeformTags().get("okenet.key"))).findFirst().orElseThrow();
    assertThat(workers.getRouteTableId()).isEqualTo(result.idsByKey().get(ResourceKey.routeTable(SubnetRole.WORKERS)));
  }

  @Test
  void planAfterApplyHasNoChanges() {
    ResolvedNetwork net = Networks.prod();
    FakeOciProviders.appliedCleanly(oci, services, net);

    Plan again = FakeOciProviders.provider(oci, services).plan(net);

    assertThat(again.actionable()).as(again.render()).isEmpty();
    assertThat(again.summary()).startsWith("No changes.");
  }

  @Test
  void flannelNetworkAppliesAndConverges() {
    ResolvedNetwork net = Networks.prodFlannel();
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult result = provider.apply(provider.plan(net));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(FakeOciProviders.provider(oci, services).plan(net).isEmpty()).isTrue();
  }

  @Test
  void applyStreamsAStartedAndASucceededEventPerCreatedResource() {
    List<ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    OciNetworkProvider provider = FakeOciProviders.builder(oci, services).listener(events::add).build();
    Plan plan = provider.plan(Networks.prod());

    provider.apply(plan);

    assertThat(events).filteredOn(e -> e.state() == ProgressEvent.State.SUCCEEDED).extracting(ProgressEvent::key)
        .containsAll(plan.actionable().stream().map(Change::key).toList());
    assertThat(events).filteredOn(e -> e.key().equals(ResourceKey.vcn())).extracting(ProgressEvent::state)
        .containsExactly(ProgressEvent.State.STARTED, ProgressEvent.State.SUCCEEDED);
  }
}
