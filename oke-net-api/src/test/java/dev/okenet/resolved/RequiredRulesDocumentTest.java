package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.check.CommittedDocument;
import dev.okenet.internal.resolve.OkeRequiredRules;
import dev.okenet.reference.internal.RequiredRulesDocument;
import dev.okenet.reference.internal.RequiredRulesDocument.TerraformRule;
import dev.okenet.reference.internal.RequiredRulesDocument.Verdict;
import dev.okenet.internal.resolve.RuleSources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Keeps REQUIRED-RULES.md equal to the code (regenerate with {@value RequiredRulesDocument#REGENERATE})
 * and its claims true: every terraform-oci-oke rule said to be present is covered by what oke-net
 * resolves for the reference networks, and every one said to be narrowed or absent is not.
 */
class RequiredRulesDocumentTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path DOC = MODULE.resolve("REQUIRED-RULES.md");
  static final java.util.List<TerraformRule> TERRAFORM = RequiredRulesDocument.TERRAFORM_RULES;

  @Test
  void committedDocumentIsWhatTheCodeSays() throws IOException {
    CommittedDocument.assertCurrent(DOC, RequiredRulesDocument.render(), RequiredRulesDocument.REGENERATE);
  }

  @ParameterizedTest(name = "terraform-oci-oke rule {index}")
  @FieldSource("TERRAFORM")
  void terraformRuleFaresAsTheDocumentSays(TerraformRule rule) {
    boolean covered = RequiredRulesDocument.covered(rule);
    if (rule.expected() == Verdict.PRESENT) {
      assertThat(covered).as("%s is said to be present, but no resolved rule covers it", rule.name()).isTrue();
    } else {
      assertThat(covered).as("%s is said to be %s, but a resolved rule covers it: mark it present", rule.name(), rule.expected())
          .isFalse();
      assertThat(rule.reason()).as("the reason %s is %s", rule.name(), rule.expected()).isNotBlank();
    }
  }

  @Test
  void everyRowNamesItsSources() {
    assertThat(OkeRequiredRules.all()).allSatisfy(r -> assertThat(r.sources()).as(r.toString()).isNotEmpty());
  }

  @Test
  void rowsWhereOracleIsSilentSayWhy() {
    assertThat(OkeRequiredRules.all()).filteredOn(r -> r.sources().get(0).document().equals(RuleSources.TERRAFORM))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.reading()).as(r.toString()).isNotEmpty());
  }

  @Test
  void everyReadingNamesADisagreementAndEveryRuleDisagreementIsSettledByARow() {
    Set<String> ids = RequiredRulesDocument.DISAGREEMENTS.stream().map(RequiredRulesDocument.Disagreement::id).collect(Collectors.toSet());
    Set<String> used = OkeRequiredRules.all().stream().map(OkeRequiredRules.Row::reading).filter(r -> !r.isEmpty())
        .collect(Collectors.toSet());
    assertThat(ids).containsAll(used);
    // D7 is about the API endpoint subnet's size: OKE-ADDR-007 settles it, not a rule row.
    assertThat(used).containsAll(ids.stream().filter(id -> !id.equals("D7")).toList());
  }
}
