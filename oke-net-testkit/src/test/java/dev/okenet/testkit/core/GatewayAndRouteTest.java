package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateServiceGatewayDetails;
import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.NatGateway;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Service;
import com.oracle.bmc.core.model.ServiceGateway;
import com.oracle.bmc.core.model.ServiceIdRequestDetails;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateServiceGatewayRequest;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import com.oracle.bmc.core.requests.DeleteInternetGatewayRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class GatewayAndRouteTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;

    GatewayAndRouteTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
    }

    private Service allServices() {
        return vn.listServices(ListServicesRequest.builder().build()).getItems().stream()
                .filter(s -> s.getName().startsWith("All ")).findFirst().orElseThrow();
    }

    private ServiceGateway serviceGateway() {
        return vn.createServiceGateway(CreateServiceGatewayRequest.builder().createServiceGatewayDetails(
                CreateServiceGatewayDetails.builder().compartmentId(COMPARTMENT).vcnId(vcn.getId())
                        .services(List.of(ServiceIdRequestDetails.builder().serviceId(allServices().getId()).build()))
                        .build()).build()).getServiceGateway();
    }

    private static RouteRule serviceRoute(String cidr, String target) {
        return RouteRule.builder().destination(cidr).destinationType(RouteRule.DestinationType.ServiceCidrBlock)
                .networkEntityId(target).build();
    }

    @Test
    void listServicesHasTheRegionsAllServicesAndObjectStorage() {
        List<Service> services = vn.listServices(ListServicesRequest.builder().build()).getItems();

        assertThat(services).extracting(Service::getCidrBlock)
                .containsExactly("all-iad-services-in-oracle-services-network", "oci-iad-objectstorage");
        assertThat(services.get(0).getName()).isEqualTo("All IAD Services In Oracle Services Network");
    }

    @Test
    void aVcnHasOnlyOneInternetGateway() {
        Fixtures.internetGateway(vn, vcn);

        assertThatThrownBy(() -> Fixtures.internetGateway(vn, vcn))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("LimitExceeded"));
    }

    @Test
    void natGatewayGetsAPublicIp() {
        NatGateway nat = Fixtures.natGateway(vn, vcn);

        assertThat(nat.getNatIp()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(nat.getPublicIpId()).startsWith("ocid1.publicip.");
    }

    @Test
    void serviceGatewayNamesItsServices() {
        ServiceGateway gateway = serviceGateway();

        assertThat(gateway.getServices()).singleElement()
                .satisfies(s -> assertThat(s.getServiceName()).isEqualTo("All IAD Services In Oracle Services Network"));
    }

    @Test
    void routeToServiceGatewayNeedsServiceCidrBlock() {
        ServiceGateway gateway = serviceGateway();

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", gateway.getId())))
                .hasMessageContaining("SERVICE_CIDR_BLOCK");
    }

    @Test
    void routeToServiceGatewayWithItsServiceCidrIsAccepted() {
        ServiceGateway gateway = serviceGateway();

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", serviceRoute(allServices().getCidrBlock(), gateway.getId()));

        assertThat(table.getRouteRules()).singleElement()
                .satisfies(r -> assertThat(r.getNetworkEntityId()).isEqualTo(gateway.getId()));
    }

    @Test
    void duplicateDestinationsAreRejected() {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        NatGateway nat = Fixtures.natGateway(vn, vcn);

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", igw.getId()),
                Fixtures.route("0.0.0.0/0", nat.getId()))).hasMessageContaining("more than once");
    }

    @Test
    void routeToAGatewayOfAnotherVcnIsRejected() {
        Vcn other = Fixtures.vcn(vn, "other", "10.1.0.0/16");
        InternetGateway foreign = Fixtures.internetGateway(vn, other);

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", foreign.getId())))
                .hasMessageContaining("not in (or attached to)");
    }

    @Test
    void publicSubnetRouteTableMayNotMixInternetAndServiceGateways() {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        ServiceGateway sgw = serviceGateway();
        RouteTable mixed = Fixtures.routeTable(vn, vcn, "mixed", Fixtures.route("0.0.0.0/0", igw.getId()),
                serviceRoute(allServices().getCidrBlock(), sgw.getId()));

        assertThatThrownBy(() -> vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(
                Fixtures.subnetDetails(vcn, "public", "10.0.1.0/24").routeTableId(mixed.getId()).build()).build()))
                .hasMessageContaining("both an internet gateway and a service gateway");
    }

    @Test
    void gatewayTargetedByARouteCannotBeDeleted() {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", igw.getId()));

        assertThatThrownBy(() -> vn.deleteInternetGateway(DeleteInternetGatewayRequest.builder().igId(igw.getId()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409))
                .hasMessageContaining(table.getId());
    }

    @Test
    void gatewayCanBeDeletedOnceTheRouteIsRemoved() {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);
        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("0.0.0.0/0", igw.getId()));

        vn.updateRouteTable(UpdateRouteTableRequest.builder().rtId(table.getId())
                .updateRouteTableDetails(UpdateRouteTableDetails.builder().routeRules(List.of()).build()).build());
        vn.deleteInternetGateway(DeleteInternetGatewayRequest.builder().igId(igw.getId()).build());

        assertThat(OCI.calls().last().status()).isEqualTo(204);
    }

    @Test
    void vcnWithAGatewayCannotBeDeleted() {
        InternetGateway igw = Fixtures.internetGateway(vn, vcn);

        assertThatThrownBy(() -> vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build()))
                .hasMessageContaining(igw.getId());
    }
}
