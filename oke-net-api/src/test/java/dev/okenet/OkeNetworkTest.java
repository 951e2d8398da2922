package dev.okenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.SubnetRole;
import dev.okenet.vcn.Vcn;
import org.junit.jupiter.api.Test;

class OkeNetworkTest {

  static OkeNetwork.Builder minimal() {
    return (OkeNetwork.Builder) OkeNetwork.builder()
        .name("demo")
        .compartmentId(ReferenceNetworks.COMPARTMENT_ID)
        .vcn(Vcn.of("10.0.0.0/16"))
        .apiEndpoint(Subnet.privateSubnet(28))
        .workers(Subnet.privateSubnet(22));
  }

  @Test
  void referenceNetworksAreEqualByValue() {
    assertThat(ReferenceNetworks.prod()).isEqualTo(ReferenceNetworks.prod()).hasSameHashCodeAs(ReferenceNetworks.prod());
    assertThat(ReferenceNetworks.prod()).isNotEqualTo(ReferenceNetworks.broken());
  }

  @Test
  void toBuilderDerivesAVariantAndLeavesTheOriginal() {
    OkeNetwork prod = ReferenceNetworks.prod();
    OkeNetwork other = prod.toBuilder().name("staging").build();
    assertThat(other.name()).isEqualTo("staging");
    assertThat(prod.name()).isEqualTo("prod");
    assertThat(other.nodePools()).isEqualTo(prod.nodePools());
  }

  @Test
  void roleSubnetsAreListedInCarvingOrder() {
    assertThat(ReferenceNetworks.prod().roleSubnets().keySet()).containsExactly(SubnetRole.API_ENDPOINT, SubnetRole.WORKERS,
        SubnetRole.PODS, SubnetRole.PUBLIC_LOAD_BALANCERS, SubnetRole.INTERNAL_LOAD_BALANCERS);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    OkeNetwork n = minimal().build();
    assertThat(n.region()).isEqualTo(OkeNetwork.DEFAULT_REGION);
    assertThat(n.podNetworking().isVcnNative()).isTrue();
    assertThat(n.gateways().hasInternetGateway()).isTrue();
    assertThat(n.generatesLoadBalancerRules()).isTrue();
  }

  @Test
  void missingVcnNamesTheAttribute() {
    assertThatThrownBy(() -> OkeNetwork.builder().name("demo").compartmentId(ReferenceNetworks.COMPARTMENT_ID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vcn");
  }

  @Test
  void upperCaseNameSuggestsALowerCaseOne() {
    assertThatThrownBy(() -> minimal().name("Prod_1").build()).hasMessageContaining("Try \"prod-1\"");
  }

  @Test
  void compartmentMustBeACompartmentOcid() {
    assertThatThrownBy(() -> minimal().compartmentId("ocid1.tenancy.oc1..aaaa").build())
        .hasMessageContaining("is not an OCID of a compartment");
  }

  @Test
  void malformedRegionIsRejected() {
    assertThatThrownBy(() -> minimal().region("ashburn").build()).hasMessageContaining("Use e.g. \"us-ashburn-1\"");
  }

  @Test
  void extraSubnetNeedsAName() {
    assertThatThrownBy(() -> minimal().addExtraSubnet(Subnet.publicSubnet(29)).build())
        .hasMessageContaining("An extra subnet has no name");
  }

  @Test
  void duplicateNodePoolNamesAreRejected() {
    NodePool p = NodePool.of("general", Shape.flex("VM.Standard.E5.Flex", 4), 1, 3);
    assertThatThrownBy(() -> minimal().addNodePools(p, p).build())
        .hasMessage("Two node pools share the name 'general'. Give each a distinct name.");
  }
}
