package dev.okenet.doctor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a NetworkPolicy would do, read with the semantics of the Kubernetes API reference. */
class PolicyEffectTest {
  private static NetworkPolicyBuilder policy() {
    return new NetworkPolicyBuilder().withNewMetadata().withNamespace("shop").withName("p").endMetadata();
  }

  @Test
  void anEmptyPodSelectorWithNoRulesDeniesAllIngressOfEveryPod() {
    PolicyEffect e = PolicyEffect.of(policy().withNewSpec().withNewPodSelector().endPodSelector().endSpec().build());

    assertThat(e.selectorText()).isEqualTo("every pod");
    assertThat(e.selects(Map.of("app", "anything"))).isTrue();
    assertThat(e.blocks()).containsExactly("all ingress to them");
  }

  @Test
  void withoutPolicyTypesEgressRulesMakeItAnEgressPolicyToo() {
    NetworkPolicy p = policy().withNewSpec().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector().addNewEgress()
        .addNewTo().withNewIpBlock().withCidr("10.0.0.0/8").withExcept("10.1.0.0/16").endIpBlock().endTo().endEgress().endSpec()
        .build();

    assertThat(PolicyEffect.of(p).directions()).isEqualTo("ingress and egress");
    assertThat(PolicyEffect.of(p).blocks()).containsExactly("all ingress to them",
        "egress from them other than to 10.0.0.0/8 except 10.1.0.0/16 on any port");
  }

  @Test
  void anIngressRuleNamesItsPeersAndPorts() {
    NetworkPolicy p = policy().withNewSpec().withNewPodSelector().addToMatchLabels("app", "api").endPodSelector()
        .withPolicyTypes("Ingress").addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector()
        .endFrom().addNewPort().withProtocol("TCP").withPort(new IntOrString(8080)).endPort().addNewPort()
        .withPort(new IntOrString("metrics")).endPort().endIngress().endSpec().build();

    assertThat(PolicyEffect.of(p).blocks()).containsExactly(
        "ingress to them other than from pods app=web of namespace shop on TCP 8080, TCP port named metrics");
  }

  @Test
  void matchExpressionsSelectAsTheLabelSelectorSemanticsSay() {
    var selector = new LabelSelectorBuilder().addNewMatchExpression().withKey("tier").withOperator("In").withValues("web", "api")
        .endMatchExpression().addNewMatchExpression().withKey("canary").withOperator("DoesNotExist").endMatchExpression().build();

    assertThat(PolicyEffect.matches(selector, Map.of("tier", "web"))).isTrue();
    assertThat(PolicyEffect.matches(selector, Map.of("tier", "db"))).isFalse();
    assertThat(PolicyEffect.matches(selector, Map.of("tier", "api", "canary", "true"))).isFalse();
    assertThat(PolicyEffect.selector(selector)).isEqualTo("tier in (web,api),!canary");
  }

  @Test
  void aPolicyWithOnlyEgressTypesBlocksNoIngress() {
    NetworkPolicy p = policy().withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Egress").endSpec().build();

    assertThat(PolicyEffect.of(p).blocks()).containsExactly("all egress from them");
  }
}
