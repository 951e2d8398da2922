package dev.okenet.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.ServiceRef;
import dev.okenet.reference.ReferenceNetworks;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngressManifestTest {
  private static final ServiceRef CONTROLLER = ServiceRef.of("ingress-nginx", "controller");

  private static List<io.fabric8.kubernetes.api.model.networking.v1.Ingress> render(Ingress... ingresses) {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().ingresses(List.of(ingresses)).build();
    return Manifests.of(net.resolve(), TestIds.applied()).ingresses();
  }

  private static String describe(io.fabric8.kubernetes.api.model.networking.v1.IngressRule rule) {
    HTTPIngressPath p = rule.getHttp().getPaths().get(0);
    return rule.getHost() + p.getPath() + " " + p.getPathType() + " -> " + p.getBackend().getService().getName() + ":"
        + p.getBackend().getService().getPort().getNumber();
  }

  @Test
  void prodIngressRoutesBothHostsInTheBackendsNamespaceWithItsClass() {
    var ingress = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied()).ingresses();

    assertThat(ingress).hasSize(1);
    assertThat(ingress.get(0).getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(ingress.get(0).getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.get(0).getSpec().getRules()).extracting(IngressManifestTest::describe)
        .containsExactly("shop.example.com/ Prefix -> web:80", "api.example.com/v1 Prefix -> api:8080");
  }

  @Test
  void pathsOfOneHostShareOneRule() {
    var ingress = render(Ingress.of("nginx", CONTROLLER)
        .addRoute("shop.example.com", "/", ServiceRef.of("shop", "web"), 80)
        .addRoute("shop.example.com", "/api", ServiceRef.of("shop", "api"), 8080)).get(0);

    assertThat(ingress.getSpec().getRules()).hasSize(1);
    assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths()).extracting(HTTPIngressPath::getPath).containsExactly("/", "/api");
  }

  @Test
  void backendsInTwoNamespacesGiveOneObjectPerNamespace() {
    var ingresses = render(Ingress.of("nginx", CONTROLLER)
        .addRoute("shop.example.com", "/", ServiceRef.of("shop", "web"), 80)
        .addRoute("grafana.example.com", "/", ServiceRef.of("ops", "grafana"), 3000));

    assertThat(ingresses).extracting(i -> i.getMetadata().getNamespace() + "/" + i.getMetadata().getName())
        .containsExactly("shop/nginx", "ops/nginx");
  }

  @Test
  void tlsGoesToTheObjectThatRoutesItsHost() {
    var ingresses = render(Ingress.of("nginx", CONTROLLER)
        .addRoute("shop.example.com", "/", ServiceRef.of("shop", "web"), 80)
        .addRoute("grafana.example.com", "/", ServiceRef.of("ops", "grafana"), 3000)
        .addTls("shop-tls", "shop.example.com"));

    assertThat(ingresses.get(0).getSpec().getTls()).singleElement()
        .satisfies(t -> assertThat(t.getSecretName() + " " + t.getHosts()).isEqualTo("shop-tls [shop.example.com]"));
    assertThat(ingresses.get(1).getSpec().getTls()).isEmpty();
  }

  @Test
  void secondIngressOfAClassGetsANumberedName() {
    var ingresses = render(
        Ingress.of("nginx", CONTROLLER).addRoute("a.example.com", "/", ServiceRef.of("shop", "web"), 80),
        Ingress.of("nginx", CONTROLLER).addRoute("b.example.com", "/", ServiceRef.of("shop", "web"), 80));

    assertThat(ingresses).extracting(i -> i.getMetadata().getName()).containsExactly("nginx", "nginx-2");
  }

  @Test
  void ingressExposedByAnUndeclaredServiceIsAnError() {
    assertThatThrownBy(() -> render(Ingress.of("nginx", ServiceRef.of("ingress-nginx", "missing"))
        .addRoute("a.example.com", "/", ServiceRef.of("shop", "web"), 80)))
        .isInstanceOf(ManifestException.class).hasMessageContaining("ingress-nginx/missing").hasMessageContaining("Service.loadBalancer(");
  }

  @Test
  void ingressExposedByAClusterIpServiceIsAnError() {
    assertThatThrownBy(() -> render(Ingress.of("nginx", ServiceRef.of("shop", "api"))
        .addRoute("a.example.com", "/", ServiceRef.of("shop", "web"), 80)))
        .isInstanceOf(ManifestException.class).hasMessageContaining("gets no load balancer");
  }

  @Test
  void tlsForAHostWithoutRouteIsAnError() {
    assertThatThrownBy(() -> render(Ingress.of("nginx", CONTROLLER)
        .addRoute("a.example.com", "/", ServiceRef.of("shop", "web"), 80).addTls("b-tls", "b.example.com")))
        .isInstanceOf(ManifestException.class).hasMessageContaining("b.example.com").hasMessageContaining("routes nothing");
  }

  @Test
  void ingressWithoutRulesIsAnError() {
    assertThatThrownBy(() -> render(Ingress.of("nginx", CONTROLLER)))
        .isInstanceOf(ManifestException.class).hasMessageContaining("has no rule");
  }
}
