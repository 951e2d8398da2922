package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.ResolvedNetwork;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.testkit.FakeOci;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A provider given a null or malformed network, plan, name or compartment refuses it before any
 * call to OCI: {@code destroy(null, null)} used to list the compartment "null". Each case checks
 * FakeOci's call log stays empty.
 */
class BadArgumentsCallNoOciTest {
  private static final String COMPARTMENT = ReferenceNetworks.prod().compartmentId();
  private final FakeOci fake = FakeOci.create();
  private final OciNetworkProvider provider = FakeOciProviders.provider(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private void refusedWithoutACall(ThrowingCallable call, String naming) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(naming);
    assertThat(fake.calls().all()).as("calls to OCI").isEmpty();
  }

  @Test
  void planOfNullCallsNothing() {
    refusedWithoutACall(() -> provider.plan(null), "plan(net): net is null");
  }

  @Test
  void planWithNullBoundIdsCallsNothing() {
    ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
    refusedWithoutACall(() -> provider.plan(prod, null), "boundIds is null");
  }

  @Test
  void destroyOfNullNameAndCompartmentCallsNothing() {
    refusedWithoutACall(() -> provider.destroy(null, null), "destroy(name, compartmentId): name is null");
  }

  @Test
  void destroyWithANullCompartmentCallsNothing() {
    refusedWithoutACall(() -> provider.destroy("prod", null), "compartmentId is null");
  }

  @Test
  void destroyWithAMalformedCompartmentCallsNothing() {
    refusedWithoutACall(() -> provider.destroy("prod", "x"), "'x' is not an OCID of a compartment");
  }

  @Test
  void destroyOfANameNoNetworkCanHaveCallsNothing() {
    refusedWithoutACall(() -> provider.destroy("Prod Network", COMPARTMENT), "'Prod Network' is not a network name");
  }

  @Test
  void planDestroyOfNullCallsNothing() {
    refusedWithoutACall(() -> provider.planDestroy(null), "planDestroy(net): net is null");
    refusedWithoutACall(() -> provider.planDestroy(null, COMPARTMENT), "planDestroy(name, compartmentId): name is null");
  }

  @Test
  void applyOfNullCallsNothing() {
    refusedWithoutACall(() -> provider.apply((dev.okenet.oci.Plan) null), "apply(plan): plan is null");
  }

  @Test
  void diagnoseAndNetworkOnlyOfNullCallNothing() {
    refusedWithoutACall(() -> provider.diagnose(null), "diagnose(net): net is null");
    refusedWithoutACall(() -> provider.networkOnly(null), "networkOnly(net): net is null");
    refusedWithoutACall(() -> provider.networkOnly(null, Map.of()), "networkOnly(net, idsByKey): net is null");
  }
}
