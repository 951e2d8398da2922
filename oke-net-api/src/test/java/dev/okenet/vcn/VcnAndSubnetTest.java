package dev.okenet.vcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VcnAndSubnetTest {

  @Test
  void vcnKeepsItsBlocksInOrder() {
    Vcn vcn = Vcn.of("10.0.0.0/16", "10.1.0.0/16").withDnsLabel("prod");
    assertThat(vcn.cidrs()).containsExactly(Cidr.of("10.0.0.0/16"), Cidr.of("10.1.0.0/16"));
    assertThat(vcn.dnsLabel()).contains("prod");
  }

  @Test
  void vcnsAreEqualByValue() {
    assertThat(Vcn.of("10.0.0.0/16").withDnsLabel("a")).isEqualTo(Vcn.of("10.0.0.0/16").withDnsLabel("a"));
    assertThat(Vcn.of("10.0.0.0/16")).isNotEqualTo(Vcn.of("10.0.0.0/16").withDnsLabel("a"));
  }

  @Test
  void ipv6BlockInTheIpv4ListIsRejected() {
    assertThatThrownBy(() -> Vcn.of("2603:c020::/56")).hasMessageContaining("is IPv6").hasMessageContaining("withIpv6");
  }

  @Test
  void ipv4PrefixAsIpv6IsRejected() {
    assertThatThrownBy(() -> Vcn.of("10.0.0.0/16").withIpv6Cidr("10.1.0.0/16")).hasMessageContaining("is IPv4");
  }

  @Test
  void existingVcnNeedsAVcnOcid() {
    assertThat(Vcn.of("10.0.0.0/16").withExistingId("ocid1.vcn.oc1.iad.aaaaexample").existingId()).contains("ocid1.vcn.oc1.iad.aaaaexample");
    assertThatThrownBy(() -> Vcn.of("10.0.0.0/16").withExistingId("ocid1.subnet.oc1.iad.aaaa"))
        .hasMessageContaining("is not an OCID of a vcn");
  }

  @Test
  void subnetTakesCidrOrPrefixButNotBoth() {
    assertThatThrownBy(() -> ImmutableSubnet.builder().isPublic(false).cidr(Cidr.of("10.0.0.0/24")).prefixLength(24).build())
        .hasMessageContaining("Supply at most one of cidr or prefixLength");
  }

  @Test
  void subnetCidrStringIsParsedWithHelp() {
    assertThatThrownBy(() -> Subnet.privateSubnet("10.0.0.1/24")).hasMessageContaining("Did you mean 10.0.0.0/24?");
  }

  @Test
  void subnetPrefixOutOfRangeIsRejected() {
    assertThatThrownBy(() -> Subnet.privateSubnet(31))
        .hasMessage("Subnet prefixLength is 31; it must be between 1 and 30.");
  }

  @Test
  void subnetAllowFromRecordsAnIngressRule() {
    Subnet s = Subnet.publicSubnet(29).withName("bastion").allowFrom(Peer.ipv4("192.168.0.0/16"), Port.SSH);
    assertThat(s.extraSecurityRules()).singleElement()
        .satisfies(r -> assertThat(r.direction()).isEqualTo(Direction.INGRESS))
        .satisfies(r -> assertThat(r.port()).isEqualTo(Port.SSH));
  }

  @Test
  void subnetsAreEqualByValue() {
    assertThat(Subnet.privateSubnet(22)).isEqualTo(Subnet.privateSubnet(22));
    assertThat(Subnet.privateSubnet(22)).isNotEqualTo(Subnet.publicSubnet(22));
  }

  @Test
  void gatewaysChainFluently() {
    Gateways g = Gateways.internet().withNat().withServiceGateway();
    assertThat(g.hasInternetGateway()).isTrue();
    assertThat(g.natGateway()).contains(NatGateway.standard());
    assertThat(g.serviceGatewayScope()).contains(ServiceGatewayScope.ALL_SERVICES);
    assertThat(Gateways.none().hasInternetGateway()).isFalse();
  }

  @Test
  void natWithReservedIpNeedsAPublicIpOcid() {
    assertThatThrownBy(() -> NatGateway.standard().withReservedPublicIpId("nope")).hasMessageContaining("is not an OCID of a publicip");
    assertThat(NatGateway.standard().withBlocksTraffic(true).blocksTraffic()).isTrue();
  }

  @Test
  void drgAttachmentNeedsReachableCidrs() {
    assertThatThrownBy(() -> DrgAttachment.remotePeering("dr", "us-phoenix-1"))
        .hasMessageContaining("reaches no CIDR block");
  }

  @Test
  void drgCollectsAttachments() {
    Drg drg = Drg.of(DrgAttachment.ipsecVpn("onprem", "ocid1.ipsecconnection.oc1.iad.aaaa", "192.168.0.0/16"));
    assertThat(drg.attachments()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(DrgAttachment.Kind.IPSEC_VPN));
    assertThatThrownBy(() -> DrgAttachment.ipsecVpn("onprem", "ocid1.vcn.oc1.iad.aaaa", "192.168.0.0/16"))
        .hasMessageContaining("not an OCID of a ipsecconnection");
  }

  @Test
  void remotePeeringConnectsToThePeerRpc() {
    DrgAttachment dr = DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16")
        .withPeerConnectionId("ocid1.remotepeeringconnection.oc1.phx.aaaa");
    assertThat(dr.resourceId()).contains("ocid1.remotepeeringconnection.oc1.phx.aaaa");
    assertThatThrownBy(() -> DrgAttachment.ipsecVpn("onprem", "ocid1.ipsecconnection.oc1.iad.aaaa", "192.168.0.0/16")
        .withPeerConnectionId("ocid1.remotepeeringconnection.oc1.phx.aaaa")).hasMessageContaining("is IPSEC_VPN");
  }

  @Test
  void localPeeringNeedsPeerCidrs() {
    assertThatThrownBy(() -> LocalPeering.to("shared")).hasMessageContaining("names no peer CIDR");
    assertThat(LocalPeering.to("shared", "10.50.0.0/16").peerCidrs()).containsExactly(Cidr.of("10.50.0.0/16"));
  }
}
