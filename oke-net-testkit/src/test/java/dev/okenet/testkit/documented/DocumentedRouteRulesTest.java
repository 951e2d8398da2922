package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.documented.Refusals.invalid;
import static dev.okenet.testkit.documented.Refusals.missing;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.CreateLocalPeeringGatewayDetails;
import com.oracle.bmc.core.model.CreateRouteTableDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.LocalPeeringGateway;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.CreateLocalPeeringGatewayRequest;
import com.oracle.bmc.core.requests.CreateRouteTableRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Route rules as the {@code RouteRule} javadoc and Oracle's "VCN Route Tables" page document them:
 * the deprecated {@code cidrBlock} against {@code destination}, the destination/type pair, the
 * required rule list, and intra-VCN routing.
 */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedRouteRulesTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;
    private final String nat;

    DocumentedRouteRulesTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        nat = Fixtures.natGateway(vn, vcn).getId();
    }

    private Drg attachedDrg() {
        Drg drg = vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(COMPARTMENT).build()).build()).getDrg();
        vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
                CreateDrgAttachmentDetails.builder().drgId(drg.getId()).networkDetails(
                        VcnDrgAttachmentNetworkCreateDetails.builder().id(vcn.getId()).build()).build()).build());
        return drg;
    }

    /** RouteRule.cidrBlock: "Requests that include both cidrBlock and destination will be rejected." */
    @Test
    void aRuleWithBothCidrBlockAndDestinationIsRejected() {
        RouteRule both = RouteRule.builder().cidrBlock("0.0.0.0/0").destination("0.0.0.0/0")
                .destinationType(RouteRule.DestinationType.CidrBlock).networkEntityId(nat).build();

        invalid(() -> Fixtures.routeTable(vn, vcn, "rt", both), "cidrBlock", "destination");
    }

    /** RouteRule.destinationType: "Required if you provide a destination." */
    @Test
    void aDestinationWithoutItsTypeIsMissingDestinationType() {
        RouteRule untyped = RouteRule.builder().destination("0.0.0.0/0").networkEntityId(nat).build();

        missing(() -> Fixtures.routeTable(vn, vcn, "rt", untyped), "destinationType");
    }

    /** RouteRule.destination: "Required if you provide a destinationType." */
    @Test
    void aDestinationTypeWithoutADestinationIsMissingDestination() {
        RouteRule typeOnly = RouteRule.builder().destinationType(RouteRule.DestinationType.CidrBlock)
                .networkEntityId(nat).build();

        missing(() -> Fixtures.routeTable(vn, vcn, "rt", typeOnly), "destination");
    }

    /** The deprecated cidrBlock alone still works: OCI fills in destination and its type. */
    @Test
    void aRuleGivenByCidrBlockReadsBackWithDestinationAndType() {
        RouteTable table = Fixtures.routeTable(vn, vcn, "rt",
                RouteRule.builder().cidrBlock("0.0.0.0/0").networkEntityId(nat).build());

        assertThat(table.getRouteRules()).singleElement().satisfies(r -> {
            assertThat(r.getDestination()).isEqualTo("0.0.0.0/0");
            assertThat(r.getDestinationType()).isEqualTo(RouteRule.DestinationType.CidrBlock);
            assertThat(r.getRouteType()).isEqualTo(RouteRule.RouteType.Static);
        });
    }

    /**
     * OCI populates destination from cidrBlock "but not the reverse" (oracle/oci-ansible-modules#52):
     * a rule given by destination reads back without cidrBlock, so it can be sent back as read.
     */
    @Test
    void aRuleGivenByDestinationReadsBackWithoutCidrBlockAndCanBeSentBackAsRead() {
        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", nat));
        List<RouteRule> read = vn.getRouteTable(GetRouteTableRequest.builder().rtId(table.getId()).build())
                .getRouteTable().getRouteRules();

        RouteTable updated = vn.updateRouteTable(UpdateRouteTableRequest.builder().rtId(table.getId())
                .updateRouteTableDetails(UpdateRouteTableDetails.builder().routeRules(read).build()).build())
                .getRouteTable();

        assertThat(read).singleElement().satisfies(r -> assertThat(r.getCidrBlock()).isNull());
        assertThat(updated.getRouteRules()).hasSize(1);
    }

    /** routeRules is a required field of CreateRouteTableDetails (OCI API reference). */
    @Test
    void aRouteTableWithoutItsRuleListIsMissingRouteRules() {
        missing(() -> vn.createRouteTable(CreateRouteTableRequest.builder().createRouteTableDetails(
                CreateRouteTableDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).build()).build()),
                "routeRules");
    }

    /**
     * Oracle, "VCN Route Tables": "You can use intra-VCN routing to specify a next-hop private IP,
     * LPG, or DRG within a VCN for traffic destined to another subnet in the VCN."
     */
    @Test
    void partOfTheVcnMayBeRoutedToADrg() {
        Drg drg = attachedDrg();

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.1.0/24", drg.getId()));

        assertThat(table.getRouteRules()).extracting(RouteRule::getNetworkEntityId).containsExactly(drg.getId());
    }

    /** As above: a local peering gateway is an intra-VCN next hop too. */
    @Test
    void partOfTheVcnMayBeRoutedToALocalPeeringGateway() {
        LocalPeeringGateway lpg = vn.createLocalPeeringGateway(CreateLocalPeeringGatewayRequest.builder()
                .createLocalPeeringGatewayDetails(CreateLocalPeeringGatewayDetails.builder().compartmentId(COMPARTMENT)
                        .vcnId(vcn.getId()).build()).build()).getLocalPeeringGateway();

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.1.0/24", lpg.getId()));

        assertThat(table.getRouteRules()).extracting(RouteRule::getNetworkEntityId).containsExactly(lpg.getId());
    }

    /** A NAT gateway is not among the intra-VCN next hops: part of the VCN cannot go there. */
    @Test
    void partOfTheVcnRoutedToANatGatewayIsRefusedNamingTheAllowedTargets() {
        invalid(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.1.0/24", nat)),
                "10.0.1.0/24", "private IP", "local peering gateway", "DRG");
    }
}
