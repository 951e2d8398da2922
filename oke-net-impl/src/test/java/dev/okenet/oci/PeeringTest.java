package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.ListRemotePeeringConnectionsRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.http.Door;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@ParameterizedClass
@EnumSource(Door.class)
class PeeringTest {
  private final FakeCloud cloud;

  PeeringTest(Door door) {
    this.cloud = FakeCloud.instant(door);
  }

  @AfterEach
  void close() {
    cloud.close();
  }

  /** A VCN and LPG of someone else, to peer with. */
  private String foreignLpg() {
    VirtualNetwork vn = cloud.virtualNetwork();
    String vcn = vn.createVcn(CreateVcnRequest.builder().createVcnDetails(CreateVcnDetails.builder().compartmentId(Networks.COMPARTMENT)
        .cidrBlocks(List.of("10.50.0.0/16")).displayName("shared").build()).build()).getVcn().getId();
    return vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder().createLocalPeeringGatewayDetails(
        CreateLocalPeeringGatewayDetails.builder().compartmentId(Networks.COMPARTMENT).vcnId(vcn).displayName("shared-lpg").build())
        .build()).getLocalPeeringGateway().getId();
  }

  private static ResolvedNetwork prodWith(java.util.function.Consumer<OkeNetwork.Builder> change) {
    OkeNetwork.Builder b = ReferenceNetworks.prod().toBuilder();
    change.accept(b);
    return b.build().resolve();
  }

  private LocalPeeringGateway lpg(String id) {
    return cloud.virtualNetwork().getLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build())
        .getLocalPeeringGateway();
  }

  @Test
  void anLpgWithAKnownPeerIsConnectedOnceAndThenLeftAlone() {
    String peer = foreignLpg();
    ResolvedNetwork net = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16").withPeerGatewayId(peer))));
    OciNetworkProvider provider = cloud.provider();

    ApplyResult r = provider.apply(provider.plan(net));
    Plan again = cloud.provider().plan(net);

    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    assertThat(lpg(r.idsByKey().get(ResourceKey.localPeeringGateway("shared"))).getPeerId()).isEqualTo(peer);
    assertThat(lpg(peer).getPeeringStatus()).isEqualTo(LocalPeeringGateway.PeeringStatus.Peered);
    assertThat(cloud.fake.calls().count("connectLocalPeeringGateways")).isEqualTo(1);
    assertThat(again.isEmpty()).as(again.render()).isTrue();
  }

  @Test
  void anLpgWithoutAPeerStaysUnconnected() {
    ResolvedNetwork net = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16"))));
    OciNetworkProvider provider = cloud.provider();

    ApplyResult r = provider.apply(provider.plan(net));

    assertThat(lpg(r.idsByKey().get(ResourceKey.localPeeringGateway("shared"))).getPeeringStatus()).isEqualTo(LocalPeeringGateway.PeeringStatus.New);
    assertThat(cloud.fake.calls().count("connectLocalPeeringGateways")).isZero();
  }

  @Test
  void aPeerAddedToAnUnconnectedLpgConnectsItInPlace() {
    ApplyResult first = cloud.provider().apply(cloud.provider().plan(prodWith(b -> b.localPeerings(List.of(
        LocalPeering.to("shared", "10.50.0.0/16"))))));
    String peer = foreignLpg();
    ResolvedNetwork withPeer = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16").withPeerGatewayId(peer))));

    Plan plan = cloud.provider().plan(withPeer);
    cloud.provider().apply(plan);

    assertThat(plan.change(ResourceKey.localPeeringGateway("shared")).orElseThrow().action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(lpg(first.idsByKey().get(ResourceKey.localPeeringGateway("shared"))).getPeerId()).isEqualTo(peer);
  }

  private static ResolvedNetwork prodWithRemotePeering() {
    return prodWith(b -> b.drg(Drg.of(DrgAttachment.ipsecVpn("onprem", ReferenceNetworks.IPSEC_CONNECTION_ID,
        ReferenceNetworks.ON_PREMISES_CIDR)).addAttachment(DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16"))));
  }

  @Test
  void aRemotePeeringAttachmentCreatesAnUnconnectedRpcOnTheDrgAndThePlanSaysSo() {
    ResolvedNetwork net = prodWithRemotePeering();
    OciNetworkProvider provider = cloud.provider();

    Plan plan = provider.plan(net);
    ApplyResult r = provider.apply(plan);

    assertThat(plan.change(ResourceKey.remotePeering("dr")).orElseThrow().dependencies()).containsExactly(ResourceKey.drg());
    assertThat(plan.notes()).singleElement().asString().contains("rpc:dr").contains("unconnected");
    assertThat(plan.render()).contains("Notes:").contains("rpc:dr");
    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    var rpcs = cloud.virtualNetwork().listRemotePeeringConnections(ListRemotePeeringConnectionsRequest.builder()
        .compartmentId(Networks.COMPARTMENT).build()).getItems();
    assertThat(rpcs).singleElement().satisfies(rpc -> {
      assertThat(rpc.getDrgId()).isEqualTo(r.idsByKey().get(ResourceKey.drg()));
      assertThat(rpc.getFreeformTags()).containsEntry("okenet.key", "rpc:dr");
    });
    assertThat(cloud.provider().plan(net).isEmpty()).isTrue();
  }

  @Test
  void destroyDeletesTheRpcBeforeTheDrg() {
    ResolvedNetwork net = prodWithRemotePeering();
    cloud.provider().apply(cloud.provider().plan(net));

    ApplyResult destroyed = cloud.provider().destroy(net);

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    assertThat(cloud.provider().planDestroy(net).isEmpty()).isTrue();
  }

}
