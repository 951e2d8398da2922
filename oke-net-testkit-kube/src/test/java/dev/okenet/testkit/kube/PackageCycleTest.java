package dev.okenet.testkit.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * oke-net-testkit-kube's packages (the CCM, the simulated cluster, scheduling) form no cycle; a
 * package and its {@code .internal} implementation count as one.
 */
class PackageCycleTest {

  @Test
  void noPackageCycle() {
    PackageCycles packages = PackageCycles.of(SimulatedCluster.class);

    assertThat(packages.cycles())
        .as("package cycles in oke-net-testkit-kube:%n%s", packages.cycles().stream().map(packages::explain).reduce("", String::concat))
        .isEmpty();
  }
}
