package dev.okenet.testkit.kube.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kubernetes NetworkPolicy semantics, one rule of the API reference per test. */
class PolicySemanticsTest {
    private static final Pod WEB = pod("shop", Map.of("app", "web", "tier", "front"));
    private static final Map<String, String> SHOP = Map.of("kubernetes.io/metadata.name", "shop", "team", "retail");

    private static Pod pod(String namespace, Map<String, String> labels) {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("c").addNewPort().withName("https").withContainerPort(8443)
                .endPort().addNewPort().withName("dns").withProtocol("UDP").withContainerPort(53).endPort().endContainer()
                .endSpec().build();
    }

    private static PolicySemantics.Peer peer(Pod pod) {
        return new PolicySemantics.Peer(Optional.of(pod), SHOP, "10.0.32.5");
    }

    private static PolicySemantics.Peer address(String ip) {
        return new PolicySemantics.Peer(Optional.empty(), Map.of(), ip);
    }

    private static LabelSelector selector(String key, String operator, String... values) {
        return new LabelSelectorBuilder().addNewMatchExpression().withKey(key).withOperator(operator).withValues(values)
                .endMatchExpression().build();
    }

    @Test
    void anEmptySelectorMatchesEveryPod() {
        assertThat(PolicySemantics.matches(new LabelSelector(), Map.of())).isTrue();
    }

    @Test
    void matchLabelsNeedsEveryLabel() {
        LabelSelector web = new LabelSelectorBuilder().withMatchLabels(Map.of("app", "web", "tier", "back")).build();

        assertThat(PolicySemantics.matches(web, WEB.getMetadata().getLabels())).isFalse();
    }

    @Test
    void matchExpressionsFollowTheirOperators() {
        Map<String, String> labels = WEB.getMetadata().getLabels();

        assertThat(PolicySemantics.matches(selector("app", "In", "web", "api"), labels)).isTrue();
        assertThat(PolicySemantics.matches(selector("app", "NotIn", "web"), labels)).isFalse();
        assertThat(PolicySemantics.matches(selector("tier", "Exists"), labels)).isTrue();
        assertThat(PolicySemantics.matches(selector("tier", "DoesNotExist"), labels)).isFalse();
        assertThat(PolicySemantics.matches(selector("env", "NotIn", "prod"), labels)).isTrue();
    }

    @Test
    void anUnknownOperatorIsRefusedByName() {
        assertThatThrownBy(() -> PolicySemantics.matches(selector("app", "Matches", "w.*"), Map.of("app", "web")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Matches\"");
    }

    @Test
    void policyTypesDefaultToIngressPlusEgressWhenThereAreEgressRules() {
        NetworkPolicy ingressOnly = new NetworkPolicyBuilder().withNewMetadata().withName("a").withNamespace("shop")
                .endMetadata().withNewSpec().withNewPodSelector().endPodSelector().endSpec().build();
        NetworkPolicy withEgress = new NetworkPolicyBuilder(ingressOnly).editSpec().addNewEgress().endEgress().endSpec().build();

        assertThat(PolicySemantics.hasType(ingressOnly, "Egress")).isFalse();
        assertThat(PolicySemantics.hasType(ingressOnly, "Ingress")).isTrue();
        assertThat(PolicySemantics.hasType(withEgress, "Egress")).isTrue();
    }

    @Test
    void aPolicySelectsOnlyPodsOfItsOwnNamespace() {
        NetworkPolicy all = new NetworkPolicyBuilder().withNewMetadata().withName("a").withNamespace("ops").endMetadata()
                .withNewSpec().withNewPodSelector().endPodSelector().endSpec().build();

        assertThat(PolicySemantics.selects(all, WEB)).isFalse();
    }

    @Test
    void noPeersMeansEveryPeer() {
        assertThat(PolicySemantics.peersMatch(List.of(), "shop", address("198.51.100.7"))).isTrue();
    }

    @Test
    void aPodSelectorAloneMeansPodsOfThePolicysNamespace() {
        NetworkPolicyPeer web = new NetworkPolicyPeerBuilder().withNewPodSelector().addToMatchLabels("app", "web")
                .endPodSelector().build();

        assertThat(PolicySemantics.peersMatch(List.of(web), "shop", peer(WEB))).isTrue();
        assertThat(PolicySemantics.peersMatch(List.of(web), "ops", peer(WEB))).isFalse();
    }

    @Test
    void aNamespaceSelectorAloneMeansEveryPodOfTheMatchingNamespaces() {
        NetworkPolicyPeer retail = new NetworkPolicyPeerBuilder().withNewNamespaceSelector().addToMatchLabels("team", "retail")
                .endNamespaceSelector().build();

        assertThat(PolicySemantics.peersMatch(List.of(retail), "ops", peer(WEB))).isTrue();
    }

    @Test
    void bothSelectorsMeanTheMatchingPodsOfTheMatchingNamespaces() {
        NetworkPolicyPeer apiOfRetail = new NetworkPolicyPeerBuilder().withNewNamespaceSelector()
                .addToMatchLabels("team", "retail").endNamespaceSelector().withNewPodSelector().addToMatchLabels("app", "api")
                .endPodSelector().build();

        assertThat(PolicySemantics.peersMatch(List.of(apiOfRetail), "ops", peer(WEB))).isFalse();
    }

    @Test
    void selectorsNeverMatchAnAddressOutsideThePods() {
        NetworkPolicyPeer everyNamespace = new NetworkPolicyPeerBuilder().withNewNamespaceSelector().endNamespaceSelector()
                .build();

        assertThat(PolicySemantics.peersMatch(List.of(everyNamespace), "shop", address("10.0.4.2"))).isFalse();
    }

    @Test
    void anIpBlockMatchesItsCidrButNotItsExceptions() {
        NetworkPolicyPeer block = new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr("10.0.0.0/16")
                .withExcept("10.0.4.0/24").endIpBlock().build();

        assertThat(PolicySemantics.peersMatch(List.of(block), "shop", address("10.0.32.9"))).isTrue();
        assertThat(PolicySemantics.peersMatch(List.of(block), "shop", address("10.0.4.2"))).isFalse();
        assertThat(PolicySemantics.peersMatch(List.of(block), "shop", address("192.168.1.1"))).isFalse();
    }

    @Test
    void noPortsMeansEveryPortAndProtocol() {
        assertThat(PolicySemantics.portsMatch(List.of(), "UDP", 53, Optional.empty())).isTrue();
    }

    @Test
    void aPortDefaultsToTcp() {
        NetworkPolicyPort https = new NetworkPolicyPortBuilder().withPort(new IntOrString(443)).build();

        assertThat(PolicySemantics.portsMatch(List.of(https), "TCP", 443, Optional.empty())).isTrue();
        assertThat(PolicySemantics.portsMatch(List.of(https), "UDP", 443, Optional.empty())).isFalse();
    }

    @Test
    void endPortMakesARange() {
        NetworkPolicyPort range = new NetworkPolicyPortBuilder().withPort(new IntOrString(8000)).withEndPort(8099).build();

        assertThat(PolicySemantics.portsMatch(List.of(range), "TCP", 8099, Optional.empty())).isTrue();
        assertThat(PolicySemantics.portsMatch(List.of(range), "TCP", 8100, Optional.empty())).isFalse();
    }

    @Test
    void aNamedPortIsTheDestinationPodsContainerPortOfThatNameAndProtocol() {
        NetworkPolicyPort https = new NetworkPolicyPortBuilder().withPort(new IntOrString("https")).build();
        NetworkPolicyPort dns = new NetworkPolicyPortBuilder().withProtocol("UDP").withPort(new IntOrString("dns")).build();

        assertThat(PolicySemantics.portsMatch(List.of(https), "TCP", 8443, Optional.of(WEB))).isTrue();
        assertThat(PolicySemantics.portsMatch(List.of(https), "TCP", 443, Optional.of(WEB))).isFalse();
        assertThat(PolicySemantics.portsMatch(List.of(dns), "UDP", 53, Optional.of(WEB))).isTrue();
        assertThat(PolicySemantics.portsMatch(List.of(https), "TCP", 8443, Optional.empty())).isFalse();
    }
}
