package dev.okenet.oci.internal.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.model.Subnet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Only an answer that shows the target state itself spares the wait. */
class WaitsTest {
  private final AtomicInteger waits = new AtomicInteger();

  @Test
  void anAnswerInTheTargetStateSkipsTheWait() {
    Waits.unlessAnswered(Subnet.LifecycleState.Available, Subnet.LifecycleState.Available, waits::incrementAndGet);

    assertThat(waits).hasValue(0);
  }

  @Test
  void anAnswerInATransitionalStateWaits() {
    Waits.unlessAnswered(Subnet.LifecycleState.Provisioning, Subnet.LifecycleState.Available, waits::incrementAndGet);

    assertThat(waits).hasValue(1);
  }

  @Test
  void anAnswerWithAStateThisSdkDoesNotKnowWaits() {
    Waits.unlessAnswered(Subnet.LifecycleState.UnknownEnumValue, Subnet.LifecycleState.Available, waits::incrementAndGet);

    assertThat(waits).hasValue(1);
  }

  @Test
  void anAnswerWithoutAStateWaits() {
    Waits.unlessAnswered(null, Subnet.LifecycleState.Available, waits::incrementAndGet);

    assertThat(waits).hasValue(1);
  }
}
