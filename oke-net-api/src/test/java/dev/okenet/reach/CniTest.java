package dev.okenet.reach;

import static dev.okenet.reach.Endpoint.apiEndpoint;
import static dev.okenet.reach.Endpoint.internet;
import static dev.okenet.reach.Endpoint.nodes;
import static dev.okenet.reach.Endpoint.pods;
import static dev.okenet.reach.VerdictAssert.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import org.junit.jupiter.api.Test;

/** CNI: VCN-native pods are VCN citizens; flannel pods leave the node as the node and skip VCN rules inside the overlay. */
class CniTest {
  private static final Reachability NATIVE = ReferenceNetworks.prod().resolve().reachability();
  private static final Reachability FLANNEL = ReferenceNetworks.prodFlannel().resolve().reachability();
  /** A namespace without policies, so only the network decides. */
  private static final Endpoint.Pods DNS = pods("kube-system", "k8s-app=kube-dns");
  private static final Endpoint GRAFANA = pods("ops", "app=grafana");

  @Test
  void vcnNativePodsUseThePodSubnetAndPodNsg() {
    assertThat(NATIVE.from(DNS).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().hasHop(HopKind.CNI, "VCN citizens").passedThrough(HopKind.SECURITY, "nsg:pods").passedThrough(HopKind.ROUTE, "vcn");
  }

  @Test
  void flannelPodsLeavingTheNodeCarryTheNodesAddress() {
    assertThat(FLANNEL.from(DNS).to(apiEndpoint()).on(Port.tcp(6443)))
        .isAllowed().hasHop(HopKind.CNI, "SNAT").passedThrough(HopKind.SECURITY, "nsg:workers").passedThrough(HopKind.SECURITY, "nsg:api");
  }

  @Test
  void vcnNativePodToPodTrafficMeetsThePodNsg() {
    assertThat(NATIVE.from(GRAFANA).to(DNS).on(Port.udp(53)))
        .isAllowed().hasHop(HopKind.SECURITY, "OKE: pod to pod");
  }

  @Test
  void flannelPodToPodTrafficNeverMeetsVcnRules() {
    assertThat(FLANNEL.from(GRAFANA).to(DNS).on(Port.udp(53)))
        .isAllowed().passedThrough(HopKind.CNI, "cni:flannel").hasNoHop(HopKind.SECURITY).hasNoHop(HopKind.ROUTE);
  }

  @Test
  void flannelNodeToPodTrafficStaysInTheOverlay() {
    assertThat(FLANNEL.from(nodes("general")).to(DNS).on(Port.udp(53)))
        .isAllowed().passedThrough(HopKind.CNI, "cni:flannel").hasNoHop(HopKind.SECURITY);
  }

  @Test
  void flannelPodsAreOutOfReachFromOutsideTheCluster() {
    assertThat(FLANNEL.from(apiEndpoint()).to(DNS).on(Port.udp(53)))
        .hasNoRoute().decidedBy(HopKind.CNI, "cni:flannel").hasFixContaining("Endpoint.service");
  }

  @Test
  void vcnNativePodsAreReachedByTheControlPlane() {
    assertThat(NATIVE.from(apiEndpoint()).to(DNS).on(Port.udp(53)))
        .isAllowed().hasHop(HopKind.SECURITY, "OKE: control plane to pods");
  }

  @Test
  void vcnNativePodsHaveNoPublicAddress() {
    assertThat(NATIVE.from(internet()).to(DNS).on(Port.udp(53))).hasNoRoute().decidedBy(HopKind.ROUTE, "igw");
  }

  @Test
  void podsRunOnTheNamedPool() {
    assertThat(FLANNEL.from(DNS.withPool("batch")).to(apiEndpoint()).on(Port.tcp(6443))).hasHop(HopKind.CNI, "nodes of batch");
  }
}
