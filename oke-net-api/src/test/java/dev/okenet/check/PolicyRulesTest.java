package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServiceRef;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import java.util.List;
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

  private static final PolicyPeer NGINX = PolicyPeer.pods("ingress-nginx", "app.kubernetes.io/name=ingress-nginx");

  @Test
  void prodsApiRouteIsDroppedByShopsDefaultDeny() {
    Finding f = triggers(prod(), "OKE-POL-005");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("ingresses[nginx]");
    assertThat(f.message()).contains("api.example.com/v1", "shop/api:8080", "target TCP 8080", "shop/default-deny",
        "app.kubernetes.io/name=ingress-nginx in ingress-nginx", "502 or 504");
    assertThat(f.fix()).isEqualTo("Add NetworkPolicy.in(\"shop\").allow(PolicyPeer.pods(\"ingress-nginx\", "
        + "\"app.kubernetes.io/name=ingress-nginx\")).to(PolicyPeer.pods(\"app=api\")).on(Port.tcp(8080)).");
  }

  @Test
  void apiRouteAdmittedByTheAllowTheFixNamesIsAccepted() {
    silent(prodWith(b -> b.addPolicy(NetworkPolicy.in("shop").allow(NGINX).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)))),
        "OKE-POL-005");
  }

  @Test
  void allowOnTheServicePortInsteadOfTheTargetPortStillDropsTheRoute() {
    // shop/api listens on 80 and forwards to 8080: the controller reaches the pods on 8080.
    OkeNetwork n = prodWith(b -> b.services(RuleAsserts.servicesWith(prod(), Service.clusterIp("shop", "api").addPort(80, 8080)))
        .ingresses(List.of(Ingress.of("nginx", ServiceRef.of("ingress-nginx", "controller"))
            .addRoute("api.example.com", "/v1", ServiceRef.of("shop", "api"), 80)))
        .addPolicy(NetworkPolicy.in("shop").allow(NGINX).to(PolicyPeer.pods("app=api")).on(Port.tcp(80))));
    Finding f = triggers(n, "OKE-POL-005");
    assertThat(f.message()).contains("shop/api:80", "target TCP 8080");
    assertThat(f.fix()).contains("Port.tcp(8080)");
  }

  @Test
  void droppedRouteIsLeftToPol001WithoutAnEngine() {
    OkeNetwork n = prodWith(b -> b.cluster(prod().cluster().withPolicyEngine(PolicyEngine.NONE)));
    silent(n, "OKE-POL-005");
    assertThat(n.validate().has("OKE-POL-001")).isTrue();
  }

  @Test
  void routeIntoANamespaceNoPolicyIsolatesIsAccepted() {
    silent(prodWith(b -> b.policies(List.of(NetworkPolicy.in("ops").allowDnsEgress()))), "OKE-POL-005");
  }

  /**
   * As in Kubernetes, an allow isolates the pods it selects: without shop's default deny,
   * allow-web-to-api still selects app=api for ingress, so the ingress controller's route to
   * shop/api:8080 is dropped there (the rendered allow-web-to-api-ingress admits only app=web).
   */
  @Test
  void routeToPodsAnAllowIsolatesIsDroppedWithoutADefaultDeny() {
    Finding f = triggers(prodWith(b -> b.policies(prod().policies().stream().filter(p -> p.kind() != NetworkPolicy.Kind.DEFAULT_DENY).toList())),
        "OKE-POL-005");
    assertThat(f.message()).contains("shop/api:8080", "shop/allow-web-to-api");
  }

  /** prod's shop/web is a public NLB preserving the client's address, and shop's default deny admits no client. */
  @Test
  void prodsPublicWebServiceIsDroppedByShopsDefaultDeny() {
    Finding f = triggers(prod(), "OKE-POL-006");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("services[shop/web]");
    assertThat(f.message()).contains("public Service shop/web", "shop/default-deny", "internet → TCP 443",
        "the clients' addresses", "externalTrafficPolicy Local", "times out");
    assertThat(f.fix()).isEqualTo("Add NetworkPolicy.in(\"shop\").allow(PolicyPeer.cidr(\"0.0.0.0/0\"))"
        + ".to(PolicyPeer.pods(\"app=web\")).on(Port.tcp(8443)).");
  }

  @Test
  void publicServiceAdmittedByTheAllowTheFixNamesIsAccepted() {
    silent(prodWith(b -> b.addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.cidr("0.0.0.0/0")).to(PolicyPeer.pods("app=web"))
        .on(Port.tcp(8443)))), "OKE-POL-006");
  }

  @Test
  void publicServiceNotPreservingTheSourceNeedsTheWorkersAdmitted() {
    Service web = prod().service("shop", "web").orElseThrow().withExternalTrafficPolicy(ExternalTrafficPolicy.CLUSTER);
    Finding f = triggers(prodWith(b -> b.services(RuleAsserts.servicesWith(prod(), web))), "OKE-POL-006");
    assertThat(f.message()).contains("the address the pods see", "does not preserve");
    assertThat(f.fix()).contains("PolicyPeer.cidr(\"10.0.4.0/22\")", "PolicyPeer.pods(\"app=web\")", "Port.tcp(8443)");
  }

  @Test
  void publicServiceWithSourceRangesNamesTheRange() {
    Service web = prod().service("shop", "web").orElseThrow().addSourceRanges("198.51.100.0/24");
    Finding f = triggers(prodWith(b -> b.services(RuleAsserts.servicesWith(prod(), web))), "OKE-POL-006");
    assertThat(f.message()).contains("198.51.100.0/24");
    assertThat(f.fix()).contains("PolicyPeer.cidr(\"198.51.100.0/24\")");
  }

  @Test
  void internalServiceBehindADefaultDenyIsNotThisRulesConcern() {
    Service web = prod().service("shop", "web").orElseThrow().withInternal();
    silent(prodWith(b -> b.services(RuleAsserts.servicesWith(prod(), web))), "OKE-POL-006");
  }

  @Test
  void droppedPublicServiceIsLeftToPol001WithoutAnEngine() {
    silent(prodWith(b -> b.cluster(prod().cluster().withPolicyEngine(PolicyEngine.NONE))), "OKE-POL-006");
  }
}
