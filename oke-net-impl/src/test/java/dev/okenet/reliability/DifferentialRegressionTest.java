package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.ResourceType;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.ServiceGatewayScope;
import dev.okenet.vcn.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shrunk cases of the differential fuzzing, each pinned down as it stands. Where the validator
 * and FakeOci agree, both sides are asserted. Where they disagreed and the gap is still open (see
 * the reliability report), FakeOci's refusal, which matches OCI, is asserted, so the case is at
 * hand when the validator (or the provider) learns it.
 */
class DifferentialRegressionTest {

  private static ApplyResult apply(OkeNetwork network) {
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).ingressLoadBalancers(false).build();
      return provider.apply(provider.plan(network.resolve()));
    }
  }

  private static OkeNetwork prodWithDb(RouteRule route) {
    return ReferenceNetworks.prod().toBuilder()
        .addExtraSubnet(Subnet.privateSubnet(24).withName("db").withDnsLabel("db").addRouteRule(route)).build();
  }

  @Test
  void aPublicSubnetRoutingToBothInternetAndServiceGatewayIsPredictedAndRefusedAtTheSubnet() {
    OkeNetwork network = ReferenceNetworks.prod().toBuilder().extraSubnets(List.of(Subnet.publicSubnet(29).withName("bastion")
        .withDnsLabel("bastion").addRouteRule(RouteRule.toServiceNetwork(RouteTarget.serviceGateway())))).build();

    ApplyResult applied = apply(network);

    assertThat(network.validate().has("OKE-LB-007")).isTrue();
    assertThat(applied.failed()).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(ResourceType.SUBNET);
      assertThat(f.status()).isEqualTo(400);
    });
  }

  @Test
  void aWorkerSubnetTooSmallForTheNodesIsPredictedAndRefusedAtTheNodePool() {
    OkeNetwork network = ReferenceNetworks.prod().toBuilder().workers(Subnet.privateSubnet(30).withDnsLabel("workers")).build();

    ApplyResult applied = apply(network);

    assertThat(network.validate().has("OKE-IP-003")).isTrue();
    assertThat(applied.failed()).isNotEmpty().allSatisfy(f -> assertThat(f.type()).isEqualTo(ResourceType.NODE_POOL));
  }

  /** Was refused by OCI only, at the route table: now the rule cannot be built. */
  @Test
  void aCidrRouteToTheServiceGatewayIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> RouteRule.to("100.64.0.0/16", RouteTarget.serviceGateway())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100.64.0.0/16 → service gateway").hasMessageContaining("RouteRule.toServiceNetwork(RouteTarget.serviceGateway())");
  }

  /** Was refused by OCI only, at the route table: now the rule cannot be built. */
  @Test
  void anOracleServicesNetworkRouteToTheInternetGatewayIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> RouteRule.toServiceNetwork(RouteTarget.internetGateway())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Oracle Services Network → internet gateway").hasMessageContaining("RouteRule.toServiceNetwork(RouteTarget.serviceGateway())");
  }

  @Test
  void aRouteToAGatewayForAddressesInsideTheVcnIsPredictedAndRefusedAtTheRouteTable() {
    OkeNetwork network = prodWithDb(RouteRule.to("10.0.0.0/16", RouteTarget.natGateway()));

    ApplyResult applied = apply(network);

    assertThat(network.validate().findings("OKE-NET-009")).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("extraSubnets[db].extraRouteRules"));
    assertThat(applied.failed()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(ResourceKey.routeTable(ResourceKey.extraSubnet("db")));
      assertThat(f.message()).contains("inside");
    });
    assertThat(FailureExplanations.unexplained(network.validate(), applied)).isEmpty();
  }

  /** Was refused: the provider routed an Object Storage gateway to the all-services label. */
  @Test
  void aServiceGatewayForObjectStorageOnlyIsAppliedWithRoutesToObjectStorage() {
    OkeNetwork network = ReferenceNetworks.prod().toBuilder()
        .gateways(Gateways.internet().withNat().withServiceGateway(ServiceGatewayScope.OBJECT_STORAGE)).build();

    ApplyResult applied = apply(network);

    assertThat(network.validate().errors()).isEmpty();
    assertThat(applied.isSuccess()).as("apply: %s", applied).isTrue();
  }
}
