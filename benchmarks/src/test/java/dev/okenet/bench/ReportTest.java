package dev.okenet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report rewrites only what stands between its markers, and says so when a marker is missing. */
class ReportTest {
  @Test
  void aGeneratedBlockIsReplacedAndTheTextAroundItKept() {
    String text = "intro\n<!-- BEGIN GENERATED: t -->\nold | table\n<!-- END GENERATED: t -->\nafter\n";

    String result = Report.replace(text, Map.of("t", "| new |"));

    assertThat(result).isEqualTo("intro\n<!-- BEGIN GENERATED: t -->\n| new |\n<!-- END GENERATED: t -->\nafter\n");
  }

  @Test
  void aMissingBlockIsAnErrorThatNamesTheMarkersToAdd() {
    assertThatThrownBy(() -> Report.replace("no markers", Map.of("t", "x")))
        .hasMessageContaining("<!-- BEGIN GENERATED: t -->");
  }

  @Test
  void aRecordingFolderNamesItsVersion() {
    assertThat(ProfileReport.versionOf("dev.okenet.bench.FakeOciBenchmark.applyInProcess-SampleTime-code-before"))
        .isEqualTo("before");
  }
}
