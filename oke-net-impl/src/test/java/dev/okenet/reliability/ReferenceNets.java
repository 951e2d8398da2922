package dev.okenet.reliability;

import dev.okenet.ResolvedNetwork;
import dev.okenet.reference.ReferenceNetworks;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two reference networks every reliability suite runs on, resolved once (resolution is pure
 * and the values immutable, so sharing them between tests is safe).
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}") @MethodSource("dev.okenet.reliability.ReferenceNets#both")
 * void converges(String name, ResolvedNetwork net) { ... }
 * }</pre>
 */
final class ReferenceNets {
  static final String COMPARTMENT = ReferenceNetworks.COMPARTMENT_ID;
  static final ResolvedNetwork PROD = ReferenceNetworks.prod().resolve();
  static final ResolvedNetwork PROD_FLANNEL = ReferenceNetworks.prodFlannel().resolve();

  private ReferenceNets() {}

  /** prod and prod-flannel, named for the test report. */
  static Stream<Arguments> both() {
    return Stream.of(Arguments.of("prod", PROD), Arguments.of("prod-flannel", PROD_FLANNEL));
  }
}
