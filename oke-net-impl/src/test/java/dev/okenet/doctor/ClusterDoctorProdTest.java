package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.junit.SimulatedClusterTest;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The doctor on a simulated cluster of {@code prod}, healthy, then with one classic failure at a
 * time made as a user would make it (a Service with a bad annotation, a rule removed by hand, a
 * route deleted, too many replicas); each test undoes its change, so the cluster is healthy again
 * for the next.
 */
@SimulatedClusterTest(seed = NetworkSeed.Prod.class)
class ClusterDoctorProdTest {
  private static final String COMPARTMENT = ReferenceNetworks.COMPARTMENT_ID;
  private static final String NLB_TYPE = "oci.oraclecloud.com/load-balancer-type";
  private static final String PRESERVE = "oci-network-load-balancer.oraclecloud.com/is-preserve-source";

  static SimulatedCluster cluster;
  static KubernetesClient kube;
  static FakeOci oci;

  @Test
  void aHealthyProdClusterHasNoFinding() {
    DoctorReport report = DoctorFixtures.examine(cluster);

    assertThat(report.findings()).isEmpty();
    assertThat(report.isHealthy()).isTrue();
    assertThat(report.render()).contains("healthy, no findings", "3 nodes", "VCN prod-vcn");
  }

  @Test
  void isPreserveSourceWithExternalTrafficPolicyClusterIsNamedFromTheCcmsEvent() {
    List<DoctorFinding> found = withService(service("shop", "promo", Map.of(NLB_TYPE, "nlb", PRESERVE, "true"), "TCP", 80),
        () -> DoctorFixtures.examine(cluster).about("Service shop/promo"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-012");
    assertThat(found.get(0).evidence().get(0)).contains("SyncLoadBalancerFailed", "load_balancer_spec.go getPreserveSource");
    assertThat(found.get(0).fix()).contains("kubectl annotate service -n shop promo " + PRESERVE + "-");
  }

  @Test
  void aUdpPortWithSecurityListModeAllIsASecurityListModeFinding() {
    Map<String, String> annotations = Map.of(NLB_TYPE, "nlb", "oci-network-load-balancer.oraclecloud.com/security-list-management-mode",
        "All");
    List<DoctorFinding> found = withService(service("shop", "dns", annotations, "UDP", 53),
        () -> DoctorFixtures.examine(cluster).about("Service shop/dns"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-014");
    assertThat(found.get(0).evidence().get(0)).contains("load_balancer_util.go validateProtocols");
    assertThat(found.get(0).fix()).contains("security-list-management-mode=None");
  }

  @Test
  void anAnnotationValueTheCcmCannotParseIsNamedWithTheAnnotation() {
    Map<String, String> annotations = Map.of(NLB_TYPE, "nlb", "oci-network-load-balancer.oraclecloud.com/internal", "yes");
    List<DoctorFinding> found = withService(service("shop", "half", annotations, "TCP", 80),
        () -> DoctorFixtures.examine(cluster).about("Service shop/half"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-013");
    assertThat(found.get(0).message()).contains("oci-network-load-balancer.oraclecloud.com/internal", "\"yes\"");
  }

  @Test
  void aFixedShapeOverTheTenancysQuotaIsAShapeFinding() {
    List<DoctorFinding> found = withService(service("ops", "legacy", Map.of(), "TCP", 8080),
        () -> DoctorFixtures.examine(cluster).about("Service ops/legacy"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-015");
    assertThat(found.get(0).message()).contains("LimitExceeded");
    assertThat(found.get(0).fix()).contains("oci-load-balancer-shape=flexible");
  }

  @Test
  void aSubnetOutsideTheClustersVcnIsNamed() {
    Map<String, String> annotations = Map.of(NLB_TYPE, "nlb", "oci-network-load-balancer.oraclecloud.com/subnet",
        "ocid1.subnet.oc1.iad.aaaaaaaanotinthevcn");
    List<DoctorFinding> found = withService(service("shop", "lost", annotations, "TCP", 80),
        () -> DoctorFixtures.examine(cluster).about("Service shop/lost"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-016");
    assertThat(found.get(0).evidence()).anyMatch(e -> e.contains("is not among them"));
  }

  @Test
  void withItsEventExpiredARefusedSpecIsStillExplainedFromTheService() {
    List<DoctorFinding> found = withService(service("shop", "promo", Map.of(NLB_TYPE, "nlb", PRESERVE, "false"), "TCP", 80), () -> {
      deleteEventsOf("shop", "promo");
      return DoctorFixtures.examine(cluster).about("Service shop/promo");
    });

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-012");
    assertThat(found.get(0).evidence()).anyMatch(e -> e.contains("no SyncLoadBalancerFailed Event is left"));
  }

  @Test
  void aPendingServiceWithoutAnEventOrACauseInSpecOrNetworkIsUnexplained() {
    List<DoctorFinding> found = withService(service("ops", "legacy", Map.of(), "TCP", 8080), () -> {
      deleteEventsOf("ops", "legacy");
      return DoctorFixtures.examine(cluster).about("Service ops/legacy");
    });

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-019");
    assertThat(found.get(0).severity()).isEqualTo(dev.okenet.check.Severity.WARNING);
  }

  @Test
  void aRemovedHealthCheckRuleLeavesTheBackendsCritical() {
    List<DoctorFinding> found = withoutNsgRule("prod-nsg-workers", r -> r.getDirection() == SecurityRule.Direction.Ingress
        && r.getTcpOptions() != null && r.getTcpOptions().getDestinationPortRange().getMin() == 10256
        && r.getSource().equals(nsgId("prod-nsg-lb-public")), () -> DoctorFixtures.examine(cluster).findings());

    assertThat(found).extracting(DoctorFinding::ruleId, DoctorFinding::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("OKE-DOCTOR-030", "Service ingress-nginx/controller"));
    assertThat(found.get(0).message()).contains("TCP 10256");
    assertThat(found.get(0).evidence().get(0)).contains("ingress at node", "NSG prod-nsg-workers");
  }

  @Test
  void aSourcePreservingNlbsNodePortsClosedToItsClientsAreNamed() {
    List<DoctorFinding> found = withoutNsgRule("prod-nsg-workers", r -> r.getDirection() == SecurityRule.Direction.Ingress
        && "0.0.0.0/0".equals(r.getSource()) && r.getTcpOptions() != null
        && r.getTcpOptions().getDestinationPortRange().getMin() == 30000, () -> DoctorFixtures.examine(cluster).findings());

    assertThat(found).extracting(DoctorFinding::ruleId, DoctorFinding::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("OKE-DOCTOR-031", "Service shop/web"));
    assertThat(found.get(0).message()).contains("from the clients (0.0.0.0/0");
  }

  @Test
  void aNewNlbThatTheCcmWritesNoRulesForCannotReachTheNodes() {
    List<DoctorFinding> found = withService(service("shop", "metrics", Map.of(NLB_TYPE, "nlb"), "TCP", 9090),
        () -> DoctorFixtures.examine(cluster).about("Service shop/metrics"));

    assertThat(found).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-030", "OKE-DOCTOR-031");
    assertThat(found.get(0).evidence()).anyMatch(e -> e.contains("security-list management mode None"));
    assertThat(found.get(0).fix()).contains("security-list-management-mode=All");
  }

  @Test
  void aPublicLoadBalancerSubnetWithoutARouteToTheInternetIsNamed() {
    Subnet lbSubnet = subnet("prod-lb-public");
    RouteTable table = oci.virtualNetwork().getRouteTable(GetRouteTableRequest.builder().rtId(lbSubnet.getRouteTableId()).build())
        .getRouteTable();
    List<RouteRule> without = table.getRouteRules().stream().filter(r -> !"0.0.0.0/0".equals(r.getDestination())).toList();
    DoctorReport report;
    try {
      updateRoutes(table.getId(), without);
      report = DoctorFixtures.examine(cluster);
    } finally {
      updateRoutes(table.getId(), table.getRouteRules());
    }

    assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsOnly("OKE-DOCTOR-011");
    assertThat(report.findings()).extracting(DoctorFinding::subject)
        .containsExactlyInAnyOrder("Service shop/web", "Service ingress-nginx/controller");
    assertThat(report.findings().get(0).fix()).contains("0.0.0.0/0", "route table " + table.getDisplayName());
  }

  @Test
  void podsBeyondEveryNodesMaxPodsPerNodeAreUnschedulableWithTheRoomLeft() {
    kube.apps().deployments().inNamespace("default").resource(DoctorFixtures.deployment("default", "flood", 200)).create();
    DoctorReport report;
    try {
      cluster.settle();
      report = DoctorFixtures.examine(cluster);
    } finally {
      kube.apps().deployments().inNamespace("default").withName("flood").delete();
      cluster.settle();
    }

    assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-002");
    assertThat(report.findings().get(0).message()).contains("20 pods are unschedulable", "all 3 nodes");
    assertThat(report.findings().get(0).fix()).contains("Scale node pool general up by 1 node", "--size 4", "room for 129 more");
  }

  @Test
  void aFailedReadIsAWarningAndTheChecksThatNeedItDoNotGuess() {
    DoctorReport report;
    oci.faults().on("listNetworkSecurityGroups").onEveryCall().respond(Fault.invalidParameter("listing NSGs is not allowed here"));
    try {
      report = DoctorFixtures.examine(cluster);
    } finally {
      oci.faults().clear();
    }

    assertThat(report.findings()).extracting(DoctorFinding::ruleId).containsExactly("OKE-DOCTOR-090");
    assertThat(report.findings().get(0).message()).contains("NETWORK_SECURITY_GROUP", "OKE-DOCTOR-030, -031) did not run");
    assertThat(report.isHealthy()).isTrue();
  }

  // --- what the tests do to the cluster, and undo

  private static Service service(String namespace, String name, Map<String, String> annotations, String protocol, int port) {
    return new ServiceBuilder().withNewMetadata().withNamespace(namespace).withName(name).withAnnotations(annotations).endMetadata()
        .withNewSpec().withType("LoadBalancer").withSelector(Map.of("app", name)).addNewPort().withName("p").withProtocol(protocol)
        .withPort(port).endPort().endSpec().build();
  }

  private static <T> T withService(Service service, Supplier<T> body) {
    kube.resource(service).create();
    try {
      cluster.settle();
      return body.get();
    } finally {
      kube.services().inNamespace(service.getMetadata().getNamespace()).withName(service.getMetadata().getName()).delete();
      deleteEventsOf(service.getMetadata().getNamespace(), service.getMetadata().getName());
      cluster.settle();
    }
  }

  private static void deleteEventsOf(String namespace, String name) {
    kube.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName()))
        .forEach(e -> kube.v1().events().inNamespace(namespace).withName(e.getMetadata().getName()).delete());
  }

  private static String nsgId(String displayName) {
    return oci.virtualNetwork().listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(COMPARTMENT)
        .displayName(displayName).build()).getItems().get(0).getId();
  }

  private static Subnet subnet(String displayName) {
    return oci.virtualNetwork().listSubnets(ListSubnetsRequest.builder().compartmentId(COMPARTMENT).displayName(displayName).build())
        .getItems().get(0);
  }

  private static void updateRoutes(String tableId, List<RouteRule> rules) {
    oci.virtualNetwork().updateRouteTable(UpdateRouteTableRequest.builder().rtId(tableId)
        .updateRouteTableDetails(UpdateRouteTableDetails.builder().routeRules(rules).build()).build());
  }

  /** Runs {@code body} with the one rule of NSG {@code nsgName} that {@code which} picks removed, then adds it back. */
  private static <T> T withoutNsgRule(String nsgName, java.util.function.Predicate<SecurityRule> which, Supplier<T> body) {
    String nsg = nsgId(nsgName);
    List<SecurityRule> matches = oci.virtualNetwork().listNetworkSecurityGroupSecurityRules(
        ListNetworkSecurityGroupSecurityRulesRequest.builder().networkSecurityGroupId(nsg).build()).getItems().stream()
        .filter(which).toList();
    assertThat(matches).as("the rule to remove from %s", nsgName).hasSize(1);
    SecurityRule rule = matches.get(0);
    oci.virtualNetwork().removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder()
        .networkSecurityGroupId(nsg).removeNetworkSecurityGroupSecurityRulesDetails(RemoveNetworkSecurityGroupSecurityRulesDetails
            .builder().securityRuleIds(List.of(rule.getId())).build()).build());
    try {
      return body.get();
    } finally {
      oci.virtualNetwork().addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
          .networkSecurityGroupId(nsg).addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails
              .builder().securityRules(List.of(AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress)
                  .protocol(rule.getProtocol()).source(rule.getSource()).sourceType(AddSecurityRuleDetails.SourceType.create(
                      rule.getSourceType().getValue())).tcpOptions(rule.getTcpOptions()).description(rule.getDescription())
                  .isStateless(rule.getIsStateless()).build())).build()).build());
    }
  }
}
