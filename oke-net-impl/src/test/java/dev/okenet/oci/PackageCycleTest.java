package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.property.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * oke-net-impl's packages are layered (model I/O and manifests below the provider, adoption and
 * the doctor above it); a package and its {@code .internal} implementation count as one.
 */
class PackageCycleTest {

  @Test
  void noPackageCycle() {
    PackageCycles packages = PackageCycles.of(OciNetworkProvider.class);

    assertThat(packages.cycles())
        .as("package cycles in oke-net-impl:%n%s", packages.cycles().stream().map(packages::explain).reduce("", String::concat))
        .isEmpty();
  }
}
