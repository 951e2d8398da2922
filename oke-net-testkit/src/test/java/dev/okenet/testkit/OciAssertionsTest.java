package dev.okenet.testkit;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class OciAssertionsTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;

    OciAssertionsTest(Door door) {
        vn = door.virtualNetwork(OCI);
    }

    private void allow(NetworkSecurityGroup nsg, String source, int port) {
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(nsg.getId()).addNetworkSecurityGroupSecurityRulesDetails(
                        AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(
                                AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress)
                                        .protocol("6").source(source)
                                        .sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).tcpOptions(TcpOptions.builder()
                                                .destinationPortRange(PortRange.builder().min(port).max(port).build())
                                                .build()).build())).build()).build());
    }

    @Test
    void vcnWithCidrAndSubnetsPasses() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Fixtures.subnet(vn, vcn, "workers", "10.0.16.0/20");

        OciAssertions.assertThat(OCI).hasVcnNamed("prod").withCidr("10.0.0.0/16").withSubnetCount(1)
                .withSubnet("workers", "10.0.16.0/20");
    }

    @Test
    void missingVcnFailsNamingTheVcnsThatExist() {
        Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        assertThatThrownBy(() -> OciAssertions.assertThat(OCI).hasVcnNamed("dev"))
                .isInstanceOf(AssertionError.class).hasMessage("Expected a VCN named <dev> but the live VCNs are <[prod]>");
    }

    @Test
    void wrongCidrFailsStatingExpectedAndActual() {
        Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        assertThatThrownBy(() -> OciAssertions.assertThat(OCI).hasVcnNamed("prod").withCidr("10.1.0.0/16"))
                .hasMessage("Expected VCN <prod> to have CIDR <10.1.0.0/16> but its CIDR blocks are <[10.0.0.0/16]>");
    }

    @Test
    void nsgRuleFromAPeerNsgToAPortPasses() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        NetworkSecurityGroup workers = Fixtures.nsg(vn, vcn, "workers");
        NetworkSecurityGroup api = Fixtures.nsg(vn, vcn, "api");
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(workers.getId()).addNetworkSecurityGroupSecurityRulesDetails(
                        AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(
                                AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress)
                                        .protocol("6").source(api.getId())
                                        .sourceType(AddSecurityRuleDetails.SourceType.NetworkSecurityGroup)
                                        .tcpOptions(TcpOptions.builder().destinationPortRange(
                                                PortRange.builder().min(10250).max(10250).build()).build())
                                        .build())).build()).build());

        OciAssertions.assertThat(OCI).hasNsgRule("workers", "api", 10250);
    }

    @Test
    void missingNsgRuleFailsListingTheRules() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        NetworkSecurityGroup workers = Fixtures.nsg(vn, vcn, "workers");
        allow(workers, "10.0.0.0/28", 22);

        assertThatThrownBy(() -> OciAssertions.assertThat(OCI).hasNsgRule("workers", "10.0.0.0/28", 10250))
                .hasMessage("Expected NSG <workers> to allow TCP 10250 from <10.0.0.0/28> but its rules are"
                        + " <[INGRESS 6 22-22 from 10.0.0.0/28]>");
    }

    @Test
    void emptyCompartmentPassesAfterDeletion() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build());

        OciAssertions.assertThat(OCI).hasNothingLeftIn(COMPARTMENT);
    }

    @Test
    void leftoversInCompartmentFailNamingThem() {
        Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        assertThatThrownBy(() -> OciAssertions.assertThat(OCI).hasNothingLeftIn(COMPARTMENT))
                .hasMessageContaining("Expected nothing left in compartment").hasMessageContaining("VCN ocid1.vcn");
    }

    @Test
    void callCountMismatchFailsWithTheCounts() {
        Fixtures.vcn(vn, "prod", "10.0.0.0/16");

        assertThatThrownBy(() -> OciAssertions.assertThat(OCI).madeCalls("createVcn", 2))
                .hasMessage("Expected <2> calls of createVcn but there were <1>; calls by operation: {createVcn=1}");
    }
}
