package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

  @Test
  void policiesWithoutAnEngineAreSilentlyIgnored() {
    Finding f = triggers(ReferenceNetworks.broken(), "OKE-POL-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("cluster.policyEngine");
    assertThat(f.message()).contains("4 NetworkPolicies", "shop/default-deny", "silently ignored");
  }

  @Test
  void policiesWithCalicoAreEnforced() {
    silent(prod(), "OKE-POL-001");
  }

  @Test
  void ciliumWithVcnNativePodsIsUnsupported() {
    Finding f = triggers(prodWith(b -> b.cluster(prod().cluster().withPolicyEngine(PolicyEngine.CILIUM))), "OKE-POL-002");
    assertThat(f.path()).isEqualTo("cluster.policyEngine");
    assertThat(f.message()).contains("Cilium", "VCN-native");
  }

  @Test
  void ciliumWithFlannelIsAccepted() {
    OkeNetwork flannel = ReferenceNetworks.prodFlannel();
    silent(flannel.toBuilder().cluster(flannel.cluster().withPolicyEngine(PolicyEngine.CILIUM)).build(), "OKE-POL-002");
  }

  @Test
  void defaultDenyOfEgressWithoutDnsEgressIsAWarning() {
    OkeNetwork n = prodWith(b -> b.policies(prod().policies().stream().filter(p -> !p.name().equals("allow-dns-egress")).toList()));
    Finding f = triggers(n, "OKE-POL-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("policies[shop/default-deny]");
    assertThat(f.message()).contains("namespace shop", "kube-dns", "UDP 53");
    assertThat(f.fix()).contains("NetworkPolicy.in(\"shop\").allowDnsEgress()");
  }

  @Test
  void defaultDenyOfIngressOnlyNeedsNoDnsEgress() {
    OkeNetwork n = prodWith(b -> b.policies(java.util.List.of(NetworkPolicy.in("shop").defaultDenyIngress())));
    silent(n, "OKE-POL-003");
  }

  @Test
  void defaultDenyWithDnsEgressIsAccepted() {
    silent(prod(), "OKE-POL-003");
  }

  @Test
  void policySelectingNoDeclaredWorkloadIsAWarning() {
    OkeNetwork n = prodWith(b -> b.addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=wbe")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080))));
    Finding f = triggers(n, "OKE-POL-004");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("policies[shop/allow-wbe-to-api]");
    assertThat(f.message()).contains("app=wbe", "namespace shop", "web (app=web)");
  }

  @Test
  void policiesSelectingDeclaredWorkloadsAreAccepted() {
    silent(prod(), "OKE-POL-004");
  }
}
