package dev.okenet.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.vcn.Port;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeModelTest {

  @Test
  void loadBalancerServiceDefaultsToThePublicFixedShapeLb() {
    LoadBalancerOptions lb = Service.loadBalancer("shop", "web").addPort(443, 8443).loadBalancer().orElseThrow();
    assertThat(lb.kind()).isEqualTo(LoadBalancerKind.LOAD_BALANCER);
    assertThat(lb.isInternal()).isFalse();
    assertThat(lb.shape()).isEqualTo(LoadBalancerOptions.FIXED_100MBPS);
    assertThat(lb.effectiveSecurityRuleManagement()).isEqualTo(SecurityRuleManagement.SL_ALL);
  }

  @Test
  void nlbWithLocalPolicyPreservesTheSource() {
    Service web = Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer()
        .withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL);
    assertThat(web.loadBalancer().orElseThrow().preservesSource()).isTrue();
    assertThat(web.loadBalancer().orElseThrow().effectiveSecurityRuleManagement()).isEqualTo(SecurityRuleManagement.NONE);
  }

  @Test
  void nlbBackendPolicyIsOneOfOcisThree() {
    Service web = Service.loadBalancer("shop", "web").withNetworkLoadBalancer().withBackendPolicy("THREE_TUPLE");
    assertThat(web.loadBalancer().orElseThrow().backendPolicy()).isEqualTo("THREE_TUPLE");
    assertThatThrownBy(() -> web.withBackendPolicy("ROUND_ROBIN")).hasMessageContaining("is not one of FIVE_TUPLE, THREE_TUPLE, TWO_TUPLE");
  }

  @Test
  void serviceSelectsAppNameByDefault() {
    assertThat(Service.clusterIp("shop", "api").selector()).isEqualTo(Selector.parse("app=api"));
  }

  @Test
  void loadBalancerOptionsOnAClusterIpServiceAreRejected() {
    assertThatThrownBy(() -> Service.clusterIp("shop", "api").withNetworkLoadBalancer())
        .hasMessageContaining("applies to LoadBalancer services only")
        .hasMessageContaining("Service.loadBalancer(\"shop\", \"api\")");
  }

  @Test
  void invalidKubernetesNamesAreRejected() {
    assertThatThrownBy(() -> Service.clusterIp("Shop", "api")).hasMessageContaining("is not a Kubernetes name");
  }

  @Test
  void servicePortOutsideTheNodePortRangeIsRejected() {
    assertThatThrownBy(() -> ServicePort.tcp(80, 8080).withNodePort(8080)).hasMessageContaining("between 30000 and 32767");
  }

  @Test
  void servicesAreEqualByValue() {
    assertThat(Service.loadBalancer("ops", "grafana").addPort(3000).withInternal().withFlexibleShape(10, 100))
        .isEqualTo(Service.loadBalancer("ops", "grafana").addPort(3000).withInternal().withFlexibleShape(10, 100));
  }

  @Test
  void selectorParsesAndMatchesLabels() {
    Selector s = Selector.parse("app=web, tier=front");
    assertThat(s.labels()).containsExactly(Map.entry("app", "web"), Map.entry("tier", "front"));
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "v", "2"))).isTrue();
    assertThat(s.matches(Map.of("app", "web"))).isFalse();
    assertThat(Selector.parse("").isAll()).isTrue();
  }

  @Test
  void malformedSelectorTermIsNamed() {
    assertThatThrownBy(() -> Selector.parse("app=web,tier")).hasMessageContaining("term 'tier' that is not key=value");
  }

  @Test
  void allowPolicyReadsLikeASentence() {
    NetworkPolicy p = NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080));
    assertThat(p.name()).isEqualTo("allow-web-to-api");
    assertThat(p.describe()).isEqualTo("shop/allow-web-to-api: allow pods app=web → pods app=api on TCP 8080");
  }

  @Test
  void defaultDenyDeniesBothDirections() {
    NetworkPolicy.DefaultDeny deny = NetworkPolicy.in("shop").defaultDeny();
    assertThat(deny.deniesIngress()).isTrue();
    assertThat(deny.deniesEgress()).isTrue();
    assertThat(NetworkPolicy.in("shop").defaultDenyIngress().deniesEgress()).isFalse();
  }

  @Test
  void dnsEgressTargetsKubeDnsOnUdpAndTcp53() {
    NetworkPolicy.Allow dns = NetworkPolicy.in("shop").allowDnsEgress();
    assertThat(dns.destination()).isEqualTo(PolicyPeer.KUBE_DNS);
    assertThat(dns.ports()).containsExactly(Port.udp(53), Port.tcp(53));
  }

  @Test
  void policyInAnInvalidNamespaceIsRejected() {
    assertThatThrownBy(() -> NetworkPolicy.in("Shop_1")).hasMessageContaining("NetworkPolicy namespace 'Shop_1'");
  }

  @Test
  void ingressPathMustBeAbsolute() {
    assertThatThrownBy(() -> Ingress.of("nginx", ServiceRef.parse("ingress-nginx/controller"))
        .addRoute("shop.example.com", "v1", ServiceRef.parse("shop/web"), 80)).hasMessageContaining("Did you mean /v1?");
  }

  @Test
  void serviceRefParsesNamespaceSlashName() {
    assertThat(ServiceRef.parse("shop/web")).isEqualTo(ServiceRef.of("shop", "web"));
    assertThatThrownBy(() -> ServiceRef.parse("web")).hasMessageContaining("Write it like \"shop/web\"");
  }
}
