package dev.okenet.manifest;

import static dev.okenet.manifest.CcmAnnotations.BACKEND_NSG;
import static dev.okenet.manifest.CcmAnnotations.LB_BACKEND_PROTOCOL;
import static dev.okenet.manifest.CcmAnnotations.LB_INTERNAL;
import static dev.okenet.manifest.CcmAnnotations.LB_NSGS;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE_FLEX_MAX;
import static dev.okenet.manifest.CcmAnnotations.LB_SHAPE_FLEX_MIN;
import static dev.okenet.manifest.CcmAnnotations.LB_SSL_PORTS;
import static dev.okenet.manifest.CcmAnnotations.LB_SUBNET1;
import static dev.okenet.manifest.CcmAnnotations.LB_TLS_SECRET;
import static dev.okenet.manifest.CcmAnnotations.LOAD_BALANCER_TYPE;
import static dev.okenet.manifest.CcmAnnotations.NLB_BACKEND_POLICY;
import static dev.okenet.manifest.CcmAnnotations.NLB_INTERNAL;
import static dev.okenet.manifest.CcmAnnotations.NLB_NSGS;
import static dev.okenet.manifest.CcmAnnotations.NLB_PRESERVE_SOURCE;
import static dev.okenet.manifest.CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE;
import static dev.okenet.manifest.CcmAnnotations.NLB_SUBNET;
import static dev.okenet.manifest.CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.okenet.OkeNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityEnforcement;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceManifestTest {
  private static OkeNetwork prodWith(Service... services) {
    return ReferenceNetworks.prod().toBuilder().services(List.of(services)).ingresses(List.of()).policies(List.of()).build();
  }

  private static io.fabric8.kubernetes.api.model.Service render(OkeNetwork network) {
    return Manifests.of(network.resolve(), TestIds.applied()).services().get(0);
  }

  private static Map<String, String> annotations(Service service) {
    return render(prodWith(service)).getMetadata().getAnnotations();
  }

  @Test
  void publicNlbGetsTheNlbAnnotationsWithTheAppliedSubnetAndNsg() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer());

    assertThat(a).containsExactly(
        entry(LOAD_BALANCER_TYPE, "nlb"),
        entry(NLB_INTERNAL, "false"),
        entry(NLB_SUBNET, TestIds.LB_PUBLIC_SUBNET),
        entry(NLB_NSGS, TestIds.LB_PUBLIC_NSG),
        entry(NLB_BACKEND_POLICY, "FIVE_TUPLE"),
        entry(NLB_SECURITY_LIST_MANAGEMENT_MODE, "None"));
  }

  @Test
  void nlbWithExternalTrafficPolicyClusterCarriesNoIsPreserveSource() {
    // oci-cloud-controller-manager getPreserveSource refuses the annotation with Cluster, even "false".
    var svc = render(prodWith(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer()
        .withExternalTrafficPolicy(ExternalTrafficPolicy.CLUSTER)));

    assertThat(svc.getSpec().getExternalTrafficPolicy()).isEqualTo("Cluster");
    assertThat(svc.getMetadata().getAnnotations()).doesNotContainKey(NLB_PRESERVE_SOURCE);
  }

  @Test
  void prodsIngressControllerServiceCarriesNoIsPreserveSource() {
    var controller = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied()).services().stream()
        .filter(s -> s.getMetadata().getName().equals("controller")).findFirst().orElseThrow();

    assertThat(controller.getSpec().getExternalTrafficPolicy()).isEqualTo("Cluster");
    assertThat(controller.getMetadata().getAnnotations()).doesNotContainKey(NLB_PRESERVE_SOURCE);
  }

  @Test
  void udpNlbWithSecurityListModeAllIsRenderedWithModeNone() {
    Map<String, String> a = annotations(Service.loadBalancer("dns", "coredns").addUdpPort(53, 53).addPort(53, 53).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.SL_ALL));

    assertThat(a).containsEntry(NLB_SECURITY_LIST_MANAGEMENT_MODE, "None");
  }

  @Test
  void udpNlbWithSecurityListModeFrontendIsRenderedWithModeNone() {
    Map<String, String> a = annotations(Service.loadBalancer("dns", "coredns").addUdpPort(53, 53).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.SL_FRONTEND));

    assertThat(a).containsEntry(NLB_SECURITY_LIST_MANAGEMENT_MODE, "None");
  }

  @Test
  void udpNlbInNsgModeKeepsNsgMode() {
    Map<String, String> a = annotations(Service.loadBalancer("dns", "coredns").addUdpPort(53, 53).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.NSG));

    assertThat(a).containsEntry(SECURITY_RULE_MANAGEMENT_MODE, "NSG").doesNotContainKey(NLB_SECURITY_LIST_MANAGEMENT_MODE);
  }

  @Test
  void loadBalancerWithAUdpPortIsAnErrorNamingTheNlb() {
    OkeNetwork net = prodWith(Service.loadBalancer("dns", "coredns").addUdpPort(53, 53).withFlexibleShape(10, 100));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("Service dns/coredns")
        .hasMessageContaining("UDP").hasMessageContaining("withNetworkLoadBalancer()");
  }

  /**
   * The CCM refuses a backend protocol other than HTTP, TCP or GRPC ({@code getListenersOciLoadBalancer});
   * the DSL refuses it when it is set, with the fix, so no network holds one to render.
   */
  @Test
  void backendProtocolTheCcmDoesNotKnowIsAnError() {
    Service web = Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(10, 100);

    assertThatThrownBy(() -> web.withBackendProtocol("HTTPS")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Service shop/web").hasMessageContaining("'HTTPS'").hasMessageContaining("Give TCP, HTTP or GRPC.");
  }

  @Test
  void backendProtocolGivenInAnyCaseIsWrittenUpperCase() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(10, 100).withBackendProtocol(" http"));

    assertThat(a).containsEntry(LB_BACKEND_PROTOCOL, "HTTP");
  }

  @Test
  void grpcBackendProtocolNeedsTlsOnEveryPort() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).addPort(80).withFlexibleShape(10, 100)
        .withTls("shop-tls", 443).withBackendProtocol("GRPC"));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("GRPC")
        .hasMessageContaining("port(s) 80").hasMessageContaining("withTls(\"my-tls\", 80)");
  }

  @Test
  void grpcBackendProtocolWithTlsOnEveryPortIsWritten() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(10, 100)
        .withTls("shop-tls", 443).withBackendProtocol("GRPC"));

    assertThat(a).containsEntry(LB_BACKEND_PROTOCOL, "GRPC").containsEntry(LB_SSL_PORTS, "443");
  }

  @Test
  void flexibleShapeWithoutBandwidthIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withShape("flexible"));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("withFlexibleShape(10, 100)");
  }

  @Test
  void flexibleBandwidthTheCcmWouldClampIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(5, 100));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("5-100 Mbps")
        .hasMessageContaining("10-8000");
  }

  @Test
  void flexibleBandwidthAboveOcisMaximumIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(100, 8192));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("100-8192 Mbps");
  }

  @Test
  void fixedShapeCarriesNoBandwidthAnnotations() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(10, 100).withShape("400Mbps"));

    assertThat(a).containsEntry(LB_SHAPE, "400Mbps").doesNotContainKeys(LB_SHAPE_FLEX_MIN, LB_SHAPE_FLEX_MAX);
  }

  @Test
  void moreThanFiveNsgsOnALoadBalancerIsAnError() {
    OkeNetwork net = withCustomNsgs(Service.loadBalancer("shop", "web").addPort(443).withFlexibleShape(10, 100), 5);

    assertThatThrownBy(() -> Manifests.of(net.resolve(), customNsgIds(5))).isInstanceOf(ManifestException.class).hasMessageContaining("6 NSGs")
        .hasMessageContaining("at most 5");
  }

  @Test
  void nsgModeLeavesRoomForTheCcmsFrontendNsg() {
    OkeNetwork net = withCustomNsgs(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.NSG), 4);

    assertThatThrownBy(() -> Manifests.of(net.resolve(), customNsgIds(4))).isInstanceOf(ManifestException.class).hasMessageContaining("5 NSGs")
        .hasMessageContaining("at most 4 in NSG mode");
  }

  @Test
  void fiveNsgsOutsideNsgModeAreWritten() {
    OkeNetwork net = withCustomNsgs(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer(), 4);

    assertThat(Manifests.of(net.resolve(), customNsgIds(4)).services().get(0).getMetadata().getAnnotations().get(NLB_NSGS)
        .split(",")).hasSize(5);
  }

  /** prod with {@code service} carrying {@code count} custom NSGs beside its generated one. */
  private static OkeNetwork withCustomNsgs(Service service, int count) {
    String[] names = java.util.stream.IntStream.range(0, count).mapToObj(i -> "edge" + i).toArray(String[]::new);
    OkeNetwork.Builder b = prodWith(service.addNsgs(names)).toBuilder();
    for (String name : names) {
      b.addNsg(Nsg.named(name));
    }
    return b.build();
  }

  private static AppliedIds customNsgIds(int count) {
    Map<ResourceKey, String> ids = new java.util.HashMap<>(Map.of(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS),
        TestIds.LB_PUBLIC_SUBNET, ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS), TestIds.LB_PUBLIC_NSG,
        ResourceKey.nsg(SubnetRole.WORKERS), TestIds.WORKERS_NSG));
    for (int i = 0; i < count; i++) {
      ids.put(ResourceKey.customNsg("edge" + i), TestIds.CUSTOM_NSG + i);
    }
    return AppliedIds.of(ids);
  }

  @Test
  void nlbWithExternalTrafficPolicyLocalPreservesTheSource() {
    var svc = render(prodWith(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer()
        .withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL)));

    assertThat(svc.getMetadata().getAnnotations()).containsEntry(NLB_PRESERVE_SOURCE, "true");
    assertThat(svc.getSpec().getExternalTrafficPolicy()).isEqualTo("Local");
  }

  @Test
  void internalFlexibleLbGetsShapeBandwidthInternalAndSubnet1() {
    Map<String, String> a = annotations(Service.loadBalancer("ops", "grafana").addPort(3000).withInternal().withFlexibleShape(10, 100));

    assertThat(a).containsExactly(
        entry(LOAD_BALANCER_TYPE, "lb"),
        entry(LB_INTERNAL, "true"),
        entry(LB_SHAPE, "flexible"),
        entry(LB_SHAPE_FLEX_MIN, "10"),
        entry(LB_SHAPE_FLEX_MAX, "100"),
        entry(LB_SUBNET1, TestIds.LB_INTERNAL_SUBNET),
        entry(LB_NSGS, TestIds.LB_INTERNAL_NSG),
        entry(SECURITY_RULE_MANAGEMENT_MODE, "SL-All"));
  }

  @Test
  void lbTerminatingTlsGetsSslPortsSecretAndBackendProtocol() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443, 8080).addPort(8443, 8080)
        .withTls("shop-tls", 443, 8443).withBackendProtocol("HTTP"));

    assertThat(a).containsEntry(LB_SSL_PORTS, "443,8443").containsEntry(LB_TLS_SECRET, "shop-tls")
        .containsEntry(LB_BACKEND_PROTOCOL, "HTTP");
  }

  @Test
  void nsgRuleManagementNamesTheWorkersNsgAsBackend() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withSecurityRuleManagement(SecurityRuleManagement.NSG));

    assertThat(a).containsEntry(SECURITY_RULE_MANAGEMENT_MODE, "NSG").containsEntry(BACKEND_NSG, TestIds.WORKERS_NSG);
  }

  @Test
  void nlbInNsgModeUsesTheRuleManagementAnnotationInsteadOfTheSecurityListMode() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.NSG));

    assertThat(a).containsEntry(SECURITY_RULE_MANAGEMENT_MODE, "NSG").doesNotContainKey(NLB_SECURITY_LIST_MANAGEMENT_MODE);
  }

  @Test
  void nlbSecurityListModeSpellsTheCcmValue() {
    Map<String, String> a = annotations(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer()
        .withSecurityRuleManagement(SecurityRuleManagement.SL_FRONTEND));

    assertThat(a).containsEntry(NLB_SECURITY_LIST_MANAGEMENT_MODE, "Frontend");
  }

  @Test
  void customNsgsFollowTheGeneratedOneInOrder() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).addNsgs("edge")).toBuilder().addNsg(Nsg.named("edge")).build();

    assertThat(render(net).getMetadata().getAnnotations()).containsEntry(LB_NSGS, TestIds.LB_PUBLIC_NSG + "," + TestIds.CUSTOM_NSG);
  }

  @Test
  void withSecurityListEnforcementNoNsgIsAttachedOrNeeded() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443)).toBuilder()
        .securityEnforcement(SecurityEnforcement.SECURITY_LISTS).build();

    var svc = Manifests.of(net.resolve(), AppliedIds.of(Map.of(ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), TestIds.LB_PUBLIC_SUBNET))).services().get(0);

    assertThat(svc.getMetadata().getAnnotations()).doesNotContainKey(LB_NSGS).containsEntry(LB_SUBNET1, TestIds.LB_PUBLIC_SUBNET);
  }

  @Test
  void sourceRangesBecomeLoadBalancerSourceRanges() {
    var svc = render(prodWith(Service.loadBalancer("shop", "web").addPort(443).addSourceRanges("203.0.113.0/24", "198.51.100.0/24")));

    assertThat(svc.getSpec().getLoadBalancerSourceRanges()).containsExactly("203.0.113.0/24", "198.51.100.0/24");
  }

  @Test
  void healthCheckNodePortIsWrittenWithExternalTrafficPolicyLocal() {
    var svc = render(prodWith(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer()
        .withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL).withHealthCheckNodePort(31000)));

    assertThat(svc.getSpec().getHealthCheckNodePort()).isEqualTo(31000);
  }

  @Test
  void healthCheckNodePortWithExternalTrafficPolicyClusterIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withHealthCheckNodePort(31000));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class)
        .hasMessageContaining("Service shop/web").hasMessageContaining("31000").hasMessageContaining("ExternalTrafficPolicy.LOCAL");
  }

  @Test
  void clusterIpServiceHasNoAnnotationsAndNamedPorts() {
    var svc = render(prodWith(Service.clusterIp("shop", "api").addPort(8080).addUdpPort(5353, 53)));

    assertThat(svc.getMetadata().getAnnotations()).isNullOrEmpty();
    assertThat(svc.getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(svc.getSpec().getPorts()).extracting(p -> p.getName() + " " + p.getProtocol() + " " + p.getPort() + "->" + p.getTargetPort().getIntVal())
        .containsExactly("tcp-8080 TCP 8080->8080", "udp-5353 UDP 5353->53");
  }

  @Test
  void nodePortServiceKeepsItsFixedNodePort() {
    var svc = render(prodWith(Service.nodePort("shop", "api").addPort(ServicePort.tcp(8080, 8080).withNodePort(30080))));

    assertThat(svc.getSpec().getType()).isEqualTo("NodePort");
    assertThat(svc.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30080);
  }

  @Test
  void serviceSelectsItsPods() {
    var svc = render(prodWith(Service.clusterIp("shop", "api").addPort(8080).withSelector("app=api,tier=back")));

    assertThat(svc.getSpec().getSelector()).containsExactly(entry("app", "api"), entry("tier", "back"));
  }

  @Test
  void publicServiceWithoutAPublicLoadBalancerSubnetIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443)).toBuilder().publicLoadBalancers(Optional.empty()).build();

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class)
        .hasMessageContaining("Service shop/web").hasMessageContaining("no public load balancers subnet")
        .hasMessageContaining(".publicLoadBalancers(");
  }

  @Test
  void subnetOcidMissingFromTheAppliedNetworkIsAnErrorNamingTheKey() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443));

    assertThatThrownBy(() -> Manifests.of(net.resolve(), AppliedIds.of(Map.of())))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("subnet:lb-public").hasMessageContaining("Apply the network first");
  }

  @Test
  void existingSubnetIdStandsInWhenTheAppliedIdsLackIt() {
    String existing = "ocid1.subnet.oc1.iad.aaaaaaaaexisting";
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443)).toBuilder()
        .publicLoadBalancers(Subnet.publicSubnet(24).withExistingId(existing)).build();

    var svc = Manifests.of(net.resolve(), AppliedIds.of(Map.of(ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS), TestIds.LB_PUBLIC_NSG))).services().get(0);

    assertThat(svc.getMetadata().getAnnotations()).containsEntry(LB_SUBNET1, existing);
  }

  @Test
  void nlbAskingForTlsTerminationIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer().withTls("shop-tls", 443));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("NLBs pass TLS through");
  }

  @Test
  void nlbWithFlexibleBandwidthIsAnError() {
    OkeNetwork net = prodWith(Service.loadBalancer("shop", "web").addPort(443).withNetworkLoadBalancer().withFlexibleShape(10, 100));

    assertThatThrownBy(() -> render(net)).isInstanceOf(ManifestException.class).hasMessageContaining("NLBs have no shape");
  }

  @Test
  void serviceWithoutPortsIsAnError() {
    assertThatThrownBy(() -> render(prodWith(Service.clusterIp("shop", "api")))).isInstanceOf(ManifestException.class)
        .hasMessageContaining("declares no port");
  }

  @Test
  void everyObjectIsLabelledWithTheNetworkAndManager() {
    var svc = render(prodWith(Service.clusterIp("shop", "api").addPort(8080)));

    assertThat(svc.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "oke-net").containsEntry("okenet.dev/network", "prod");
  }
}
