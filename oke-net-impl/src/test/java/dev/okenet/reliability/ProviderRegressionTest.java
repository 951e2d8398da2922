package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.OciAssertions;
import dev.okenet.testkit.junit.FakeOciTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shrunk cases of provider bugs the reliability suites found, kept so they stay fixed.
 *
 * <p>Found by the destroy storm: a delete whose answer was lost (a 500 after it took effect) is
 * retried, and the retry answers 404 because the resource is gone. The provider reported that
 * 404 as a failure and stopped the destroy; a delete that finds nothing to delete is done.
 *
 * <p>Found by the same storm: NSG rule removal (the step that clears an NSG's rules before it is
 * deleted) whose answer was lost was retried with the same rule ids, and OCI answers 400 for ids
 * the NSG no longer has. A retried removal now re-reads the rules, as a retried add already did.
 */
@FakeOciTest
class ProviderRegressionTest {
  FakeOci fake;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"deleteSubnet", "deleteNetworkSecurityGroup", "deleteRouteTable", "deleteInternetGateway", "deleteVcn",
      "deleteNodePool", "deleteCluster", "deleteNetworkLoadBalancer", "removeNetworkSecurityGroupSecurityRules"})
  void aDestroyCallWhoseAnswerWasLostIsRetriedToCompletion(String operation) {
    OciNetworkProvider creator = FakeOciProviders.reliabilityBuilder(fake).build();
    assertThat(creator.apply(creator.plan(ReferenceNets.PROD)).isSuccess()).isTrue();
    fake.faults().on(operation).onNthCall(1).respond(Fault.internalServerError().afterTakingEffect());

    ApplyResult destroyed = FakeOciProviders.reliabilityBuilder(fake).build().destroy(ReferenceNets.PROD);

    assertThat(destroyed.isSuccess()).as("destroy with the first %s answer lost: %s", operation, destroyed).isTrue();
    assertThat(fake.calls().of(operation)).as("the lost answer was retried").anySatisfy(c -> assertThat(c.status()).isEqualTo(500));
    OciAssertions.assertThat(fake).hasNothingLeftIn(ReferenceNets.COMPARTMENT);
  }
}
