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
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.LocalPeering;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs through both of FakeOci's doors: in process and the SDK's real clients over HTTP. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class PeeringTest {
  FakeOci oci;
  OciServices services;

  /** A VCN and LPG of someone else, to peer with. */
  private String foreignLpg() {
    VirtualNetwork vn = services.virtualNetwork();
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
    return services.virtualNetwork().getLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder().localPeeringGatewayId(id).build())
        .getLocalPeeringGateway();
  }

  @Test
  void anLpgWithAKnownPeerIsConnectedOnceAndThenLeftAlone() {
    String peer = foreignLpg();
    ResolvedNetwork net = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16").withPeerGatewayId(peer))));
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult r = provider.apply(provider.plan(net));
    Plan again = FakeOciProviders.provider(oci, services).plan(net);

    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    assertThat(lpg(r.idsByKey().get(ResourceKey.localPeeringGateway("shared"))).getPeerId()).isEqualTo(peer);
    assertThat(lpg(peer).getPeeringStatus()).isEqualTo(LocalPeeringGateway.PeeringStatus.Peered);
    assertThat(oci.calls().count("connectLocalPeeringGateways")).isEqualTo(1);
    assertThat(again.isEmpty()).as(again.render()).isTrue();
  }

  @Test
  void anLpgWithoutAPeerStaysUnconnected() {
    ResolvedNetwork net = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16"))));
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    ApplyResult r = provider.apply(provider.plan(net));

    assertThat(lpg(r.idsByKey().get(ResourceKey.localPeeringGateway("shared"))).getPeeringStatus()).isEqualTo(LocalPeeringGateway.PeeringStatus.New);
    assertThat(oci.calls().count("connectLocalPeeringGateways")).isZero();
  }

  @Test
  void aPeerAddedToAnUnconnectedLpgConnectsItInPlace() {
    ApplyResult first = FakeOciProviders.provider(oci, services).apply(FakeOciProviders.provider(oci, services).plan(prodWith(b -> b.localPeerings(List.of(
        LocalPeering.to("shared", "10.50.0.0/16"))))));
    String peer = foreignLpg();
    ResolvedNetwork withPeer = prodWith(b -> b.localPeerings(List.of(LocalPeering.to("shared", "10.50.0.0/16").withPeerGatewayId(peer))));

    Plan plan = FakeOciProviders.provider(oci, services).plan(withPeer);
    FakeOciProviders.provider(oci, services).apply(plan);

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
    OciNetworkProvider provider = FakeOciProviders.provider(oci, services);

    Plan plan = provider.plan(net);
    ApplyResult r = provider.apply(plan);

    assertThat(plan.change(ResourceKey.remotePeering("dr")).orElseThrow().dependencies()).containsExactly(ResourceKey.drg());
    assertThat(plan.notes()).singleElement().asString().contains("rpc:dr").contains("unconnected");
    assertThat(plan.render()).contains("Notes:").contains("rpc:dr");
    assertThat(r.isSuccess()).as(r.toString()).isTrue();
    var rpcs = services.virtualNetwork().listRemotePeeringConnections(ListRemotePeeringConnectionsRequest.builder()
        .compartmentId(Networks.COMPARTMENT).build()).getItems();
    assertThat(rpcs).singleElement().satisfies(rpc -> {
      assertThat(rpc.getDrgId()).isEqualTo(r.idsByKey().get(ResourceKey.drg()));
      assertThat(rpc.getFreeformTags()).containsEntry("okenet.key", "rpc:dr");
    });
    assertThat(FakeOciProviders.provider(oci, services).plan(net).isEmpty()).isTrue();
  }

  @Test
  void destroyDeletesTheRpcBeforeTheDrg() {
    ResolvedNetwork net = prodWithRemotePeering();
    FakeOciProviders.provider(oci, services).apply(FakeOciProviders.provider(oci, services).plan(net));

    ApplyResult destroyed = FakeOciProviders.provider(oci, services).destroy(net);

    assertThat(destroyed.isSuccess()).as(destroyed.toString()).isTrue();
    assertThat(FakeOciProviders.provider(oci, services).planDestroy(net).isEmpty()).isTrue();
  }

}
