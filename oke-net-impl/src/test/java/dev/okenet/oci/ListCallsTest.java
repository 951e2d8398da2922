package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import java.util.Map;
import dev.okenet.testkit.http.Door;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListCallsTest {
  @ParameterizedTest
  @EnumSource(Door.class)
  void aNoChangePlanOfProdListsEachKindOnceAndReadsNoResourceOneByOne(Door door) {
    try (FakeCloud cloud = FakeCloud.instant(door)) {
      ResolvedNetwork net = Networks.prod();
      OciNetworkProvider provider = cloud.provider();
      provider.apply(provider.plan(net));
      cloud.fake.calls().clear();

      Plan plan = cloud.provider().plan(net);

      assertThat(plan.isEmpty()).isTrue();
      Map<String, Long> calls = cloud.fake.calls().countsByOperation();
      assertThat(calls).allSatisfy((op, n) -> assertThat(op).startsWith("list"));
      calls.forEach((op, n) -> {
        // NSG rules are listed per NSG: OCI has no compartment-wide list of them.
        long allowed = op.equals("listNetworkSecurityGroupSecurityRules") ? net.nsgs().size() : 1;
        assertThat(n).as(op).isLessThanOrEqualTo(allowed);
      });
      assertThat(cloud.fake.calls().mutatingCount()).isZero();
    }
  }
}
