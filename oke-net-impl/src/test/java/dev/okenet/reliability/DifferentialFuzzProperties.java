package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.NetworkResolutionException;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Report;
import dev.okenet.check.RuleCatalog;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.property.Property;
import dev.okenet.resolved.ResolvedRuleSet;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the validator against FakeOci, which are written independently: over
 * 10,000 generated intents (fixed seed, so CI is reproducible) validate() and resolve() never
 * throw unexpectedly; about 3% of them are also applied on FakeOci, and then an intent with no
 * error must apply, and every refusal must have been predicted by an error of a rule that
 * explains it ({@link FailureExplanations}). Each disagreement is a bug in one of the two; the
 * shrunk cases live on in {@link DifferentialRegressionTest}.
 */
class DifferentialFuzzProperties {
  static final int INTENTS = 10_000;
  static final int APPLY_PERCENT = 3;
  static final long SEED = 20240611L;

  @Test
  void validatorAndFakeAgree() {
    Map<String, Integer> outcomes = new TreeMap<>();
    // No edge-case phase: every intent is random, as it always was, so the tally keeps its shape.
    Property.forAll(FuzzedIntents.cases(APPLY_PERCENT)).tries(INTENTS).seed(SEED).edgeCases(0).check(fuzzCase -> {
      Verdict verdict = Verdict.of(fuzzCase.network(), fuzzCase.applied());
      outcomes.merge(verdict.outcome(), 1, Integer::sum);
      verdict.assertAgreement();
    });
    outcomes.forEach((outcome, count) -> System.out.printf("  %-52s %5d%n", outcome, count));
  }

  /** What validate(), resolve() and (when asked) an apply on FakeOci made of one intent. */
  record Verdict(OkeNetwork network, Report report, ResolvedNetwork resolved, ApplyResult applied) {
    static Verdict of(OkeNetwork network, boolean apply) {
      Report report = network.validate();
      ResolvedNetwork resolved;
      try {
        resolved = network.resolve();
      } catch (NetworkResolutionException e) {
        assertThat(report.has("OKE-ADDR-012")).as("resolve() refused %s (%s) but validate() did not predict it:%n%s", network.name(),
            e.getMessage(), report.render()).isTrue();
        return new Verdict(network, report, null, null);
      }
      return new Verdict(network, report, resolved, apply ? applyOnFakeOci(resolved) : null);
    }

    private static ApplyResult applyOnFakeOci(ResolvedNetwork net) {
      try (FakeOci fake = FakeOci.create()) {
        // Without the opt-in ingress NLBs, whose absent public subnet the provider refuses before planning.
        OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).ingressLoadBalancers(false).build();
        return provider.apply(provider.plan(net));
      }
    }

    /** How far the intent got, for the tally printed after the run. */
    String outcome() {
      String validated = report.errors().isEmpty() ? "no error" : "errors";
      if (resolved == null) {
        return "validated (" + validated + "), resolve refused";
      }
      if (applied == null) {
        return "validated (" + validated + ") and resolved";
      }
      return "validated (" + validated + "), resolved, applied: " + (applied.isSuccess() ? "converged" : "refused");
    }

    void assertAgreement() {
      assertThat(report.findings(RuleCatalog.CHECK_FAILED.id())).as("a rule failed:%n%s", report.render()).isEmpty();
      if (resolved != null && !report.has("OKE-SEC-001") && !report.has("OKE-SEC-002")) {
        assertThat(openToTheInternet(resolved)).as("rules open to 0.0.0.0/0 that validate() did not report").isEmpty();
      }
      if (applied == null) {
        return;
      }
      if (report.errors().isEmpty()) {
        assertThat(applied.isSuccess()).as("validate() found no error but FakeOci refused: %s%n%s", applied, report.render()).isTrue();
      }
      assertThat(FailureExplanations.unexplained(report, applied)).as("FakeOci refusals validate() did not explain:%n%s",
          report.render()).isEmpty();
    }

    private static List<String> openToTheInternet(ResolvedNetwork net) {
      List<String> open = new ArrayList<>();
      List<ResolvedRuleSet> sets = new ArrayList<>(net.ruleSets());
      sets.add(net.defaultSecurityList());
      for (ResolvedRuleSet set : sets) {
        set.rules().stream()
            .filter(r -> r.direction() == Direction.INGRESS && r.peer().cidr().map(c -> c.prefixLength() == 0).orElse(false))
            .filter(r -> r.port().protocol() == Protocol.ALL || r.port().matches(Protocol.TCP, 22) || r.port().matches(Protocol.TCP, 3389))
            .forEach(r -> open.add(set.key() + ": " + r));
      }
      return open;
    }
  }
}
