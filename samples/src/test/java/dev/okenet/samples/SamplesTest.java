package dev.okenet.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.reference.ReferenceNetworks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {
  @TempDir
  Path out;

  private static String capture(java.util.function.Consumer<PrintStream> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void productionNetworkRunsEveryStepAndConverges() {
    int[] status = new int[1];
    String text = capture(ps -> status[0] = new ProductionNetwork(ps)
        .run(ReferenceNetworks.prod(), SampleOptions.parse("--latency", "none", "--out", out.toString())));

    assertThat(status[0]).isZero();
    assertThat(text).contains("1. Validate", "2. Capacity", "3. Plan", "4. Apply", "5. Re-plan", "No changes",
        "6. Kubernetes manifests", "7. Reachability", "8. Diagram");
    assertThat(text).contains("on-premises → API endpoint on TCP 6443: ALLOWED");
  }

  @Test
  void productionNetworkWritesTheDiagramAndTheYaml() throws Exception {
    capture(ps -> new ProductionNetwork(ps).run(ReferenceNetworks.prod(), SampleOptions.parse("--latency", "none", "--out", out.toString())));

    assertThat(Files.readString(out.resolve("prod-network.mmd"))).startsWith("flowchart");
    assertThat(Files.readString(out.resolve("prod-manifests.yaml"))).contains("kind: NetworkPolicy");
  }

  @Test
  void productionNetworkRefusesToPlanANetworkWithErrors() {
    int[] status = new int[1];
    String text = capture(ps -> status[0] = new ProductionNetwork(ps)
        .run(ReferenceNetworks.broken(), SampleOptions.parse("--latency", "none", "--out", out.toString())));

    assertThat(status[0]).isEqualTo(1);
    assertThat(text).contains("OKE-IP-001").contains("not planning it").doesNotContain("3. Plan");
  }

  @Test
  void anUnknownOciProfileIsReportedWithTheFixNotAStackTrace() {
    int[] status = new int[1];
    String text = capture(ps -> status[0] = new ProductionNetwork(ps)
        .run(ReferenceNetworks.prod(), SampleOptions.parse("--oci-profile", "OKENET-NO-SUCH-PROFILE", "--out", out.toString())));

    assertThat(status[0]).isEqualTo(1);
    assertThat(text).contains("Could not use OCI config profile OKENET-NO-SUCH-PROFILE").doesNotContain("3. Plan");
  }

  @Test
  void brokenNetworkShowsEachClassicFailureWithItsRule() {
    String text = capture(BrokenNetwork::print);

    assertThat(text).contains("OKE-IP-001", "OKE-LB-001", "OKE-POL-001");
  }

  @Test
  void clusterDoctorSampleNamesEachClassicFailureOfTheBrokenCluster() {
    String text = capture(ClusterDoctorSample::print);

    assertThat(text).contains("━━ 4. Examine it", "Cluster doctor, cluster 'broken'", "OKE-DOCTOR-001", "OKE-DOCTOR-010",
        "OKE-DOCTOR-020", "Fix: ");
  }

  @Test
  void flannelVsVcnNativeComparesBothNetworks() {
    String text = capture(FlannelVsVcnNative::print);

    assertThat(text).contains("━━ prod (VCN_NATIVE)", "━━ prod-flannel (FLANNEL)");
  }

  @Test
  void optionsRejectUnknownFlagsWithTheList() {
    assertThatThrownBy(() -> SampleOptions.parse("--fast")).hasMessageContaining("Options: --latency realistic|none");
  }

  @Test
  void applyToATenancyNeedsAProfile() {
    assertThatThrownBy(() -> SampleOptions.parse("--apply")).hasMessageContaining("give --oci-profile NAME too");
  }

  @Test
  void latencyTakesRealisticOrNone() {
    assertThat(SampleOptions.parse("--latency", "none").realisticLatency()).isFalse();
    assertThat(SampleOptions.parse().realisticLatency()).isTrue();
    assertThatThrownBy(() -> SampleOptions.parse("--latency", "slow")).hasMessageContaining("'realistic' or 'none'");
  }
}
