package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.PackageCycles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * oke-net-testkit's packages form no cycle; a package and its {@code .internal} implementation
 * count as one. The fake ({@code dev.okenet.testkit} with its HTTP door in
 * {@code internal.door}) sits below the client side of HTTP ({@code dev.okenet.testkit.http}:
 * servers, signed SDK clients, doors as a test dimension), which uses it and is never used by it.
 */
class PackageCycleTest {

  @Test
  void noPackageCycle() {
    PackageCycles packages = PackageCycles.of(FakeOci.class);

    List<Set<String>> cycles = packages.cycles();

    assertThat(cycles)
        .as("package cycles in oke-net-testkit:%n%s", cycles.stream().map(packages::explain).reduce("", String::concat))
        .isEmpty();
  }
}
