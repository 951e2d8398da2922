package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateSubnetDetails;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.DeleteSubnetRequest;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.core.requests.ListSubnetsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class SubnetTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    SubnetTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    private Subnet create(CreateSubnetDetails details) {
        return vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(details).build()).getSubnet();
    }

    @Test
    void createThenGetRoundTripsEveryField() {
        Subnet created = create(Fixtures.subnetDetails(vcn, "workers", "10.0.16.0/20").dnsLabel("workers")
                .prohibitPublicIpOnVnic(true).availabilityDomain("Uocm:US-ASHBURN-AD-1")
                .freeformTags(Map.of("okenet.key", "workers")).build());

        Subnet subnet = vn.getSubnet(GetSubnetRequest.builder().subnetId(created.getId()).build()).getSubnet();

        assertThat(subnet.getId()).startsWith("ocid1.subnet.oc1.iad.");
        assertThat(subnet.getVcnId()).isEqualTo(vcn.getId());
        assertThat(subnet.getCidrBlock()).isEqualTo("10.0.16.0/20");
        assertThat(subnet.getDisplayName()).isEqualTo("workers");
        assertThat(subnet.getDnsLabel()).isEqualTo("workers");
        assertThat(subnet.getSubnetDomainName()).isEqualTo("workers.prod.oraclevcn.com");
        assertThat(subnet.getProhibitPublicIpOnVnic()).isTrue();
        assertThat(subnet.getProhibitInternetIngress()).isTrue();
        assertThat(subnet.getAvailabilityDomain()).isEqualTo("Uocm:US-ASHBURN-AD-1");
        assertThat(subnet.getFreeformTags()).containsExactly(Map.entry("okenet.key", "workers"));
        assertThat(subnet.getVirtualRouterIp()).isEqualTo("10.0.16.1");
        assertThat(subnet.getLifecycleState()).isEqualTo(Subnet.LifecycleState.Available);
    }

    @Test
    void subnetWithoutExplicitOnesUsesTheVcnDefaults() {
        Subnet subnet = Fixtures.subnet(vn, vcn, "s", "10.0.1.0/24");

        assertThat(subnet.getRouteTableId()).isEqualTo(vcn.getDefaultRouteTableId());
        assertThat(subnet.getSecurityListIds()).containsExactly(vcn.getDefaultSecurityListId());
        assertThat(subnet.getDhcpOptionsId()).isEqualTo(vcn.getDefaultDhcpOptionsId());
    }

    @Test
    void cidrOutsideTheVcnIsRejected() {
        assertThatThrownBy(() -> Fixtures.subnet(vn, vcn, "s", "10.1.0.0/24"))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400))
                .hasMessageContaining("not within the VCN");
    }

    @Test
    void overlappingCidrIsRejectedNamingTheOtherSubnet() {
        Subnet first = Fixtures.subnet(vn, vcn, "a", "10.0.0.0/20");

        assertThatThrownBy(() -> Fixtures.subnet(vn, vcn, "b", "10.0.8.0/24"))
                .hasMessageContaining(first.getId()).hasMessageContaining("overlaps");
    }

    @Test
    void smallerThanSlash30IsRejected() {
        assertThatThrownBy(() -> Fixtures.subnet(vn, vcn, "s", "10.0.0.0/31")).hasMessageContaining("too small");
    }

    @Test
    void dnsLabelNeedsAVcnDnsLabel() {
        Vcn unlabelled = vn.createVcn(com.oracle.bmc.core.requests.CreateVcnRequest.builder().createVcnDetails(
                com.oracle.bmc.core.model.CreateVcnDetails.builder().compartmentId(COMPARTMENT)
                        .cidrBlocks(List.of("10.1.0.0/16")).build()).build()).getVcn();

        assertThatThrownBy(() -> create(Fixtures.subnetDetails(unlabelled, "s", "10.1.0.0/24").dnsLabel("s").build()))
                .hasMessageContaining("has no DNS label");
    }

    @Test
    void dnsLabelMustBeUniqueInTheVcn() {
        create(Fixtures.subnetDetails(vcn, "a", "10.0.1.0/24").dnsLabel("web").build());

        assertThatThrownBy(() -> create(Fixtures.subnetDetails(vcn, "b", "10.0.2.0/24").dnsLabel("web").build()))
                .hasMessageContaining("already used");
    }

    @Test
    void moreThanFiveSecurityListsAreRejected() {
        List<String> distinct = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            distinct.add(vn.createSecurityList(com.oracle.bmc.core.requests.CreateSecurityListRequest.builder()
                    .createSecurityListDetails(com.oracle.bmc.core.model.CreateSecurityListDetails.builder()
                            .compartmentId(COMPARTMENT).vcnId(vcn.getId()).ingressSecurityRules(List.of())
                            .egressSecurityRules(List.of()).build()).build()).getSecurityList().getId());
        }

        assertThatThrownBy(() -> create(Fixtures.subnetDetails(vcn, "s", "10.0.1.0/24").securityListIds(distinct).build()))
                .hasMessageContaining("at most 5 security lists");
    }

    @Test
    void listFiltersByVcn() {
        Vcn other = Fixtures.vcn(vn, "other", "10.1.0.0/16");
        Fixtures.subnet(vn, vcn, "a", "10.0.1.0/24");
        Fixtures.subnet(vn, other, "b", "10.1.1.0/24");

        List<Subnet> items = vn.listSubnets(ListSubnetsRequest.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
                .build()).getItems();

        assertThat(items).extracting(Subnet::getDisplayName).containsExactly("a");
    }

    @Test
    void deletedSubnetFreesItsCidr() {
        Subnet subnet = Fixtures.subnet(vn, vcn, "a", "10.0.1.0/24");

        vn.deleteSubnet(DeleteSubnetRequest.builder().subnetId(subnet.getId()).build());

        assertThat(Fixtures.subnet(vn, vcn, "b", "10.0.1.0/24").getCidrBlock()).isEqualTo("10.0.1.0/24");
    }
}
