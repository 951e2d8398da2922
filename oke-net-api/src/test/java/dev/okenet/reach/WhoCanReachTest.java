package dev.okenet.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who can reach a set of pods (or anything else): every known source, directly and through Services. */
class WhoCanReachTest {
  private static final Reachability PROD = ReferenceNetworks.prod().resolve().reachability();
  private static final Reachability BROKEN = ReferenceNetworks.broken().resolve().reachability();
  private static final Endpoint API = Endpoint.pods("shop", "app=api");

  private static List<String> sources(List<Verdict> verdicts) {
    return verdicts.stream().map(v -> v.from().toString()).distinct().toList();
  }

  @Test
  void withCalicoOnlyTheAllowedPodsReachTheApi() {
    assertThat(sources(PROD.whoCanReach(API))).containsExactly("pods shop/app=web");
  }

  @Test
  void thePodsAreReachedDirectlyAndThroughTheirService() {
    assertThat(PROD.whoCanReach(API)).extracting(v -> v.to().toString(), Verdict::port)
        .containsExactly(org.assertj.core.api.Assertions.tuple("pods shop/app=api", Port.tcp(8080)),
            org.assertj.core.api.Assertions.tuple("service shop/api", Port.tcp(8080)));
  }

  @Test
  void withoutAnEngineTheWholeClusterReachesTheApi() {
    assertThat(sources(BROKEN.whoCanReach(API)))
        .contains("nodes of general", "API endpoint", "pods ops/app=grafana", "pods shop/app=web")
        .doesNotContain("internet", "on-premises");
  }

  @Test
  void theInternetReachesTheIngressControllerThroughItsLoadBalancer() {
    assertThat(PROD.whoCanReach(Endpoint.pods("ingress-nginx", "app.kubernetes.io/name=ingress-nginx")))
        .anySatisfy(v -> {
          assertThat(v.from()).isEqualTo(Endpoint.internet());
          assertThat(v.to()).isEqualTo(Endpoint.service("ingress-nginx", "controller"));
        });
  }

  @Test
  void explicitPortsReplaceTheDerivedOnes() {
    assertThat(PROD.whoCanReach(API, Port.tcp(9090))).isEmpty();
    assertThat(BROKEN.whoCanReach(API, Port.tcp(9090))).allMatch(v -> v.port().equals(Port.tcp(9090))).isNotEmpty();
  }

  @Test
  void theApiEndpointDefaultsToItsOwnPorts() {
    assertThat(PROD.whoCanReach(Endpoint.apiEndpoint())).extracting(v -> v.from().toString())
        .contains("on-premises", "nodes of general").doesNotContain("internet");
  }

  @Test
  void aTargetWithoutKnownPortsAsksForThem() {
    assertThatThrownBy(() -> PROD.whoCanReach(Endpoint.subnet(SubnetRole.WORKERS)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whoCanReach(target, Port.tcp(8080))");
  }
}
