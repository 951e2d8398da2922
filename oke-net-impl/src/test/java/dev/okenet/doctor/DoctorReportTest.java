package dev.okenet.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's order, queries and rendering, without a cluster. */
class DoctorReportTest {
  private static final DoctorFinding WARNING = new DoctorFinding("OKE-DOCTOR-019", Severity.WARNING, "Service shop/a", "pending",
      List.of("no event"), "Read the events.");
  private static final DoctorFinding ERROR = new DoctorFinding("OKE-DOCTOR-020", Severity.ERROR, "NetworkPolicy shop/deny",
      "nothing enforces it", List.of("no Calico"), "Install Calico.");

  @Test
  void errorsComeFirstWhateverTheOrderGiven() {
    DoctorReport r = DoctorReport.of("prod", "ocid1.cluster.oc1.iad.aaaa", List.of(WARNING, ERROR), List.of());

    assertThat(r.findings()).containsExactly(ERROR, WARNING);
    assertThat(r.errors()).containsExactly(ERROR);
    assertThat(r.ruleIds()).containsExactly("OKE-DOCTOR-019", "OKE-DOCTOR-020");
  }

  @Test
  void warningsAloneLeaveTheClusterHealthy() {
    assertThat(DoctorReport.of("prod", "ocid1.cluster.oc1.iad.aaaa", List.of(WARNING), List.of()).isHealthy()).isTrue();
    assertThat(DoctorReport.of("prod", "ocid1.cluster.oc1.iad.aaaa", List.of(ERROR), List.of()).isHealthy()).isFalse();
  }

  @Test
  void theRenderShowsEvidenceBulletsAndTheFix() {
    String text = DoctorReport.of("prod", "ocid1.cluster.oc1.iad.aaaa", List.of(ERROR), List.of("Kubernetes: 3 nodes")).render();

    assertThat(text).contains("cluster 'prod'", "NOT healthy — 1 error, 0 warnings", "read Kubernetes: 3 nodes",
        "ERROR    OKE-DOCTOR-020  NetworkPolicy shop/deny", "• no Calico", "Fix: Install Calico.");
  }

  @Test
  void asAValidationReportTheSubjectIsThePath() {
    var report = DoctorReport.of("prod", "ocid1.cluster.oc1.iad.aaaa", List.of(ERROR), List.of()).asReport();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("OKE-DOCTOR-020");
      assertThat(f.path()).isEqualTo("NetworkPolicy shop/deny");
    });
  }

  @Test
  void aFindingWithoutEvidenceListIsRefusedNamingIt() {
    assertThatThrownBy(() -> new DoctorFinding("OKE-DOCTOR-020", Severity.ERROR, "x", "y", null, "z"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");
  }

  @Test
  void aDoctorWithoutAKubernetesClientIsRefusedWithTheFix() {
    assertThatThrownBy(() -> ClusterDoctor.builder().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kubernetes").hasMessageContaining("KubernetesClientBuilder");
  }
}
