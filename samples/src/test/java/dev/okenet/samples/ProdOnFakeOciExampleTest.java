package dev.okenet.samples;

import static dev.okenet.testkit.OciAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a team tests its own network code with the testkit: {@code @FakeOciTest} gives every test
 * a fresh in-memory OCI; the provider applies to it through the SDK's own interfaces; the
 * AssertJ entry point {@code OciAssertions.assertThat(fake)} reads what now exists.
 */
@FakeOciTest
class ProdOnFakeOciExampleTest {
  FakeOci oci;
  OciNetworkProvider provider;
  final ResolvedNetwork prod = ReferenceNetworks.prod().resolve();

  @BeforeEach
  void provider() {
    provider = OciNetworkProvider.builder()
        .virtualNetwork(oci.virtualNetwork())
        .containerEngine(oci.containerEngine())
        .networkLoadBalancer(oci.networkLoadBalancer())
        .identity(oci.identity())   // lists the tenancy's availability domains for the node pools
        .build();
  }

  @Test
  void applyingProdCreatesTheVcnWithItsSixSubnets() {
    ApplyResult result = provider.apply(provider.plan(prod));

    assertThat(result.isSuccess()).isTrue();
    assertThat(oci).hasVcnNamed("prod-vcn").withCidr("10.0.0.0/16").withSubnetCount(6)
        .withSubnet("prod-pods", "10.0.32.0/19");
  }

  @Test
  void theApiEndpointAdmitsKubectlFromOnPremises() {
    provider.apply(provider.plan(prod));

    assertThat(oci).hasNsgRule("prod-nsg-api", "192.168.0.0/16", 6443);
  }

  @Test
  void aSecondApplyChangesNothing() {
    provider.apply(provider.plan(prod));

    assertThat(provider.plan(prod).hasChanges()).isFalse();
  }

  @Test
  void destroyLeavesNothingBehind() {
    provider.apply(provider.plan(prod));
    provider.destroy(prod);

    assertThat(oci).hasNothingLeftIn(ReferenceNetworks.COMPARTMENT_ID);
  }
}
