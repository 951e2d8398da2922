package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderTest {

  @Test
  void brokenRendersEveryFindingWithItsFixWrappedForATerminal() {
    assertThat(ReferenceNetworks.broken().validate().render()).isEqualTo("""
        Validation of 'broken': NOT valid — 4 errors, 0 warnings, 0 notes.

        ERROR    OKE-IP-001  pods
            pod subnet 10.0.1.0/24 has 253 usable addresses, but node pools 'general' (12 nodes × (60 pods +
            2 VNICs) = 744) and 'batch' (6 nodes × (31 pods + 1 VNIC) = 192) need 936 plus 94 during
            upgrades = 1,030.
            Fix: Use a /21 (2,045) or larger, or lower maxPodsPerNode.

        ERROR    OKE-LB-001  services[ingress-nginx/controller]
            the public NLB for ingress-nginx/controller goes to publicLoadBalancers 10.0.2.0/24, which is a
            private subnet: OCI refuses public load balancers in private subnets, so the Service stays
            <pending> and never gets an external address.
            Fix: Make publicLoadBalancers a Subnet.publicSubnet(), or make the Service internal
            (.withInternal()).

        ERROR    OKE-LB-001  services[shop/web]
            the public NLB for shop/web goes to publicLoadBalancers 10.0.2.0/24, which is a private subnet:
            OCI refuses public load balancers in private subnets, so the Service stays <pending> and never
            gets an external address.
            Fix: Make publicLoadBalancers a Subnet.publicSubnet(), or make the Service internal
            (.withInternal()).

        ERROR    OKE-POL-001  cluster.policyEngine
            4 NetworkPolicies (shop/default-deny, shop/allow-ns-ingress-nginx-to-web, shop/allow-web-to-api
            and shop/allow-dns-egress) will be silently ignored: the cluster has no NetworkPolicy engine
            (policyEngine NONE).
            Fix: Install an engine and declare it: cluster.withPolicyEngine(PolicyEngine.CALICO).
        """);
  }

  @Test
  void cleanNetworkRendersOneLine() {
    // prod with the allows its two warnings (OKE-POL-005, OKE-POL-006) ask for.
    OkeNetwork clean = ReferenceNetworks.prod().toBuilder()
        .addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.pods("ingress-nginx", "app.kubernetes.io/name=ingress-nginx"))
            .to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)))
        .addPolicy(NetworkPolicy.in("shop").allow(PolicyPeer.cidr("0.0.0.0/0")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443)))
        .build();
    assertThat(clean.validate().render()).isEqualTo("Validation of 'prod': valid, no findings.\n");
  }

  @Test
  void prodRendersItsTwoPolicyWarnings() {
    assertThat(ReferenceNetworks.prod().validate().render()).isEqualTo("""
        Validation of 'prod': valid — 0 errors, 2 warnings, 0 notes.

        WARNING  OKE-POL-005  ingresses[nginx]
            ingress class nginx routes api.example.com/v1 to shop/api:8080 (target TCP 8080 on pods app=api
            in shop), but NetworkPolicy shop/default-deny isolates ingress at pods shop/app=api
            (10.0.32.0/19) and no policy admits the ingress controller's pods
            (app.kubernetes.io/name=ingress-nginx in ingress-nginx, behind ingress-nginx/controller) on TCP
            8080: the route answers 502 or 504.
            Fix: Add NetworkPolicy.in("shop").allow(PolicyPeer.pods("ingress-nginx",
            "app.kubernetes.io/name=ingress-nginx")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080)).

        WARNING  OKE-POL-006  services[shop/web]
            public Service shop/web is blocked by NetworkPolicy shop/default-deny: internet → TCP 443
            reaches the load balancer but is denied at the pods (app=web in shop), because no policy in shop
            admits the clients' addresses (the NLB preserves them: externalTrafficPolicy Local): every
            connection times out.
            Fix: Add
            NetworkPolicy.in("shop").allow(PolicyPeer.cidr("0.0.0.0/0")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443)).
        """);
  }

  @Test
  void summaryCountsWarningsOfAValidReport() {
    Report report = Report.of("n", List.of(new Finding("OKE-ADDR-003", Severity.WARNING, "vcn.cidrs[100.64.0.0/16]", "m", "f")));
    assertThat(report.render()).startsWith("Validation of 'n': valid — 0 errors, 1 warning, 0 notes.\n");
  }

  @Test
  void findingPrintsOnOneLineWithIdSeverityPathMessageAndFix() {
    Finding f = ReferenceNetworks.broken().validate().findings("OKE-IP-001").get(0);
    assertThat(f.toString()).startsWith("OKE-IP-001 error pods: pod subnet 10.0.1.0/24 has 253 usable addresses")
        .endsWith("= 1,030. Use a /21 (2,045) or larger, or lower maxPodsPerNode.");
  }
}
