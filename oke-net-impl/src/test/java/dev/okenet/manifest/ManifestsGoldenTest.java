package dev.okenet.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.reference.ReferenceNetworks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The manifests of the reference network {@code prod} (NLB service, LB service, ingress with two
 * hosts, default deny with allows and DNS egress) against a golden file. After an intended change,
 * regenerate with {@code -Dokenet.golden.update=true} and review the diff.
 */
class ManifestsGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/prod-manifests.yaml");

  @Test
  void prodManifestsMatchTheGoldenYaml() throws IOException {
    String yaml = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied()).toYaml();
    if (Boolean.getBoolean("okenet.golden.update")) {
      Files.writeString(GOLDEN, yaml, StandardCharsets.UTF_8);
    }
    assertThat(yaml).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void renderingTwiceGivesTheSameYaml() {
    var net = ReferenceNetworks.prod().resolve();
    assertThat(Manifests.of(net, TestIds.applied()).toYaml()).isEqualTo(Manifests.of(net, TestIds.applied()).toYaml());
  }
}
