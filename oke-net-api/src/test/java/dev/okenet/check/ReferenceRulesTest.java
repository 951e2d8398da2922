package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.servicesWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServiceRef;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

  private static OkeNetwork generalWithNsg(String name) {
    OkeNetwork p = prod();
    return p.toBuilder().nodePools(List.of(p.nodePools().get(0).addNsgs(name), p.nodePools().get(1))).build();
  }

  private static OkeNetwork withIngress(Ingress ingress) {
    return prodWith(b -> b.ingresses(List.of(ingress)));
  }

  @Test
  void nodePoolNamingAnUndeclaredNsgIsAnError() {
    Finding f = triggers(generalWithNsg("ghost"), "OKE-REF-001");
    assertThat(f.path()).isEqualTo("nodePools[general]");
    assertThat(f.message()).contains("'ghost'", "not declared");
    assertThat(f.fix()).contains("Nsg.named(\"ghost\")");
  }

  @Test
  void serviceNamingAnUndeclaredNsgIsAnError() {
    OkeNetwork p = prod();
    Service grafana = p.service("ops", "grafana").orElseThrow().addNsgs("ghost");
    Finding f = triggers(p.toBuilder().services(servicesWith(p, grafana)).build(), "OKE-REF-001");
    assertThat(f.path()).isEqualTo("services[ops/grafana]");
  }

  @Test
  void ruleNamingAnUndeclaredNsgIsAnError() {
    Finding f = triggers(prodWith(b -> b.workers(prod().workers().allowFrom(Peer.nsg("ghost"), Port.SSH))), "OKE-REF-001");
    assertThat(f.path()).isEqualTo("workers.extraSecurityRules");
  }

  @Test
  void nodePoolNamingADeclaredNsgIsAccepted() {
    silent(generalWithNsg("ops").toBuilder().addNsg(Nsg.named("ops")).build(), "OKE-REF-001");
  }

  @Test
  void ingressExposedByAnUndeclaredServiceIsAnError() {
    Finding f = triggers(withIngress(Ingress.of("nginx", ServiceRef.of("ingress-nginx", "missing"))), "OKE-REF-002");
    assertThat(f.path()).isEqualTo("ingresses[nginx]");
    assertThat(f.message()).contains("ingress-nginx/missing", "not declared");
  }

  @Test
  void ingressExposedByAClusterIpServiceIsAnError() {
    Finding f = triggers(withIngress(Ingress.of("nginx", ServiceRef.of("shop", "api"))), "OKE-REF-002");
    assertThat(f.message()).contains("shop/api", "CLUSTER_IP");
  }

  @Test
  void ingressExposedByALoadBalancerServiceIsAccepted() {
    silent(prod(), "OKE-REF-002");
  }

  @Test
  void ingressRoutingToAnUndeclaredServiceIsAWarning() {
    Ingress ingress = Ingress.of("nginx", ServiceRef.of("ingress-nginx", "controller")).addRoute("x.example.com", "/", ServiceRef.of("shop", "missing"), 80);
    Finding f = triggers(withIngress(ingress), "OKE-REF-003");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("x.example.com/", "shop/missing");
  }

  @Test
  void ingressRoutingToDeclaredServicesIsAccepted() {
    silent(prod(), "OKE-REF-003");
  }
}
