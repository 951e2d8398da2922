package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.documented.Refusals.invalid;
import static dev.okenet.testkit.documented.Refusals.missing;
import static dev.okenet.testkit.documented.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.CreateInternetGatewayDetails;
import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.UpdateSubnetDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.CreateInternetGatewayRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupsRequest;
import com.oracle.bmc.core.requests.UpdateSubnetRequest;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
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
 * Internet gateways, NSG rules and listing, and subnets, as the core SDK's request and model
 * javadoc (and the OCI API reference's required fields) document them.
 */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedCoreTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final Door door;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    DocumentedCoreTest(Door door) {
        this.door = door;
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    private void addRules(NetworkSecurityGroup nsg, AddSecurityRuleDetails... rules) {
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(nsg.getId()).addNetworkSecurityGroupSecurityRulesDetails(
                        AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(rules)).build())
                .build());
    }

    private static AddSecurityRuleDetails.Builder ingress(String source) {
        return AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress).protocol("all")
                .source(source);
    }

    /**
     * VirtualNetwork.createInternetGateway: "You must specify whether the internet gateway is
     * enabled when you create it."
     */
    @Test
    void anInternetGatewayCreatedWithoutIsEnabledIsMissingIsEnabled() {
        missing(() -> vn.createInternetGateway(CreateInternetGatewayRequest.builder().createInternetGatewayDetails(
                CreateInternetGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId()).build()).build()),
                "isEnabled");
    }

    /** AddSecurityRuleDetails.sourceType: "Required if direction = INGRESS." */
    @Test
    void anIngressNsgRuleWithoutSourceTypeIsMissingSourceType() {
        NetworkSecurityGroup nsg = Fixtures.nsg(vn, vcn, "workers");

        missing(() -> addRules(nsg, ingress("10.0.0.0/16").build()), "sourceType");
    }

    /** AddSecurityRuleDetails.destinationType: "Required if direction = EGRESS." */
    @Test
    void anEgressNsgRuleWithoutDestinationTypeIsMissingDestinationType() {
        NetworkSecurityGroup nsg = Fixtures.nsg(vn, vcn, "workers");

        missing(() -> addRules(nsg, AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Egress)
                .protocol("all").destination("0.0.0.0/0").build()), "destinationType");
    }

    /** A refused rule leaves the NSG as it was: the rules before it in the same call are not added. */
    @Test
    void aRefusedAddLeavesTheNsgWithoutTheRulesBeforeTheRefusedOne() {
        NetworkSecurityGroup nsg = Fixtures.nsg(vn, vcn, "workers");

        assertThatThrownBy(() -> addRules(nsg,
                ingress("10.0.0.0/16").sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).build(),
                ingress("10.1.0.0/16").build()));

        assertThat(vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(nsg.getId()).build()).getItems()).isEmpty();
    }

    /**
     * VirtualNetwork.listNetworkSecurityGroups: "You must specify either a vlanId or a
     * compartmentId, but not both."
     */
    @Test
    void listingNsgsByVcnAloneIsMissingCompartmentId() {
        missing(() -> vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().vcnId(vcn.getId())
                .build()), "compartmentId");
    }

    @Test
    void listingNsgsByCompartmentAndVlanIsRejected() {
        invalid(() -> vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder().compartmentId(COMPARTMENT)
                .vlanId("ocid1.vlan.oc1.iad.aaaa").build()), "compartmentId", "vlanId");
    }

    /** "If you specify a vlanId, all other parameters are ignored": FakeOci has no VLANs, so none. */
    @Test
    void listingNsgsByVlanListsNone() {
        Fixtures.nsg(vn, vcn, "workers");

        assertThat(vn.listNetworkSecurityGroups(ListNetworkSecurityGroupsRequest.builder()
                .vlanId("ocid1.vlan.oc1.iad.aaaa").build()).getItems()).isEmpty();
    }

    /** CreateSubnetDetails.cidrBlock and ipv4CidrBlocks describe one block; they must agree. */
    @Test
    void aSubnetWhoseCidrBlockAndIpv4CidrBlocksDisagreeIsRejected() {
        invalid(() -> vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(
                Fixtures.subnetDetails(vcn, "s", "10.0.1.0/24").ipv4CidrBlocks(List.of("10.0.2.0/24")).build())
                .build()), "10.0.1.0/24", "10.0.2.0/24");
    }

    @Test
    void aSubnetGivenOnlyByIpv4CidrBlocksTakesThatBlock() {
        Subnet subnet = vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(CreateSubnetDetails.builder()
                .compartmentId(COMPARTMENT).vcnId(vcn.getId()).ipv4CidrBlocks(List.of("10.0.3.0/24")).build())
                .build()).getSubnet();

        assertThat(subnet.getCidrBlock()).isEqualTo("10.0.3.0/24");
    }

    /** Subnets with several IPv4 blocks are not modelled: the request fails as unsupported. */
    @Test
    void aSubnetWithSeveralIpv4BlocksIsUnsupported() {
        assertThatThrownBy(() -> vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(
                CreateSubnetDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .ipv4CidrBlocks(List.of("10.0.3.0/24", "10.0.4.0/24")).build()).build()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("COVERAGE.md");
    }

    /**
     * UpdateSubnetDetails.cidrBlock: "The old and new CIDR block ranges must use the same network
     * address."
     */
    @Test
    void resizingASubnetToAnotherNetworkAddressIsRejected() {
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24");

        invalid(() -> vn.updateSubnet(UpdateSubnetRequest.builder().subnetId(subnet.getId())
                .updateSubnetDetails(UpdateSubnetDetails.builder().cidrBlock("10.0.0.0/23").build()).build()),
                "same network address", "10.0.1.0/24", "10.0.0.0/23");
    }

    /**
     * UpdateSubnetDetails.cidrBlock: "The new CIDR range's broadcast address ... must not be an IP
     * address in use in the old CIDR range."
     */
    @Test
    void shrinkingASubnetOntoAnAddressInUseAsItsNewBroadcastIsAConflict() {
        Subnet subnet = Fixtures.privateSubnet(vn, vcn, "s", "10.0.1.0/24");
        door.networkLoadBalancer(OCI).createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT)
                        .displayName("appliance").subnetId(subnet.getId()).assignedPrivateIpv4("10.0.1.127").build())
                .build());

        refused(() -> vn.updateSubnet(UpdateSubnetRequest.builder().subnetId(subnet.getId())
                .updateSubnetDetails(UpdateSubnetDetails.builder().cidrBlock("10.0.1.0/25").build()).build()),
                409, "Conflict", "broadcast", "10.0.1.127");
    }

    @Test
    void growingASubnetInPlaceIsAccepted() {
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.4.0/24");

        Subnet grown = vn.updateSubnet(UpdateSubnetRequest.builder().subnetId(subnet.getId())
                .updateSubnetDetails(UpdateSubnetDetails.builder().cidrBlock("10.0.4.0/23").build()).build())
                .getSubnet();

        assertThat(grown.getCidrBlock()).isEqualTo("10.0.4.0/23");
    }
}
