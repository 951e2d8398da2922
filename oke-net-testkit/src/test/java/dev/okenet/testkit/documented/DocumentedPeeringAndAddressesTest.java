package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.ConnectLocalPeeringGatewaysDetails;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateDrgAttachmentDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkDetails;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkUpdateDetails;
import com.oracle.bmc.core.requests.ConnectLocalPeeringGatewaysRequest;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.GetLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.GetServiceRequest;
import com.oracle.bmc.core.requests.ListDrgAttachmentsRequest;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.core.requests.UpdateDrgAttachmentRequest;
import com.oracle.bmc.core.responses.GetServiceResponse;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Local peering, DRG attachments, private IP listing and the Oracle services, as the core SDK's
 * model and operation javadoc document them.
 */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedPeeringAndAddressesTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final Door door;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    DocumentedPeeringAndAddressesTest(Door door) {
        this.door = door;
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    private LocalPeeringGateway lpg(Vcn in) {
        return vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder().createLocalPeeringGatewayDetails(
                CreateLocalPeeringGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(in.getId()).build()).build())
                .getLocalPeeringGateway();
    }

    private DrgAttachment attach(VcnDrgAttachmentNetworkDetails.VcnRouteType routeType) {
        String drg = vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(COMPARTMENT).build()).build()).getDrg().getId();
        return vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
                CreateDrgAttachmentDetails.builder().drgId(drg).networkDetails(VcnDrgAttachmentNetworkCreateDetails
                        .builder().id(vcn.getId()).vcnRouteType(routeType).build()).build()).build()).getDrgAttachment();
    }

    /**
     * LocalPeeringGateway.peerAdvertisedCidr: "The smallest aggregate CIDR that contains all the
     * CIDR routes advertised by the VCN at the other end of the peering", the blocks themselves in
     * peerAdvertisedCidrDetails.
     */
    @Test
    void aPeeredLpgAdvertisesTheSmallestAggregateOfThePeerVcnsBlocks() {
        Vcn peer = Fixtures.vcn(vn, "peer", "192.168.0.0/24", "192.168.1.0/24");
        LocalPeeringGateway mine = lpg(vcn);
        LocalPeeringGateway theirs = lpg(peer);

        vn.connectLocalPeeringGateways(ConnectLocalPeeringGatewaysRequest.builder().localPeeringGatewayId(mine.getId())
                .connectLocalPeeringGatewaysDetails(ConnectLocalPeeringGatewaysDetails.builder().peerId(theirs.getId())
                        .build()).build());

        LocalPeeringGateway peered = vn.getLocalPeeringGateway(GetLocalPeeringGatewayRequest.builder()
                .localPeeringGatewayId(mine.getId()).build()).getLocalPeeringGateway();
        assertThat(peered.getPeerAdvertisedCidr()).isEqualTo("192.168.0.0/23");
        assertThat(peered.getPeerAdvertisedCidrDetails()).containsExactly("192.168.0.0/24", "192.168.1.0/24");
    }

    /** VcnDrgAttachmentNetworkCreateDetails.vcnRouteType: the requested value is kept. */
    @Test
    void aDrgAttachmentKeepsTheRequestedVcnRouteType() {
        DrgAttachment attachment = attach(VcnDrgAttachmentNetworkDetails.VcnRouteType.VcnCidrs);

        assertThat(attachment.getNetworkDetails()).isInstanceOfSatisfying(VcnDrgAttachmentNetworkDetails.class,
                n -> assertThat(n.getVcnRouteType()).isEqualTo(VcnDrgAttachmentNetworkDetails.VcnRouteType.VcnCidrs));
    }

    /** UpdateDrgAttachmentDetails.networkDetails: a VCN attachment's route table and route type change. */
    @Test
    void updatingADrgAttachmentsNetworkDetailsChangesItsRouteTableAndRouteType() {
        DrgAttachment attachment = attach(VcnDrgAttachmentNetworkDetails.VcnRouteType.VcnCidrs);
        RouteTable ingress = Fixtures.routeTable(vn, vcn, "ingress");

        DrgAttachment updated = vn.updateDrgAttachment(UpdateDrgAttachmentRequest.builder()
                .drgAttachmentId(attachment.getId()).updateDrgAttachmentDetails(UpdateDrgAttachmentDetails.builder()
                        .networkDetails(VcnDrgAttachmentNetworkUpdateDetails.builder().routeTableId(ingress.getId())
                                .vcnRouteType(VcnDrgAttachmentNetworkDetails.VcnRouteType.SubnetCidrs).build())
                        .exportDrgRouteDistributionId("ocid1.drgroutedistribution.oc1.iad.aaaa").build())
                .build()).getDrgAttachment();

        assertThat(updated.getRouteTableId()).isEqualTo(ingress.getId());
        assertThat(updated.getExportDrgRouteDistributionId()).isEqualTo("ocid1.drgroutedistribution.oc1.iad.aaaa");
        assertThat(updated.getNetworkDetails()).isInstanceOfSatisfying(VcnDrgAttachmentNetworkDetails.class, n -> {
            assertThat(n.getRouteTableId()).isEqualTo(ingress.getId());
            assertThat(n.getVcnRouteType()).isEqualTo(VcnDrgAttachmentNetworkDetails.VcnRouteType.SubnetCidrs);
        });
    }

    /**
     * VirtualNetwork.listDrgAttachments: "It will default to list VCN attachments, but you may
     * request to list ALL attachments of ALL types" - another type lists none of FakeOci's.
     */
    @Test
    void listingDrgAttachmentsByTypeFindsVcnAttachmentsUnderVcnAndAllOnly() {
        DrgAttachment attachment = attach(null);
        ListDrgAttachmentsRequest.Builder list = ListDrgAttachmentsRequest.builder().compartmentId(COMPARTMENT);

        assertThat(vn.listDrgAttachments(list.attachmentType(ListDrgAttachmentsRequest.AttachmentType.All).build())
                .getItems()).extracting(DrgAttachment::getId).containsExactly(attachment.getId());
        assertThat(vn.listDrgAttachments(list.attachmentType(ListDrgAttachmentsRequest.AttachmentType.Vcn).build())
                .getItems()).extracting(DrgAttachment::getId).containsExactly(attachment.getId());
        assertThat(vn.listDrgAttachments(list.attachmentType(ListDrgAttachmentsRequest.AttachmentType.VirtualCircuit)
                .build()).getItems()).isEmpty();
    }

    /** ListPrivateIpsRequest.ipState and lifetime filter: FakeOci's addresses are ASSIGNED and EPHEMERAL. */
    @Test
    void listingPrivateIpsFiltersByIpStateAndLifetime() {
        Subnet subnet = Fixtures.privateSubnet(vn, vcn, "s", "10.0.1.0/24");
        door.networkLoadBalancer(OCI).createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT)
                        .displayName("nlb").subnetId(subnet.getId()).build()).build());
        ListPrivateIpsRequest.Builder list = ListPrivateIpsRequest.builder().subnetId(subnet.getId());

        assertThat(vn.listPrivateIps(list.ipState("ASSIGNED").lifetime("EPHEMERAL").build()).getItems()).hasSize(1);
        assertThat(vn.listPrivateIps(list.ipState("AVAILABLE").lifetime(null).build()).getItems()).isEmpty();
        assertThat(vn.listPrivateIps(list.ipState(null).lifetime("RESERVED").build()).getItems()).isEmpty();
    }

    /** VirtualNetwork.listPrivateIps may filter by VLAN; FakeOci has no VLANs, so none. */
    @Test
    void listingPrivateIpsByVlanListsNone() {
        assertThat(vn.listPrivateIps(ListPrivateIpsRequest.builder().vlanId("ocid1.vlan.oc1.iad.aaaa").build())
                .getItems()).isEmpty();
    }

    /** GetServiceResponse carries an etag, as every core get does; a service's never changes. */
    @Test
    void getServiceAnswersAnEtag() {
        String serviceId = vn.listServices(ListServicesRequest.builder().build()).getItems().get(0).getId();

        GetServiceResponse first = vn.getService(GetServiceRequest.builder().serviceId(serviceId).build());
        GetServiceResponse second = vn.getService(GetServiceRequest.builder().serviceId(serviceId).build());

        assertThat(first.getEtag()).isNotBlank().isEqualTo(second.getEtag());
    }
}
