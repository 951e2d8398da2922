package dev.okenet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.OkeNetwork;
import dev.okenet.kube.Service;
import dev.okenet.reference.ReferenceNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Shorthands for rule tests: variants of the reference network, and assertions that a rule fires
 * (returning its findings for detailed checks) or stays silent. RuleCatalogTest scans the test
 * sources for {@code triggers(..)} and {@code silent(..)} calls to prove every rule is tested both ways.
 */
final class RuleAsserts {
  private RuleAsserts() {}

  static OkeNetwork prod() {
    return ReferenceNetworks.prod();
  }

  static OkeNetwork prodWith(UnaryOperator<OkeNetwork.Builder> change) {
    return change.apply(prod().toBuilder()).build();
  }

  static OkeNetwork flannelWith(UnaryOperator<OkeNetwork.Builder> change) {
    return change.apply(ReferenceNetworks.prodFlannel().toBuilder()).build();
  }

  /** The services of {@code network} with {@code replacement} in place of the one of the same namespace/name (or added). */
  static List<Service> servicesWith(OkeNetwork network, Service replacement) {
    List<Service> out = new ArrayList<>();
    boolean replaced = false;
    for (Service s : network.services()) {
      if (s.ref().equals(replacement.ref())) {
        out.add(replacement);
        replaced = true;
      } else {
        out.add(s);
      }
    }
    if (!replaced) {
      out.add(replacement);
    }
    return out;
  }

  /** Asserts {@code ruleId} fires exactly once and returns that finding. */
  static Finding triggers(OkeNetwork network, String ruleId) {
    Report report = network.validate();
    assertThat(report.findings(ruleId)).as("findings of %s in%n%s", ruleId, report.render()).hasSize(1);
    assertNoCheckFailure(report);
    return report.findings(ruleId).get(0);
  }

  /** Asserts {@code ruleId} fires at least once and returns its findings. */
  static List<Finding> triggersAll(OkeNetwork network, String ruleId) {
    Report report = network.validate();
    assertThat(report.findings(ruleId)).as("findings of %s in%n%s", ruleId, report.render()).isNotEmpty();
    assertNoCheckFailure(report);
    return report.findings(ruleId);
  }

  /** Asserts {@code ruleId} does not fire. */
  static void silent(OkeNetwork network, String ruleId) {
    Report report = network.validate();
    assertThat(report.findings(ruleId)).as("findings of %s in%n%s", ruleId, report.render()).isEmpty();
    assertNoCheckFailure(report);
  }

  private static void assertNoCheckFailure(Report report) {
    assertThat(report.findings(RuleCatalog.CHECK_FAILED.id())).as("rule failures in%n%s", report.render()).isEmpty();
  }
}
