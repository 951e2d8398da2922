package dev.okenet.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.check.Finding;
import dev.okenet.key.ResourceKey;
import dev.okenet.reach.ExposedFlow;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.SubnetRole;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit of imported networks shaped like {@code broken} and {@code prod}. */
class AuditTest {
  private static AuditReport broken;
  private static AuditReport prod;

  @BeforeAll
  static void audit() {
    broken = Imports.of(ReferenceNetworks.broken()).imported().audit();
    prod = Imports.of(ReferenceNetworks.prod()).imported().audit();
  }

  @Test
  void brokenAuditFindsExactlyTheFailuresBrokenHas() {
    Set<String> expected = new TreeSet<>();
    ReferenceNetworks.broken().validate().errors().forEach(f -> expected.add(f.ruleId()));

    assertThat(broken.errorRuleIds()).isEqualTo(expected).contains("OKE-IP-001", "OKE-LB-001", "OKE-POL-001");
  }

  @Test
  void brokenErrorsNameTheSameObjectsAsBrokens() {
    Set<String> expected = ReferenceNetworks.broken().validate().errors().stream().map(f -> f.ruleId() + " " + f.path())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(broken.findings().errors().stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toSet()))
        .isEqualTo(expected);
  }

  @Test
  void prodAuditHasNoErrors() {
    assertThat(prod.findings().errors()).isEmpty();
  }

  @Test
  void liveUseCountsThePodSubnetsPrivateIps() {
    SubnetUse pods = broken.liveUse(ResourceKey.subnet(SubnetRole.PODS)).orElseThrow();

    // 3 'general' nodes × (60 pods + 2 pod VNICs) take addresses when they join; 'batch' has none.
    assertThat(pods.inUse()).isEqualTo(186);
    assertThat(pods.usable()).isEqualTo(253);
  }

  @Test
  void capacityPlansTheAutoscalerBoundsGiven() {
    assertThat(broken.capacity().fits()).isFalse();
    assertThat(prod.capacity().fits()).isTrue();
  }

  @Test
  void internetExposureMatchesTheReferenceNetworks() {
    assertThat(texts(prod)).isEqualTo(ReferenceNetworks.prod().resolve().reachability().auditInternetIngress().stream()
        .map(AuditTest::key).collect(Collectors.toSet()));
  }

  @Test
  void renderNamesEverySection() {
    assertThat(broken.render()).contains("OKE-IP-001", "Live subnet use", "subnet:pods 10.0.1.0/24: 186 of 253",
        "Internet can start", "OKE-required rules missing: 0");
  }

  @Test
  void importNotesCarryAFixEach() {
    assertThat(broken.importFindings()).isNotEmpty().allSatisfy(f -> assertThat(f.fix()).isNotBlank());
    assertThat(broken.importFindings()).extracting(Finding::ruleId).allMatch(id -> id.startsWith("OKE-IMPORT-"));
  }

  private static Set<String> texts(AuditReport r) {
    return r.internetExposure().stream().map(AuditTest::key).collect(Collectors.toSet());
  }

  private static String key(ExposedFlow f) {
    return f.destination() + " " + f.port() + " " + f.source() + " " + f.ruleSetKey();
  }
}
