package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Service;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.Subnet;
import org.junit.jupiter.api.Test;

/**
 * The examples of issue 16 that used to be accepted and then lost, never converged or failed half
 * way through an apply: each is now refused when the value is built, with a message naming the
 * value and the fix. The seeded suites ({@link CidrHostileTextTest}, {@link PortHostileTextTest},
 * {@link NullArgumentsApiTest}, {@link HostileNamesTest}) cover the classes these examples come from.
 */
class HostileValuesTest {

  @Test
  void twoRemotePeeringsWithOneNameAreRefusedBecauseTheSecondWouldBeLost() {
    Drg drg = Drg.of(DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16"));
    DrgAttachment second = DrgAttachment.remotePeering("dr", "eu-frankfurt-1", "10.30.0.0/16");

    assertThatThrownBy(() -> drg.addAttachment(second)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two attachments named 'dr'").hasMessageContaining("rpc:dr").hasMessageContaining("own name");
  }

  @Test
  void twoSecurityListsWithOneNameOnASubnetAreRefusedBecauseTheyWouldNeverConverge() {
    Subnet subnet = Subnet.privateSubnet(24).withName("db").addSecurityList(SecurityList.named("monitoring"));

    assertThatThrownBy(() -> subnet.addSecurityList(SecurityList.named("monitoring"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two security lists named 'monitoring'").hasMessageContaining("never converge");
  }

  @Test
  void anIpv6PeerIsRefusedBecauseOkeNetsSubnetsCarryNoIpv6Prefix() {
    assertThatThrownBy(() -> Peer.ipv4("::/0")).hasMessageContaining("::/0 is IPv6").hasMessageContaining("Give an IPv4 block");
  }

  @Test
  void ipv6ApiClientsSourceRangesDrgAndLpgCidrsAreRefused() {
    assertThatThrownBy(() -> ApiEndpoint.publicEndpoint().addAllowedClients("2001:db8::/32")).hasMessageContaining("is IPv6");
    assertThatThrownBy(() -> Service.loadBalancer("shop", "web").addSourceRanges("2001:db8::/32")).hasMessageContaining("is IPv6");
    assertThatThrownBy(() -> DrgAttachment.remotePeering("dr", "us-phoenix-1", "2001:db8::/32")).hasMessageContaining("is IPv6");
    assertThatThrownBy(() -> LocalPeering.to("shared", "2001:db8::/32")).hasMessageContaining("is IPv6");
  }

  @Test
  void aRouteToTheIpv6DefaultIsRefusedNamingOcisRule() {
    assertThatThrownBy(() -> RouteRule.to("::/0", RouteTarget.natGateway())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("::/0 → NAT gateway").hasMessageContaining("only to a DRG or an internet gateway");
  }

  @Test
  void aMalformedClusterIdIsRefusedThoughItUsedToSkipItsCheck() {
    assertThatThrownBy(() -> Cluster.defaults().withExistingId("x")).hasMessageContaining("'x' is not an OCID of a cluster");
  }

  @Test
  void aMalformedPeerLpgIdIsRefusedThoughItUsedToSkipItsCheck() {
    assertThatThrownBy(() -> LocalPeering.to("shared", "10.50.0.0/16").withPeerGatewayId("x"))
        .hasMessageContaining("'x' is not an OCID of a localpeeringgateway");
  }

  @Test
  void tlsOnPortZeroOr70000IsRefused() {
    Service web = Service.loadBalancer("shop", "web").addPort(443);
    assertThatThrownBy(() -> web.withTls("shop-tls", 0)).hasMessageContaining("TLS port is 0; it must be between 1 and 65535");
    assertThatThrownBy(() -> web.withTls("shop-tls", 70000)).hasMessageContaining("TLS port is 70000");
  }

  @Test
  void anUnknownBackendProtocolIsRefusedWithTheCcmsChoices() {
    assertThatThrownBy(() -> Service.loadBalancer("shop", "web").withBackendProtocol("QUIC"))
        .hasMessageContaining("backend protocol 'QUIC'").hasMessageContaining("TCP, HTTP or GRPC");
    assertThat(Service.loadBalancer("shop", "web").withBackendProtocol("http").loadBalancer().get().backendProtocol()).contains("HTTP");
  }

  @Test
  void aNameTooLongForOcisDisplayNamesIsRefused() {
    String longName = "n".repeat(65);
    assertThatThrownBy(() -> Nsg.named(longName)).hasMessageContaining("65 characters long; names are at most 64");
    assertThatThrownBy(() -> NodePool.of(longName, Shape.flex("VM.Standard.E5.Flex", 2), 1, 2)).hasMessageContaining("at most 64");
  }

  @Test
  void aColonInANameIsRefusedBecauseItWouldMakeTwoKeysOne() {
    assertThatThrownBy(() -> SecurityList.named("a:b")).hasMessageContaining("holds ':'").hasMessageContaining("\"a-b\"");
  }

  @Test
  void aSecurityRuleDescriptionMayNotBeNull() {
    assertThatThrownBy(() -> Nsg.named("bastion").allowFrom(Peer.anyIpv4(), Port.SSH).rules().get(0).withDescription(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withDescription(text): text is null");
  }

  @Test
  void aNullGivenToAGeneratedBuilderNamesTheTypeTheAttributeAndTheFix() {
    assertThatThrownBy(() -> Subnet.privateSubnet().withDnsLabel((String) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Subnet dnsLabel is null. oke-net's values hold no nulls: leave dnsLabel unset when there is none, or give a value.");
  }

  @Test
  void aBuilderMissingRequiredAttributesNamesThemAll() {
    assertThatThrownBy(() -> dev.okenet.OkeNetwork.builder().name("prod").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Cannot build OkeNetwork: ").hasMessageContaining("compartmentId").hasMessageContaining("vcn")
        .hasMessageContaining("Set each on the builder");
  }
}
