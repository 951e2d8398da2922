package dev.okenet.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.vcn.Cidr;
import org.junit.jupiter.api.Test;

class ClusterModelTest {

  @Test
  void flexShapeGetsOneVnicPerOcpuClampedToTwoAndTwentyFour() {
    assertThat(Shape.flex("VM.Standard.E5.Flex", 1).vnics()).isEqualTo(2);
    assertThat(Shape.flex("VM.Standard.E5.Flex", 4).vnics()).isEqualTo(4);
    assertThat(Shape.flex("VM.Standard.E5.Flex", 64).vnics()).isEqualTo(24);
  }

  @Test
  void vcnNativeMaxPodsIsVnicsMinusOneTimes31CappedAt110() {
    assertThat(Shape.flex("VM.Standard.E5.Flex", 2).vcnNativeMaxPods()).isEqualTo(31);
    assertThat(Shape.flex("VM.Standard.E5.Flex", 4).vcnNativeMaxPods()).isEqualTo(93);
    assertThat(Shape.flex("VM.Standard.E5.Flex", 8).vcnNativeMaxPods()).isEqualTo(110);
  }

  @Test
  void unknownFixedShapeAsksForTheVnicCount() {
    assertThatThrownBy(() -> Shape.fixed("VM.Mystery.9"))
        .hasMessageContaining("Shape.of(\"VM.Mystery.9\", vnics)");
    assertThat(Shape.fixed("VM.Standard2.4").vnics()).isEqualTo(4);
  }

  @Test
  void nodePoolDerivesPodVnicsAndPodSubnetAddresses() {
    NodePool general = NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 3, 12).withMaxPodsPerNode(60);
    PodNetworking native_ = PodNetworking.vcnNative();
    assertThat(general.podVnicsPerNode(native_)).isEqualTo(2);
    assertThat(general.podSubnetAddressesPerNode(native_)).isEqualTo(62);
    assertThat(general.podSubnetAddressesPerNode(PodNetworking.flannel())).isZero();
  }

  @Test
  void nodePoolDefaultsMaxPodsToTheShapeLimit() {
    NodePool pool = NodePool.of("p", Shape.flex("VM.Standard.E5.Flex", 2), 1, 3);
    assertThat(pool.effectiveMaxPodsPerNode(PodNetworking.vcnNative())).isEqualTo(31);
    assertThat(pool.effectiveMaxPodsPerNode(PodNetworking.flannel())).isEqualTo(110);
  }

  @Test
  void reversedNodePoolSizeSuggestsTheSwap() {
    assertThatThrownBy(() -> NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 12, 3))
        .hasMessage("Node pool 'general' has minNodes 12 above maxNodes 3. Did you mean NodePool.of(\"general\", shape, 3, 12)?");
  }

  @Test
  void negativeSurgeIsRejected() {
    assertThatThrownBy(() -> NodePool.of("g", Shape.flex("VM.Standard.E5.Flex", 4), 1, 2).withSurge(-1))
        .hasMessageContaining("surge is -1");
  }

  @Test
  void flannelDefaultsToTheDocumentedPodsCidrAndNodeCap() {
    PodNetworking flannel = PodNetworking.flannel();
    assertThat(flannel.podsCidr()).contains(Cidr.of("10.244.0.0/16"));
    assertThat(flannel.flannelNodeCapacity()).contains(512L);
    assertThat(PodNetworking.flannel("10.240.0.0/14").flannelNodeCapacity()).contains(2048L);
    assertThat(PodNetworking.vcnNative().flannelNodeCapacity()).isEmpty();
  }

  @Test
  void clusterDefaultsAreDocumentedConstants() {
    Cluster c = Cluster.defaults();
    assertThat(c.kubernetesVersion()).isEqualTo(Cluster.DEFAULT_KUBERNETES_VERSION);
    assertThat(c.servicesCidr()).isEqualTo(Cidr.of(Cluster.DEFAULT_SERVICES_CIDR));
    assertThat(c.endpoint().isPublic()).isFalse();
    assertThat(c.policyEngine()).isEqualTo(PolicyEngine.NONE);
  }

  @Test
  void malformedKubernetesVersionIsRejected() {
    assertThatThrownBy(() -> Cluster.enhanced("1.31")).hasMessageContaining("Use e.g. \"v1.31.1\"");
  }

  @Test
  void endpointCollectsClients() {
    assertThat(ApiEndpoint.privateEndpoint().addAllowedClients("192.168.0.0/16").allowedClients()).containsExactly(Cidr.of("192.168.0.0/16"));
  }

  @Test
  void clustersAreEqualByValue() {
    assertThat(Cluster.enhanced("v1.31.1").withPolicyEngine(PolicyEngine.CALICO))
        .isEqualTo(Cluster.enhanced("v1.31.1").withPolicyEngine(PolicyEngine.CALICO));
  }
}
