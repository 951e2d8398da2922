package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.ListServicesRequest;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A service gateway scoped to Object Storage: OCI refuses routes to it that name the all-services
 * label, so the provider writes the label of the service the gateway serves, in routes and in
 * security rules alike, and reads it back as the Oracle Services Network.
 */
@FakeOciTest
class ServiceGatewayScopeTest {
  FakeOci oci;

  private static ResolvedNetwork prod(ServiceGatewayScope scope) {
    OkeNetwork prod = ReferenceNetworks.prod();
    return prod.toBuilder().gateways(Gateways.internet().withNat().withServiceGateway(scope)).build().resolve();
  }

  private String label(String nameFragment) {
    return oci.virtualNetwork().listServices(ListServicesRequest.builder().build()).getItems().stream()
        .filter(s -> s.getName().contains(nameFragment)).findFirst().orElseThrow().getCidrBlock();
  }

  private List<String> serviceRouteDestinations() {
    return Networks.routeTables(oci.virtualNetwork()).stream().flatMap(t -> t.getRouteRules().stream())
        .filter(r -> r.getDestinationType() == RouteRule.DestinationType.ServiceCidrBlock).map(RouteRule::getDestination).toList();
  }

  private ApplyResult apply(ResolvedNetwork net) {
    OciNetworkProvider provider = FakeOciProviders.provider(oci);
    return provider.apply(provider.plan(net));
  }

  @Test
  void anObjectStorageGatewayIsAppliedWithRoutesToTheObjectStorageLabel() {
    ApplyResult result = apply(prod(ServiceGatewayScope.OBJECT_STORAGE));

    assertThat(result.isSuccess()).as(result.toString()).isTrue();
    assertThat(serviceRouteDestinations()).isNotEmpty().containsOnly(label("Object Storage"));
  }

  @Test
  void anObjectStorageGatewaysSecurityRulesNameTheObjectStorageLabel() {
    assertThat(apply(prod(ServiceGatewayScope.OBJECT_STORAGE)).isSuccess()).isTrue();

    List<String> servicePeers = Networks.nsgs(oci.virtualNetwork()).stream()
        .flatMap(n -> oci.virtualNetwork().listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest
            .builder().networkSecurityGroupId(n.getId()).build()).getItems().stream())
        .map(r -> r.getDirection() == SecurityRule.Direction.Egress
            ? (r.getDestinationType() == SecurityRule.DestinationType.ServiceCidrBlock ? r.getDestination() : null)
            : (r.getSourceType() == SecurityRule.SourceType.ServiceCidrBlock ? r.getSource() : null))
        .filter(Objects::nonNull).toList();

    assertThat(servicePeers).isNotEmpty().containsOnly(label("Object Storage"));
  }

  @Test
  void anAppliedObjectStorageGatewayPlansNothingMore() {
    ResolvedNetwork net = prod(ServiceGatewayScope.OBJECT_STORAGE);
    assertThat(apply(net).isSuccess()).isTrue();

    assertThat(FakeOciProviders.provider(oci).plan(net).isEmpty()).isTrue();
  }

  /**
   * Narrowing a live gateway's scope is not applied in one go (OCI keeps a service on the gateway
   * while a route names it, and refuses a route to a service not yet enabled); the plan at least
   * shows every route table that still names all services.
   */
  @Test
  void narrowingTheScopeToObjectStoragePlansTheRouteTablesThatNameAllServices() {
    assertThat(apply(prod(ServiceGatewayScope.ALL_SERVICES)).isSuccess()).isTrue();
    List<String> routingToServices = Networks.routeTables(oci.virtualNetwork()).stream()
        .filter(t -> t.getRouteRules().stream().anyMatch(r -> r.getDestinationType() == RouteRule.DestinationType.ServiceCidrBlock))
        .map(t -> t.getFreeformTags().get("okenet.key")).toList();

    Plan narrowed = FakeOciProviders.provider(oci).plan(prod(ServiceGatewayScope.OBJECT_STORAGE));

    assertThat(narrowed.actionable()).filteredOn(c -> c.type() == ResourceType.ROUTE_TABLE).extracting(c -> c.key().toString())
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(routingToServices);
  }
}
