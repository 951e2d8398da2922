package dev.okenet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.PackageCycles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * oke-net-api's packages are layered: intent ({@code vcn}, {@code cluster}, {@code kube},
 * {@code key}) below checks and resolution, below reachability. A package and its {@code .internal}
 * implementation count as one; {@code dev.okenet.internal} (the shared argument checks) is its own.
 */
class PackageCycleTest {

  /**
   * The one cycle left, listed so that no other can join it and so that this list shrinks when it
   * is broken: {@code OkeNetwork.validate()/capacity()} call the checks ({@code dev.okenet.check}),
   * which read {@code OkeNetwork}; {@code ResolvedNetwork.reachability()} calls
   * {@code dev.okenet.reach}, which reads {@code ResolvedNetwork}. Breaking it means moving those
   * conveniences to their packages ({@code Validator.standard().validate(net)},
   * {@code Reachability.of(resolved)}), a change to every caller (issue #17, item 2).
   */
  private static final List<Set<String>> KNOWN = List.of(Set.of("dev.okenet", "dev.okenet.check", "dev.okenet.reach"));

  @Test
  void noPackageCycleButTheKnownOne() {
    PackageCycles packages = PackageCycles.of(OkeNetwork.class).ownSlice("dev.okenet.internal");

    List<Set<String>> cycles = packages.cycles();

    assertThat(cycles)
        .as("package cycles in oke-net-api:%n%s", cycles.stream().map(packages::explain).reduce("", String::concat))
        .containsExactlyInAnyOrderElementsOf(KNOWN);
  }
}
