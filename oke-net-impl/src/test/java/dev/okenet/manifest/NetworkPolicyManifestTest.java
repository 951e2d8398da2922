package dev.okenet.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPolicyManifestTest {
  private static List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy> render(NetworkPolicy... policies) {
    OkeNetwork net = ReferenceNetworks.prod().toBuilder().policies(List.of(policies)).build();
    return Manifests.of(net.resolve(), TestIds.applied()).networkPolicies();
  }

  private static List<String> names(List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy> policies) {
    return policies.stream().map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList();
  }

  private static String port(NetworkPolicyPort p) {
    return p.getProtocol() + " " + (p.getPort() == null ? "all" : p.getPort().getIntVal()) + (p.getEndPort() == null ? "" : "-" + p.getEndPort());
  }

  @Test
  void defaultDenySelectsEveryPodWithTheDeniedTypesAndNoRule() {
    var deny = render(NetworkPolicy.in("shop").defaultDeny()).get(0);

    assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
    assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(deny.getSpec().getIngress()).isEmpty();
    assertThat(deny.getSpec().getEgress()).isEmpty();
  }

  @Test
  void defaultDenyEgressOnlyHasTheEgressType() {
    assertThat(render(NetworkPolicy.in("shop").defaultDenyEgress()).get(0).getSpec().getPolicyTypes()).containsExactly("Egress");
  }

  @Test
  void allowInANamespaceWithoutEgressDenyRendersOnlyTheIngressSide() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)));

    assertThat(names(out)).containsExactly("shop/allow-web-to-api-ingress");
    var spec = out.get(0).getSpec();
    assertThat(spec.getPodSelector().getMatchLabels()).containsExactly(entry("app", "api"));
    assertThat(spec.getPolicyTypes()).containsExactly("Ingress");
    assertThat(spec.getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels()).containsExactly(entry("app", "web"));
    assertThat(spec.getIngress().get(0).getPorts()).extracting(NetworkPolicyManifestTest::port).containsExactly("TCP 8080");
  }

  @Test
  void allowWhereTheSourceNamespaceDeniesEgressAlsoRendersTheEgressSide() {
    var out = render(NetworkPolicy.in("shop").defaultDeny(),
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)));

    assertThat(names(out)).containsExactly("shop/default-deny", "shop/allow-web-to-api-ingress", "shop/allow-web-to-api-egress");
    var egress = out.get(2).getSpec();
    assertThat(egress.getPodSelector().getMatchLabels()).containsExactly(entry("app", "web"));
    assertThat(egress.getPolicyTypes()).containsExactly("Egress");
    assertThat(egress.getEgress().get(0).getTo().get(0).getPodSelector().getMatchLabels()).containsExactly(entry("app", "api"));
  }

  @Test
  void dnsEgressGoesToKubeDnsInKubeSystemOnUdpAndTcp53() {
    var out = render(NetworkPolicy.in("shop").defaultDeny(), NetworkPolicy.in("shop").allowDnsEgress());

    assertThat(names(out)).containsExactly("shop/default-deny", "shop/allow-dns-egress");
    var rule = out.get(1).getSpec().getEgress().get(0);
    NetworkPolicyPeer to = rule.getTo().get(0);
    assertThat(to.getNamespaceSelector().getMatchLabels()).containsExactly(entry("kubernetes.io/metadata.name", "kube-system"));
    assertThat(to.getPodSelector().getMatchLabels()).containsExactly(entry("k8s-app", "kube-dns"));
    assertThat(rule.getPorts()).extracting(NetworkPolicyManifestTest::port).containsExactly("UDP 53", "TCP 53");
    assertThat(out.get(1).getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
  }

  @Test
  void allowIntoANamespaceNothingIsolatesWritesNoObjectThere() {
    var out = render(NetworkPolicy.in("shop").allowDnsEgress());

    assertThat(out).isEmpty();
  }

  @Test
  void namespaceSourceBecomesANamespaceSelector() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.namespace("ingress-nginx")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443)));

    NetworkPolicyPeer from = out.get(0).getSpec().getIngress().get(0).getFrom().get(0);
    assertThat(from.getNamespaceSelector().getMatchLabels()).containsExactly(entry("kubernetes.io/metadata.name", "ingress-nginx"));
    assertThat(from.getPodSelector()).isNull();
  }

  @Test
  void podsOfAnotherNamespaceCombineNamespaceAndPodSelectorInOnePeer() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.pods("monitoring", "app=prometheus")).to(PolicyPeer.pods("app=web")).on(Port.tcp(9090)));

    NetworkPolicyPeer from = out.get(0).getSpec().getIngress().get(0).getFrom().get(0);
    assertThat(from.getNamespaceSelector().getMatchLabels()).containsExactly(entry("kubernetes.io/metadata.name", "monitoring"));
    assertThat(from.getPodSelector().getMatchLabels()).containsExactly(entry("app", "prometheus"));
  }

  @Test
  void cidrSourceBecomesAnIpBlock() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.cidr("192.168.0.0/16")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443)));

    assertThat(out.get(0).getSpec().getIngress().get(0).getFrom().get(0).getIpBlock().getCidr()).isEqualTo("192.168.0.0/16");
  }

  @Test
  void cidrDestinationRendersOnlyTheEgressSide() {
    var out = render(NetworkPolicy.in("shop").defaultDenyEgress(),
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=api")).to(PolicyPeer.cidr("10.20.0.0/16")).on(Port.tcp(5432)));

    assertThat(names(out)).containsExactly("shop/default-deny-egress", "shop/allow-api-to-10-20-0-0-16-egress");
    assertThat(out.get(1).getSpec().getEgress().get(0).getTo().get(0).getIpBlock().getCidr()).isEqualTo("10.20.0.0/16");
  }

  @Test
  void portRangeBecomesPortAndEndPort() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcpRange(8000, 8099), Port.allUdp()));

    assertThat(out.get(0).getSpec().getIngress().get(0).getPorts()).extracting(NetworkPolicyManifestTest::port)
        .containsExactly("TCP 8000-8099", "UDP all");
  }

  @Test
  void anyPortLeavesThePortsOut() {
    var out = render(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).onAnyPort());

    assertThat(out.get(0).getSpec().getIngress().get(0).getPorts()).isEmpty();
  }

  @Test
  void icmpPortIsAnErrorBecauseNetworkPolicyCannotMatchIt() {
    assertThatThrownBy(() -> render(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.icmp(3, 4))))
        .isInstanceOf(ManifestException.class).hasMessageContaining("ICMP 3/4").hasMessageContaining("TCP, UDP and SCTP");
  }

  @Test
  void twoPoliciesRenderingTheSameObjectNameIsAnError() {
    assertThatThrownBy(() -> render(
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(80)).withName("web-ingress"),
        NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=x")).to(PolicyPeer.pods("app=y")).on(Port.tcp(80)).withName("web")))
        .isInstanceOf(ManifestException.class).hasMessageContaining("NetworkPolicy shop/web-ingress");
  }
}
