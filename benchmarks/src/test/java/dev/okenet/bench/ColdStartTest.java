package dev.okenet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ColdStart's table judges each target from the medians, and its report touches only its own block. */
class ColdStartTest {
  @TempDir
  Path dir;

  private static Map<String, List<double[]>> runs(double httpCpu, double httpWarmGivenKey) {
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    runs.put("in-process", List.of(new double[] {1000, 2000, 1000, 3000, 1, 1}, new double[] {1200, 2200, 1100, 3000, 2, 2},
        new double[] {900, 1900, 900, 3000, 1, 1}));
    runs.put("http", List.of(new double[] {3000, 9000, httpCpu, 5000, 500, httpWarmGivenKey},
        new double[] {3100, 9100, httpCpu, 5000, 510, httpWarmGivenKey}, new double[] {2900, 8900, httpCpu, 5000, 490,
            httpWarmGivenKey}));
    return runs;
  }

  @Test
  void targetsWithinBoundsAreMet() {
    String table = ColdStart.table(runs(2500, 100), "1.0", "2.0");

    assertThat(table).contains("| cold: CPU time of the process at the first answer | 1000 ms | 2500 ms | 2.5 × | ≤ 3 × | met |")
        .contains("| 1.0 ms | 100 ms | 100 × | ≤ 25 ms in process, ≤ 250 ms HTTP | met |");
  }

  @Test
  void aSlowWarmHttpStartMissesItsTarget() {
    assertThat(ColdStart.table(runs(2500, 300), "1.0", "2.0")).contains("≤ 250 ms HTTP | missed |");
  }

  @Test
  void tooMuchCpuAtTheFirstHttpAnswerMissesTheColdTarget() {
    assertThat(ColdStart.table(runs(3500, 100), "1.0", "2.0")).contains("| 3.5 × | ≤ 3 × | missed |");
  }

  @Test
  void theReportReplacesOnlyTheColdStartBlock() throws Exception {
    Files.writeString(dir.resolve("coldstart.md"), "new table");
    Path results = dir.resolve("RESULTS.md");
    Files.writeString(results, "intro\n<!-- BEGIN GENERATED: fakeoci -->\nkept\n<!-- END GENERATED: fakeoci -->\n"
        + "<!-- BEGIN GENERATED: coldstart -->\nold\n<!-- END GENERATED: coldstart -->\nend\n");

    ColdStart.report(dir, results);

    assertThat(Files.readString(results)).isEqualTo("intro\n<!-- BEGIN GENERATED: fakeoci -->\nkept\n"
        + "<!-- END GENERATED: fakeoci -->\n<!-- BEGIN GENERATED: coldstart -->\nnew table\n<!-- END GENERATED: coldstart -->\nend\n");
  }
}
