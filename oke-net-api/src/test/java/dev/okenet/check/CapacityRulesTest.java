package dev.okenet.check;

import static dev.okenet.check.RuleAsserts.flannelWith;
import static dev.okenet.check.RuleAsserts.prod;
import static dev.okenet.check.RuleAsserts.prodWith;
import static dev.okenet.check.RuleAsserts.silent;
import static dev.okenet.check.RuleAsserts.triggers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Subnet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityRulesTest {
  private static final NodePool BATCH = NodePool.of("batch", Shape.flex("VM.Standard.E5.Flex", 2), 0, 6).withMaxPodsPerNode(31);

  private static OkeNetwork withPods(int prefix) {
    return prodWith(b -> b.pods(Subnet.privateSubnet(prefix).withDnsLabel("pods")));
  }

  private static OkeNetwork withGeneral(NodePool general) {
    return prodWith(b -> b.nodePools(List.of(general, BATCH)));
  }

  private static NodePool general(int max) {
    return NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, max).withMaxPodsPerNode(60);
  }

  @Test
  void podSubnetOfTheBrokenNetworkIsExhaustedWithEveryNumberNamed() {
    Finding f = triggers(ReferenceNetworks.broken(), "OKE-IP-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("pods");
    assertThat(f.message()).isEqualTo("pod subnet 10.0.1.0/24 has 253 usable addresses, but node pools "
        + "'general' (12 nodes × (60 pods + 2 VNICs) = 744) and 'batch' (6 nodes × (31 pods + 1 VNIC) = 192) "
        + "need 936 plus 94 during upgrades = 1,030.");
    assertThat(f.fix()).isEqualTo("Use a /21 (2,045) or larger, or lower maxPodsPerNode.");
  }

  @Test
  void podSubnetJustBelowPeakDemandIsExhausted() {
    Finding f = triggers(withPods(22), "OKE-IP-001");
    assertThat(f.message()).contains("1,021 usable addresses", "= 1,030");
  }

  @Test
  void podSubnetHoldingPeakDemandIsAccepted() {
    silent(withPods(21), "OKE-IP-001");
  }

  @Test
  void maxPodsPerNodeAboveTheShapesVnicsIsAnError() {
    Finding f = triggers(withGeneral(general(12).withMaxPodsPerNode(100)), "OKE-IP-002");
    assertThat(f.path()).isEqualTo("nodePools[general]");
    assertThat(f.message()).contains("100 pods per node", "min((4 − 1) × 31, 110) = 93");
    assertThat(f.fix()).contains("93", "5 VNICs");
  }

  @Test
  void maxPodsPerNodeAbove110OnFlannelIsAnError() {
    Finding f = triggers(flannelWith(b -> b.nodePools(List.of(general(12).withMaxPodsPerNode(120), BATCH))), "OKE-IP-002");
    assertThat(f.message()).contains("120", "110");
  }

  @Test
  void maxPodsPerNodeAtTheShapesMaximumIsAccepted() {
    silent(withGeneral(general(12).withMaxPodsPerNode(93)), "OKE-IP-002");
  }

  @Test
  void workerSubnetTooSmallForNodesAndSurgeIsAnError() {
    Finding f = triggers(prodWith(b -> b.workers(Subnet.privateSubnet(28).withDnsLabel("workers"))), "OKE-IP-003");
    assertThat(f.path()).isEqualTo("workers");
    assertThat(f.message()).contains("13 usable addresses", "'general' (12 nodes × 1 address = 12)", "need 18 plus 2 during upgrades = 20");
    assertThat(f.fix()).startsWith("Use a /27 (29) or larger");
  }

  @Test
  void workerSubnetHoldingNodesAndSurgeIsAccepted() {
    silent(prodWith(b -> b.workers(Subnet.privateSubnet(27).withDnsLabel("workers"))), "OKE-IP-003");
  }

  @Test
  void flannelPodsCidrServingFewerNodesThanThePoolsIsAnError() {
    Finding f = triggers(flannelWith(b -> b.podNetworking(PodNetworking.flannel("10.244.0.0/21"))), "OKE-IP-004");
    assertThat(f.path()).isEqualTo("podNetworking");
    assertThat(f.message()).contains("10.244.0.0/21", "16 nodes", "need 18 plus 2 during upgrades = 20 nodes");
    assertThat(f.fix()).contains("/20 pods CIDR (32 nodes)");
  }

  @Test
  void flannelPodsCidrServingThePoolsIsAccepted() {
    silent(flannelWith(b -> b.podNetworking(PodNetworking.flannel("10.244.0.0/20"))), "OKE-IP-004");
  }

  @Test
  void loadBalancerSubnetTooSmallForItsServicesIsAnError() {
    Finding f = triggers(prodWith(b -> b.publicLoadBalancers(Subnet.publicSubnet(30).withDnsLabel("lbpublic"))), "OKE-IP-005");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.path()).isEqualTo("publicLoadBalancers");
    assertThat(f.message()).contains("1 usable address", "2 load balancers need 2", "'shop/web' (1 address per NLB)");
  }

  @Test
  void loadBalancerSubnetAt80PercentIsAWarning() {
    OkeNetwork base = prodWith(b -> b.publicLoadBalancers(Subnet.publicSubnet(29).withDnsLabel("lbpublic")));
    List<Service> services = new ArrayList<>(base.services());
    services.add(Service.loadBalancer("shop", "a").addPort(80).withNetworkLoadBalancer());
    services.add(Service.loadBalancer("shop", "b").addPort(80).withNetworkLoadBalancer());
    Finding f = triggers(base.toBuilder().services(services).build(), "OKE-IP-005");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("80.0% full", "4 of 5 usable addresses");
  }

  @Test
  void roomyLoadBalancerSubnetIsAccepted() {
    silent(prod(), "OKE-IP-005");
  }

  @Test
  void workerSubnetAbove80PercentAtPeakIsAWarning() {
    OkeNetwork n = prodWith(b -> b.workers(Subnet.privateSubnet(27).withDnsLabel("workers"))
        .nodePools(List.of(general(16), BATCH)));
    Finding f = triggers(n, "OKE-IP-006");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path()).isEqualTo("workers");
    assertThat(f.message()).contains("82.8% full", "24 of 29", "5 left");
    assertThat(f.fix()).contains("/26");
  }

  @Test
  void workerSubnetBelow80PercentAtPeakDrawsNoWarning() {
    silent(prodWith(b -> b.workers(Subnet.privateSubnet(27).withDnsLabel("workers"))), "OKE-IP-006");
  }
}
