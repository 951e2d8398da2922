package dev.okenet.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import org.junit.jupiter.api.Test;

/** The endpoint vocabulary, and what happens when an endpoint names something the network lacks. */
class EndpointTest {
  private static final Reachability PROD = ReferenceNetworks.prod().resolve().reachability();

  @Test
  void endpointsReadAsTheyAreWritten() {
    assertThat(Endpoint.pods("shop", "app=web")).hasToString("pods shop/app=web");
    assertThat(Endpoint.pods("shop", "app=web").withPool("batch")).hasToString("pods shop/app=web on batch");
    assertThat(Endpoint.nodes("general")).hasToString("nodes of general");
    assertThat(Endpoint.service("shop", "web")).hasToString("service shop/web");
    assertThat(Endpoint.loadBalancer("shop", "web")).hasToString("load balancer shop/web");
    assertThat(Endpoint.subnet(SubnetRole.WORKERS)).hasToString("subnet workers");
    assertThat(Endpoint.subnet("bastion")).hasToString("subnet bastion");
    assertThat(Endpoint.cidr("192.168.10.0/24")).hasToString("192.168.10.0/24");
    assertThat(Endpoint.peeredVcn("shared")).hasToString("peered VCN shared");
    assertThat(Endpoint.internet()).hasToString("internet");
  }

  @Test
  void endpointsAreValues() {
    assertThat(Endpoint.pods("shop", "app=web")).isEqualTo(Endpoint.pods("shop", "app=web"))
        .hasSameHashCodeAs(Endpoint.pods("shop", "app=web")).isNotEqualTo(Endpoint.pods("shop", "app=api"));
    assertThat(Endpoint.nodes("general").pool()).isEqualTo("general");
  }

  @Test
  void anIpv6CidrIsRefusedWithTheFix() {
    assertThatThrownBy(() -> Endpoint.cidr("2603:c020::/56")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IPv6").hasMessageContaining("IPv4 block");
  }

  @Test
  void theCustomRoleNeedsASubnetName() {
    assertThatThrownBy(() -> Endpoint.subnet(SubnetRole.CUSTOM)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Endpoint.subnet(\"bastion\")");
  }

  @Test
  void anUnknownServiceIsAnErrorListingTheDeclaredOnes() {
    assertThatThrownBy(() -> PROD.from(Endpoint.internet()).to(Endpoint.service("shop", "cart")).on(Port.HTTPS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Service shop/cart").hasMessageContaining("shop/web");
  }

  @Test
  void anUnknownNodePoolIsAnErrorListingTheDeclaredOnes() {
    assertThatThrownBy(() -> PROD.from(Endpoint.nodes("gpu")).to(Endpoint.internet()).on(Port.HTTPS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no node pool named 'gpu'").hasMessageContaining("general");
  }

  @Test
  void anUnknownSubnetIsAnErrorListingTheSubnets() {
    assertThatThrownBy(() -> PROD.from(Endpoint.subnet("db")).to(Endpoint.internet()).on(Port.HTTPS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no subnet db").hasMessageContaining("subnet bastion");
  }

  @Test
  void anUnknownPeerIsAnErrorListingThePeers() {
    assertThatThrownBy(() -> PROD.from(Endpoint.peeredVcn("shared")).to(Endpoint.apiEndpoint()).on(Port.HTTPS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named 'shared'").hasMessageContaining("onprem");
  }

  @Test
  void aMissingPortIsAnErrorWithAnExample() {
    assertThatThrownBy(() -> PROD.from(Endpoint.internet()).to(Endpoint.apiEndpoint()).on(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Port.tcp(443)");
  }

  @Test
  void aCidrInASubnetIsAVnicOfThatSubnet() {
    Verdict v = PROD.from(Endpoint.cidr("10.0.4.7/32")).to(Endpoint.serviceNetwork()).on(Port.HTTPS);
    assertThat(v.hops().get(0).at()).contains("in subnet workers");
  }

  @Test
  void aDrgRemotePeeringIsAPeeredVcn() {
    Reachability reach = ReferenceNetworks.prod().toBuilder()
        .drg(dev.okenet.vcn.Drg.of(dev.okenet.vcn.DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16")))
        .build().resolve().reachability();
    Verdict v = reach.from(Endpoint.nodes("general")).to(Endpoint.peeredVcn("dr")).on(Port.HTTPS);
    assertThat(v.hops().get(0).description()).contains("10.20.0.0/16 → DRG");
  }
}
