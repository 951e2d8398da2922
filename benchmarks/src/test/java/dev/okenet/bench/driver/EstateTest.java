package dev.okenet.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 5-network estate of the makespan figures is five valid networks that can share one compartment. */
class EstateTest {
  @Test
  void theEstateIsProdAndCopiesWithTheirOwnNamesAndVcnBlocks() {
    List<ResolvedNetwork> estate = FakeOciDriver.estate(5);

    assertThat(estate).extracting(ResolvedNetwork::name).containsExactly("prod", "prod-1", "prod-2", "prod-3", "prod-4");
    assertThat(estate).extracting(n -> n.intent().vcn().cidrs().get(0).toString())
        .containsExactly("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16");
  }

  @Test
  void everyNetworkOfTheEstateValidatesWithoutErrors() {
    assertThat(FakeOciDriver.estate(5)).allSatisfy(n -> assertThat(n.intent().validate().findings(Severity.ERROR)).isEmpty());
  }
}
