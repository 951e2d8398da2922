package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.ListPrivateIpsRequest;
import com.oracle.bmc.model.BmcException;
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
 * The VCN routes its own addresses: a route rule may send part of the VCN only to an intra-VCN next
 * hop (a private IP here; LPGs and DRGs in {@code DocumentedRouteRulesTest}), not to a gateway.
 */
@ParameterizedClass
@EnumSource(Door.class)
class RouteDestinationTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    RouteDestinationTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    @Test
    void ruleSendingPartOfTheVcnToAGatewayIsInvalidParameterNamingDestinationAndBlock() {
        NatGateway nat = Fixtures.natGateway(vn, vcn);

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.1.0/24", nat.getId())))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getUnmodifiedMessage()).contains("10.0.1.0/24", "10.0.0.0/16", nat.getId());
                });
    }

    @Test
    void ruleForARangeHoldingTheWholeVcnIsAccepted() {
        NatGateway nat = Fixtures.natGateway(vn, vcn);

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.0.0/8", nat.getId()));

        assertThat(table.getRouteRules()).hasSize(1);
    }

    @Test
    void ruleSendingPartOfTheVcnToAPrivateIpInItIsAccepted() {
        Subnet subnet = Fixtures.subnet(vn, vcn, "appliance", "10.0.2.0/24");
        OCI.networkLoadBalancer().createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT)
                        .displayName("appliance").subnetId(subnet.getId()).isPrivate(true).build()).build());
        String applianceIp = vn.listPrivateIps(ListPrivateIpsRequest.builder().subnetId(subnet.getId()).build())
                .getItems().get(0).getId();

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("10.0.1.0/24", applianceIp));

        assertThat(table.getRouteRules()).extracting(r -> r.getNetworkEntityId()).containsExactly(applianceIp);
    }
}
