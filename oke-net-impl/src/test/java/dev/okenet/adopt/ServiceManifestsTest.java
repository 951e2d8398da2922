package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerKind;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service manifests oke-net did not render, read as the OCI cloud controller manager reads them
 * (oracle/oci-cloud-controller-manager v1.35.0, load_balancer_spec.go and load_balancer_util.go).
 */
@FakeOciTest
class ServiceManifestsTest {
  FakeOci oci;
  private static String nlb(String name, String externalTrafficPolicy, String extraAnnotations, String ports) {
    return """
        apiVersion: v1
        kind: Service
        metadata:
          name: %s
          namespace: ingress-nginx
          annotations:
            oci.oraclecloud.com/load-balancer-type: "nlb"
        %s
        spec:
          type: LoadBalancer
          externalTrafficPolicy: %s
          selector:
            app.kubernetes.io/name: ingress-nginx
          ports:
        %s
        """.formatted(name, extraAnnotations.indent(4).stripTrailing(), externalTrafficPolicy, ports.indent(2).stripTrailing());
  }

  private static final String TCP_443 = "- {name: https, port: 443, targetPort: 8443, protocol: TCP}";
  private static final String PRESERVE_FALSE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"false\"";

  private static Finding onlyFinding(ServiceManifests m) {
    assertThat(m.findings()).as(m.findings().toString()).hasSize(1);
    return m.findings().get(0);
  }

  /** The CCM refuses the annotation with Cluster whatever its value: getPreserveSource. */
  @Test
  void preserveSourceFalseWithClusterIsRefusedByTheCcm() {
    Finding f = onlyFinding(ServiceManifests.read(nlb("controller", "Cluster", PRESERVE_FALSE, TCP_443)));
    assertThat(f.ruleId()).isEqualTo("OKE-IMPORT-012");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("Service ingress-nginx/controller");
    assertThat(f.message()).contains("is-preserve-source: \"false\"", "externalTrafficPolicy Cluster",
        "annotation cannot be set when externalTrafficPolicy is set to Cluster", "getPreserveSource", "<pending>");
    assertThat(f.fix()).contains("Remove the oci-network-load-balancer.oraclecloud.com/is-preserve-source annotation");
  }

  @Test
  void preserveSourceTrueWithClusterIsRefusedToo() {
    String yaml = nlb("controller", "Cluster", "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"true\"", TCP_443);
    assertThat(onlyFinding(ServiceManifests.read(yaml)).ruleId()).isEqualTo("OKE-IMPORT-012");
  }

  @Test
  void clusterWithoutTheAnnotationIsAccepted() {
    ServiceManifests m = ServiceManifests.read(nlb("controller", "Cluster", "", TCP_443));
    assertThat(m.findings()).isEmpty();
    assertThat(m.services()).singleElement().satisfies(s -> assertThat(s.loadBalancer().get().preservesSource()).isFalse());
  }

  /** getPreserveSource compares the type annotation exactly with "nlb" before looking at the annotation. */
  @Test
  void upperCaseTypeSkipsTheCcmsPreserveSourceCheck() {
    String yaml = nlb("controller", "Cluster", PRESERVE_FALSE, TCP_443).replace("\"nlb\"", "\"NLB\"");
    ServiceManifests m = ServiceManifests.read(yaml);
    assertThat(m.findings()).isEmpty();
    assertThat(m.services().get(0).loadBalancer().get().kind()).isEqualTo(LoadBalancerKind.NETWORK_LOAD_BALANCER);
  }

  @Test
  void localWithoutTheAnnotationPreservesTheSource() {
    ServiceManifests m = ServiceManifests.read(nlb("web", "Local", "", TCP_443));
    assertThat(m.findings()).isEmpty();
    LoadBalancerOptions o = m.services().get(0).loadBalancer().orElseThrow();
    assertThat(o.externalTrafficPolicy()).isEqualTo(ExternalTrafficPolicy.LOCAL);
    assertThat(o.preservesSource()).isTrue();
  }

  @Test
  void localWithPreserveSourceFalseIsNotedAsBeyondTheModel() {
    Finding f = onlyFinding(ServiceManifests.read(nlb("web", "Local", PRESERVE_FALSE, TCP_443)));
    assertThat(f.ruleId()).isEqualTo("OKE-IMPORT-001");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  /** getPreserveSourceAnnotation parses with Go's strconv.ParseBool. */
  @Test
  void preserveSourceValueGoCannotParseIsRefused() {
    Finding f = onlyFinding(ServiceManifests.read(nlb("web", "Local",
        "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"yes\"", TCP_443)));
    assertThat(f.ruleId()).isEqualTo("OKE-IMPORT-012");
    assertThat(f.message()).contains("\"yes\"", "getPreserveSourceAnnotation");
  }

  @Test
  void preserveSourceValueGoParsesIsAccepted() {
    assertThat(ServiceManifests.read(nlb("web", "Local", "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"T\"",
        TCP_443)).findings()).isEmpty();
  }

  /** validateProtocols checks the NLB security-list mode even when rule management says NSG. */
  @Test
  void udpWithSecurityListModeAllBehindNsgRuleManagementIsRefused() {
    String yaml = nlb("dns", "Cluster", """
        oci.oraclecloud.com/security-rule-management-mode: "NSG"
        oci-network-load-balancer.oraclecloud.com/security-list-management-mode: "All\"""",
        "- {name: dns, port: 53, targetPort: 5353, protocol: UDP}");
    Finding f = onlyFinding(ServiceManifests.read(yaml));
    assertThat(f.ruleId()).isEqualTo("OKE-IMPORT-012");
    assertThat(f.message()).contains("UDP", "can only be 'None' for UDP protocol", "validateProtocols");
  }

  /** When the model carries SL-All itself, validate() says it (OKE-LB-014), not the reader. */
  @Test
  void udpWithSecurityListModeAllReachesTheModelForValidate() {
    String yaml = nlb("dns", "Cluster", "oci-network-load-balancer.oraclecloud.com/security-list-management-mode: \"All\"",
        "- {name: dns, port: 53, targetPort: 5353, protocol: UDP}");
    ServiceManifests m = ServiceManifests.read(yaml);
    assertThat(m.findings()).isEmpty();
    Service dns = m.services().get(0);
    assertThat(dns.loadBalancer().get().effectiveSecurityRuleManagement()).isEqualTo(SecurityRuleManagement.SL_ALL);
    assertThat(ReferenceNetworks.prod().toBuilder().addService(dns).build().validate().has("OKE-LB-014")).isTrue();
  }

  @Test
  void unknownRuleManagementModeIsRefused() {
    Finding f = onlyFinding(ServiceManifests.read(nlb("web", "Local", "oci.oraclecloud.com/security-rule-management-mode: \"SL-Everything\"",
        TCP_443)));
    assertThat(f.message()).contains("SL-Everything", "getRuleManagementMode");
  }

  @Test
  void ruleManagementModeIsComparedCaseInsensitively() {
    ServiceManifests m = ServiceManifests.read(nlb("web", "Local", "oci.oraclecloud.com/security-rule-management-mode: \"sl-frontend\"",
        TCP_443));
    assertThat(m.findings()).isEmpty();
    assertThat(m.services().get(0).loadBalancer().get().effectiveSecurityRuleManagement()).isEqualTo(SecurityRuleManagement.SL_FRONTEND);
  }

  @Test
  void loadBalancerAnnotationsBecomeTheServicesOptions() {
    ServiceManifests m = ServiceManifests.read("""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata:
            name: grafana
            namespace: ops
            annotations:
              service.beta.kubernetes.io/oci-load-balancer-internal: "true"
              service.beta.kubernetes.io/oci-load-balancer-shape: "flexible"
              service.beta.kubernetes.io/oci-load-balancer-shape-flex-min: "10"
              service.beta.kubernetes.io/oci-load-balancer-shape-flex-max: "100"
          spec:
            type: LoadBalancer
            loadBalancerSourceRanges: ["192.168.0.0/16"]
            selector: {app: grafana}
            ports: [{port: 3000, targetPort: 3000, nodePort: 31000}]
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: ignored}
        - apiVersion: v1
          kind: Service
          metadata: {name: api, namespace: shop}
          spec:
            selector: {app: api}
            ports: [{port: 8080}]
        """);
    assertThat(m.findings()).isEmpty();
    assertThat(m.services()).extracting(s -> s.ref().toString()).containsExactly("ops/grafana", "shop/api");
    Service grafana = m.services().get(0);
    LoadBalancerOptions o = grafana.loadBalancer().orElseThrow();
    assertThat(o.isInternal()).isTrue();
    assertThat(o.kind()).isEqualTo(LoadBalancerKind.LOAD_BALANCER);
    assertThat(o.minMbps()).contains(10);
    assertThat(o.maxMbps()).contains(100);
    assertThat(o.sourceRanges()).extracting(Object::toString).containsExactly("192.168.0.0/16");
    assertThat(grafana.ports().get(0).nodePort()).contains(31000);
    assertThat(grafana.selector().toString()).isEqualTo("app=grafana");
    assertThat(m.services().get(1).loadBalancer()).isEmpty();
  }

  @Test
  void textThatIsNotYamlIsAClearError() {
    assertThatThrownBy(() -> ServiceManifests.read("kind: Service\n  - : : ["))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not YAML or JSON").hasMessageContaining("kubectl get svc");
  }

  @Test
  void refusalsJoinTheImportsFindingsAndItsAudit() {
    Imports prod = Imports.of(oci, ReferenceNetworks.prod());
    ServiceManifests svcs = ServiceManifests.read(nlb("controller", "Cluster", PRESERVE_FALSE, TCP_443));
    ImportedNetwork imported = NetworkImporter.builder().virtualNetwork(prod.fake.virtualNetwork())
        .containerEngine(prod.fake.containerEngine()).name("prod")
        .kubernetes(KubernetesFacts.none().withServiceManifests(svcs)).build()
        .importVcn(LiveOke.COMPARTMENT, prod.live.vcnId());
    assertThat(imported.findings()).extracting(Finding::ruleId).contains("OKE-IMPORT-012");
    assertThat(imported.audit().importFindings()).extracting(Finding::ruleId).contains("OKE-IMPORT-012");
    assertThat(imported.model().services()).extracting(s -> s.ref().toString()).containsExactly("ingress-nginx/controller");
  }

  @Test
  void manifestsAddToServicesAlreadyGiven() {
    KubernetesFacts facts = KubernetesFacts.none().withServices(List.of(Service.clusterIp("shop", "api").addPort(8080)))
        .withServiceManifests(ServiceManifests.read(nlb("controller", "Cluster", "", TCP_443)));
    assertThat(facts.services()).extracting(s -> s.ref().toString()).containsExactly("shop/api", "ingress-nginx/controller");
  }
}
