package dev.okenet.oci.internal.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.oci.ResourceType;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ResourceKind;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The applier's weights are OCI's typical latencies as FakeOci models them (both from
 * OCI-FACTS.md): a figure that drifts from the fake's would make the schedule the simulation
 * measures differ from the one the weights predict.
 */
class ExpectedDurationsTest {
  @ParameterizedTest
  @EnumSource(value = ResourceType.class, names = {"DEFAULT_SECURITY_LIST", "NODE_POOL"}, mode = EnumSource.Mode.EXCLUDE)
  void aCreateIsExpectedToTakeFakeOcisTypicalLatencyOfItsKind(ResourceType type) {
    ResourceKind kind = Arrays.stream(ResourceKind.values()).filter(k -> k.name().equals(type.name())).findFirst().orElseThrow();

    assertThat(ExpectedDurations.create(type)).isEqualTo(kind.typicalLatency());
  }

  @Test
  void aNodePoolWithNodesIsExpectedToTakeItsNodesLaunch() {
    try (FakeOci fake = FakeOci.create()) {
      assertThat(ExpectedDurations.create(ResourceType.NODE_POOL)).isEqualTo(fake.clock().nodeLatency());
    }
  }

  @Test
  void aNodePoolWithoutNodesIsExpectedToTakeOnlyItsApiLatency() {
    assertThat(ExpectedDurations.NODE_POOL_API).isEqualTo(ResourceKind.NODE_POOL.typicalLatency());
  }

  @Test
  void theDefaultSecurityListIsTakenOverAtOnce() {
    assertThat(ExpectedDurations.create(ResourceType.DEFAULT_SECURITY_LIST)).isEqualTo(Duration.ZERO);
  }
}
