package dev.okenet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.okenet.NetworkResolutionException;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.Report;
import dev.okenet.check.RuleCatalog;
import dev.okenet.hostile.HostileSeed;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.testkit.FakeOci;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of hostile values ({@link HostileIntents}), the validator against FakeOci:
 * whatever the DSL accepts, validate() and resolve() handle without throwing; whatever validate()
 * passes, FakeOci accepts, and a second plan is empty (nothing lost, nothing that never
 * converges); a FakeOci refusal of a network with errors is explained by one of them. A value the
 * DSL refuses is refused with a sentence, not a stack trace from inside. Seeded plain JUnit, beside
 * the jqwik {@link DifferentialFuzzProperties}; replay with {@code -Dokenet.seed=N}.
 */
class HostileDifferentialTest {
  private static final int CASES = 1_000;
  /** Networks with errors are applied this often (one in N) to check their refusals are explained. */
  private static final int APPLY_ONE_IN_WITH_ERRORS = 5;

  @Test
  void whatTheValidatorPassesFakeOciAcceptsAndWhatItRefusesIsExplained() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261224L);
    Random random = seed.random();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      HostileIntents.Case c = HostileIntents.next(random);
      String outcome = check(seed, i, c, random.nextInt(APPLY_ONE_IN_WITH_ERRORS) == 0);
      outcomes.merge(outcome, 1, Integer::sum);
    }
    System.out.println(seed + ": " + outcomes);
    assertThat(outcomes.getOrDefault("applied, converged", 0)).as("%s: some hostile cases apply cleanly", seed).isPositive();
    assertThat(outcomes.getOrDefault("refused by the DSL", 0)).as("%s: some values are refused", seed).isPositive();
  }

  private static String check(HostileSeed seed, int index, HostileIntents.Case c, boolean applyDespiteErrors) {
    String where = seed + ", case " + index + ": " + c;
    OkeNetwork network;
    try {
      network = c.build();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      String message = refused.getMessage();
      assertThat(message).as("%s: refusal without a sentence", where).isNotBlank();
      assertThat(message.split("\\s+").length).as("%s: refusal '%s'", where, message).isGreaterThanOrEqualTo(4);
      assertThat(refused.getStackTrace()[0].getClassName()).as("%s: refusal thrown from %s", where, refused.getStackTrace()[0])
          .startsWith("dev.okenet.");
      return "refused by the DSL";
    } catch (RuntimeException other) {
      fail(where + ": the DSL threw " + other, other);
      return "";
    }
    Report report = network.validate();
    assertThat(report.findings(RuleCatalog.CHECK_FAILED.id())).as("%s: a rule failed:%n%s", where, report.render()).isEmpty();
    ResolvedNetwork resolved;
    try {
      resolved = network.resolve();
    } catch (NetworkResolutionException e) {
      assertThat(report.has("OKE-ADDR-012")).as("%s: resolve() refused (%s) unpredicted", where, e.getMessage()).isTrue();
      return "resolve refused, predicted";
    }
    boolean clean = report.errors().isEmpty();
    if (!clean && !applyDespiteErrors) {
      return "errors, not applied";
    }
    try (FakeOci fake = FakeOci.create()) {
      OciNetworkProvider provider = FakeOciProviders.reliabilityBuilder(fake).ingressLoadBalancers(false).build();
      ApplyResult applied = provider.apply(provider.plan(resolved));
      if (clean) {
        assertThat(applied.isSuccess()).as("%s: validate() found no error but FakeOci refused: %s", where, applied).isTrue();
        Plan again = provider.plan(resolved);
        assertThat(again.hasChanges()).as("%s: the second plan is not empty: %s", where, again.summary()).isFalse();
        return "applied, converged";
      }
      assertThat(FailureExplanations.unexplained(report, applied)).as("%s: FakeOci refusals validate() did not explain:%n%s",
          where, report.render()).isEmpty();
      return applied.isSuccess() ? "errors, applied anyway" : "errors, refused by FakeOci as predicted";
    }
  }
}
