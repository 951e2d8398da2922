package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.ConnectLocalPeeringGatewaysDetails;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.CreateRemotePeeringConnectionDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.RemotePeeringConnection;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.requests.ConnectLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.CreateRemotePeeringConnectionRequest;
import com.oracle.bmc.core.requests.DeleteDrgAttachmentRequest;
import com.oracle.bmc.core.requests.DeleteDrgRequest;
import com.oracle.bmc.core.requests.GetDrgAttachmentRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.ListRemotePeeringConnectionsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class PeeringTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    PeeringTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    private Drg drg() {
        return vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(COMPARTMENT).displayName("drg").build()).build()).getDrg();
    }

    private DrgAttachment attach(Drg drg, Vcn target) {
        return vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
                CreateDrgAttachmentDetails.builder().drgId(drg.getId()).networkDetails(
                        VcnDrgAttachmentNetworkCreateDetails.builder().id(target.getId()).build()).build()).build())
                .getDrgAttachment();
    }

    private LocalPeeringGateway lpg(Vcn in) {
        return vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder().createLocalPeeringGatewayDetails(
                CreateLocalPeeringGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(in.getId()).build()).build())
                .getLocalPeeringGateway();
    }

    private void connect(LocalPeeringGateway a, LocalPeeringGateway b) {
        vn.connectLocalPeeringGateways(ConnectLocalPeeringGatewaysRequest.builder().localPeeringGatewayId(a.getId())
                .connectLocalPeeringGatewaysDetails(ConnectLocalPeeringGatewaysDetails.builder().peerId(b.getId()).build())
                .build());
    }

    @Test
    void drgAttachmentIsAttachedAndListedByVcn() {
        DrgAttachment attachment = attach(drg(), vcn);

        assertThat(vn.getDrgAttachment(GetDrgAttachmentRequest.builder().drgAttachmentId(attachment.getId()).build())
                .getDrgAttachment().getLifecycleState()).isEqualTo(DrgAttachment.LifecycleState.Attached);
        assertThat(vn.listDrgAttachments(ListDrgAttachmentsRequest.builder().compartmentId(COMPARTMENT)
                .vcnId(vcn.getId()).build()).getItems()).extracting(DrgAttachment::getId).containsExactly(attachment.getId());
    }

    @Test
    void aVcnAttachesToOneDrgAtATime() {
        attach(drg(), vcn);

        assertThatThrownBy(() -> attach(drg(), vcn)).hasMessageContaining("only one DRG");
    }

    @Test
    void drgWithAnAttachmentCannotBeDeleted() {
        Drg drg = drg();
        attach(drg, vcn);

        assertThatThrownBy(() -> vn.deleteDrg(DeleteDrgRequest.builder().drgId(drg.getId()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));
    }

    @Test
    void routeToADrgNeedsAnAttachment() {
        Drg drg = drg();

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId())))
                .hasMessageContaining("not attached to");
    }

    @Test
    void attachmentCannotGoWhileARouteTargetsItsDrg() {
        Drg drg = drg();
        DrgAttachment attachment = attach(drg, vcn);
        Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId()));

        assertThatThrownBy(() -> vn.deleteDrgAttachment(DeleteDrgAttachmentRequest.builder()
                .drgAttachmentId(attachment.getId()).build())).hasMessageContaining("targets DRG");
    }

    @Test
    void connectedLocalPeeringGatewaysArePeeredBothWays() {
        Vcn other = Fixtures.vcn(vn, "other", "10.1.0.0/16");
        LocalPeeringGateway a = lpg(vcn);
        LocalPeeringGateway b = lpg(other);

        connect(a, b);

        LocalPeeringGateway peer = vn.getLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder()
                .localPeeringGatewayId(b.getId()).build()).getLocalPeeringGateway();
        assertThat(peer.getPeeringStatus()).isEqualTo(LocalPeeringGateway.PeeringStatus.Peered);
        assertThat(peer.getPeerId()).isEqualTo(a.getId());
        assertThat(peer.getPeerAdvertisedCidr()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void overlappingVcnsCannotPeer() {
        Vcn overlapping = Fixtures.vcn(vn, "overlap", "10.0.0.0/20");

        assertThatThrownBy(() -> connect(lpg(vcn), lpg(overlapping))).hasMessageContaining("overlap");
    }

    @Test
    void remotePeeringConnectionLivesOnItsDrg() {
        Drg drg = drg();
        RemotePeeringConnection rpc = vn.createRemotePeeringConnection(CreateRemotePeeringConnectionRequest.builder()
                .createRemotePeeringConnectionDetails(CreateRemotePeeringConnectionDetails.builder()
                        .compartmentId(COMPARTMENT).drgId(drg.getId()).displayName("to-phx").build()).build())
                .getRemotePeeringConnection();

        assertThat(rpc.getPeeringStatus()).isEqualTo(RemotePeeringConnection.PeeringStatus.New);
        assertThat(vn.listRemotePeeringConnections(ListRemotePeeringConnectionsRequest.builder()
                .compartmentId(COMPARTMENT).drgId(drg.getId()).build()).getItems()).hasSize(1);
    }
}
