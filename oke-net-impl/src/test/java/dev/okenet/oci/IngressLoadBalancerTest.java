package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancerSummary;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.ServiceRef;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class IngressLoadBalancerTest {
  private static final ResourceKey KEY = ResourceKey.ingressNlb("ingress-nginx", "controller");
  FakeOci oci;
  OciServices services;

  private OciNetworkProvider provider() {
    return FakeOciProviders.builder(oci, services).ingressLoadBalancers(true).build();
  }

  private List<NetworkLoadBalancerSummary> liveNlbs() {
    return services.networkLoadBalancer().listNetworkLoadBalancers(ListNetworkLoadBalancersRequest.builder()
        .compartmentId(Networks.COMPARTMENT).build()).getNetworkLoadBalancerCollection().getItems().stream()
        .filter(n -> n.getLifecycleState().getValue().equals("ACTIVE")).toList();
  }

  @Test
  void theOptionPlansOneNlbPerIngressControllerInThePublicLbSubnet() {
    Plan plan = provider().plan(Networks.prod());

    Change nlb = plan.change(KEY).orElseThrow();
    assertThat(nlb.type()).isEqualTo(ResourceType.NETWORK_LOAD_BALANCER);
    assertThat(nlb.dependencies()).contains(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS));
    assertThat(nlb.diffs()).anySatisfy(d -> {
      assertThat(d.field()).isEqualTo("listeners");
      assertThat(d.after()).hasValue("TCP 443, TCP 80");
    });
  }

  @Test
  void withoutTheOptionNoNlbIsPlanned() {
    assertThat(FakeOciProviders.provider(oci, services).plan(Networks.prod()).changes()).noneMatch(c -> c.type() == ResourceType.NETWORK_LOAD_BALANCER);
  }

  @Test
  void applyCreatesAPublicTaggedNlbWithAListenerAndHealthCheckedBackendSetPerPort() {
    ApplyResult r = provider().apply(provider().plan(Networks.prod()));

    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    assertThat(liveNlbs()).singleElement().satisfies(n -> {
      assertThat(n.getId()).isEqualTo(r.idsByKey().get(KEY));
      assertThat(n.getSubnetId()).isEqualTo(r.idsByKey().get(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS)));
      assertThat(n.getIsPrivate()).isFalse();
      assertThat(n.getFreeformTags()).containsEntry("okenet.network", "prod").containsEntry("okenet.key", KEY.toString());
      assertThat(n.getListeners().values()).extracting(l -> l.getPort()).containsExactlyInAnyOrder(80, 443);
      assertThat(n.getBackendSets().values()).allSatisfy(b -> {
        assertThat(b.getHealthChecker().getPort()).isEqualTo(10256);
        assertThat(b.getHealthChecker().getUrlPath()).isEqualTo("/healthz");
      });
    });
  }

  @Test
  void rePlanAfterApplyHasNoChanges() {
    provider().apply(provider().plan(Networks.prod()));

    assertThat(provider().plan(Networks.prod()).isEmpty()).isTrue();
  }

  @Test
  void destroyDeletesTheNlbBeforeItsSubnetEvenWithTheOptionOff() {
    provider().apply(provider().plan(Networks.prod()));

    ApplyResult destroyed = FakeOciProviders.provider(oci, services).destroy(Networks.prod());

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    assertThat(liveNlbs()).isEmpty();
    assertThat(Networks.subnets(services.virtualNetwork())).isEmpty();
  }

  @Test
  void anIngressWhoseControllerIsNotALoadBalancerServiceIsRefusedWithTheFix() {
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    b.ingresses(List.of(Ingress.of("traefik", ServiceRef.of("edge", "traefik"))));
    ResolvedNetwork net = b.build().resolve();

    assertThatThrownBy(() -> provider().plan(net)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edge/traefik").hasMessageContaining("Service.loadBalancer(\"edge\", \"traefik\")");
  }

  @Test
  void theOptionWithoutANetworkLoadBalancerClientSaysHowToFixIt() {
    assertThatThrownBy(() -> OciNetworkProvider.builder().virtualNetwork(services.virtualNetwork()).networkOnly(true)
        .ingressLoadBalancers(true).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("networkLoadBalancer(client)");
  }
}
