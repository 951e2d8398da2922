package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.junit.FakeOciTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A no-change plan reads by listing, through both doors. */
@FakeOciTest(doors = {Door.IN_PROCESS, Door.HTTP})
class ListCallsTest {
  FakeOci oci;
  OciServices services;

  @Test
  void aNoChangePlanOfProdListsEachKindOnceAndReadsNoResourceOneByOne() {
    ResolvedNetwork net = Networks.prod();
    FakeOciProviders.appliedCleanly(oci, services, net);
    oci.calls().clear();

    Plan plan = FakeOciProviders.provider(oci, services).plan(net);

    assertThat(plan.isEmpty()).isTrue();
    Map<String, Long> calls = oci.calls().countsByOperation();
    assertThat(calls).allSatisfy((op, n) -> assertThat(op).startsWith("list"));
    calls.forEach((op, n) -> {
      // NSG rules are listed per NSG: OCI has no compartment-wide list of them.
      long allowed = op.equals("listNetworkSecurityGroupSecurityRules") ? net.nsgs().size() : 1;
      assertThat(n).as(op).isLessThanOrEqualTo(allowed);
    });
    assertThat(oci.calls().mutatingCount()).isZero();
  }
}
